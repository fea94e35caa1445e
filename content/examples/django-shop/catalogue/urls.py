from django.urls import path

from . import views

app_name = "catalogue"
urlpatterns = [
    path("", views.product_list, name="list"),
    path("<slug:slug>/", views.product_detail, name="product"),
    path("<slug:slug>/reviews/<int:page>/", views.reviews, name="reviews"),
]

# Building a URL anywhere else:
#   reverse("catalogue:reviews", kwargs={"slug": "teapot", "page": 2})
#   -> "/catalogue/teapot/reviews/2/"

# Routes of the other examples (not shown with the one above).
urlpatterns += [
    path("reviews/new/", views.add_review, name="add-review"),
    path("products/prices/", views.price_list, name="prices"),
    path("products/<int:pk>/price/", views.edit_price, name="edit-price"),
]
