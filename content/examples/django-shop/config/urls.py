from django.contrib import admin
from django.urls import include, path

from accounts import views as accounts_views
from books.api import router
from orders import views as orders_views
from orders.api import api as orders_api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include(router.urls)),
    path("orders-api/", orders_api.urls),
    path("api/me/", accounts_views.me),
    path("accounts/<int:source_id>/transfer/<int:target_id>/", accounts_views.transfer),
    path("dashboard/", accounts_views.dashboard),
    path("books/", include("books.urls")),
    path("catalogue/", include("catalogue.urls")),
    path("checkout/<int:product_id>/", orders_views.checkout),
]
