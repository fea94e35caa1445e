from django.contrib import admin
from django.urls import path

from blog import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("plaintext", views.plaintext),
    path("json", views.json),
    path("template", views.template),
    path("query", views.query),
    path("related/naive", views.related_naive),
    path("related/fixed", views.related_fixed),
    path("fortunes", views.fortunes),
    path("user", views.user),
    path("async/plaintext", views.async_plaintext),
    path("async/query", views.async_query),
]
