# region: dashboard-tests
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from .models import Post


class DashboardTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.author = get_user_model().objects.create_user(
            "ada", password="correct-horse-battery"
        )
        Post.objects.create(
            title="Unfinished thoughts", slug="unfinished", body="...", author=cls.author
        )

    def test_anonymous_visitor_goes_to_login(self) -> None:
        url = reverse("blog:dashboard")
        response = self.client.get(url)
        self.assertRedirects(response, f"{reverse('login')}?next={url}")

    def test_author_sees_own_drafts(self) -> None:
        self.client.force_login(self.author)
        response = self.client.get(reverse("blog:dashboard"))
        self.assertContains(response, "Unfinished thoughts")
# endregion


# The chapter's other sections, checked the same way (not shown on the page).
from datetime import datetime, timezone  # noqa: E402

from django.core import mail  # noqa: E402


class PagesTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        author = get_user_model().objects.create_user("grace")
        Post.objects.create(
            title="First post", slug="first-post", body="Hello.", author=author,
            published_at=datetime(2026, 3, 1, 12, tzinfo=timezone.utc),
        )

    def test_index_and_detail(self) -> None:
        self.assertContains(self.client.get(reverse("blog:index")), "First post")
        url = reverse("blog:post-detail", kwargs={"year": 2026, "slug": "first-post"})
        self.assertEqual(url, "/blog/2026/first-post/")
        self.assertContains(self.client.get(url), "1 March 2026")
        self.assertEqual(self.client.get("/blog/2025/first-post/").status_code, 404)

    def test_contact_form_validates_sends_and_redirects(self) -> None:
        url = reverse("blog:contact")
        self.assertContains(self.client.post(url, {"name": "Ada", "email": "no", "message": "short"}), "valid email")
        data = {"name": "Ada", "email": "ada@example.com", "message": "A message of twenty characters or more."}
        self.assertRedirects(self.client.post(url, data), url)
        self.assertEqual(mail.outbox[0].subject, "Contact form: Ada")

    def test_contact_form_needs_a_csrf_token(self) -> None:
        client = self.client_class(enforce_csrf_checks=True)
        self.assertEqual(client.post(reverse("blog:contact"), {}).status_code, 403)

    def test_json_api_bounds_limit(self) -> None:
        response = self.client.get(reverse("blog:api-post-list"), {"limit": "500"})
        self.assertEqual(response.json()["posts"][0]["slug"], "first-post")
        self.assertEqual(response.json()["posts"][0]["published_at"], "2026-03-01T12:00:00Z")
        self.assertEqual(self.client.get(reverse("blog:api-post-list"), {"limit": "x"}).status_code, 400)

    def test_login_page_renders(self) -> None:
        self.assertContains(self.client.get(reverse("login")), "Sign in")
