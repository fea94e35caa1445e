from django.test import SimpleTestCase
from django.urls import reverse


class RouteTests(SimpleTestCase):
    def test_converters_and_reverse(self) -> None:
        url = reverse("blog:post-detail", kwargs={"year": 2026, "slug": "first-post"})
        self.assertEqual(url, "/blog/2026/first-post/")
        self.assertContains(self.client.get(url), "Post first-post from 2026")
        self.assertEqual(self.client.get("/blog/year/first-post/").status_code, 404)
        self.assertEqual(self.client.get("/blog/2026/not a slug/").status_code, 404)
