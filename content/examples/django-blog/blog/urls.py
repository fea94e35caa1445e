from django.urls import path

from . import api, views

app_name = "blog"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:year>/<slug:slug>/", views.post_detail, name="post-detail"),
    path("contact/", views.contact, name="contact"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("api/posts/", api.post_list, name="api-post-list"),
]
