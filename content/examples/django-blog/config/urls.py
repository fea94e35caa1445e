from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    # login/, logout/, password_change/, password_reset/ and friends:
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("blog/", include("blog.urls")),
]
