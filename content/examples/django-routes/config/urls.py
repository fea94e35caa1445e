from django.urls import include, path

urlpatterns = [
    path("blog/", include("blog.urls")),
]

# Building the URL elsewhere:
#   reverse("blog:post-detail", kwargs={"year": 2026, "slug": "first-post"})
#   -> "/blog/2026/first-post/"
