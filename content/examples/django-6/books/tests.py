import io
from contextlib import redirect_stdout

from django.test import TestCase
from django.urls import reverse

from .models import Author, Book
from .queries import print_titles_and_authors


class BookTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        for title, name in (("Dune", "Frank Herbert"), ("Emma", "Jane Austen"), ("Ulysses", "James Joyce")):
            Book.objects.create(title=title, author=Author.objects.create(name=name))

    def test_fetch_peers_loads_every_author_in_one_query(self):
        printed = io.StringIO()
        with self.assertNumQueries(2), redirect_stdout(printed):
            print_titles_and_authors()
        self.assertIn("Emma Jane Austen", printed.getvalue())

    def test_full_page_and_partial_share_one_url(self):
        page = self.client.get(reverse("book-list"), {"q": "u"})
        self.assertContains(page, "<html")
        self.assertContains(page, "Dune")
        self.assertNotContains(page, "Emma")
        rows = self.client.get(reverse("book-list"), {"q": "u"}, headers={"HX-Request": "true"})
        self.assertNotContains(rows, "<html")
        self.assertContains(rows, "<td>Ulysses</td>")
        self.assertIn("HX-Request", rows["Vary"])

    def test_csp_header_carries_the_nonce_the_template_uses(self):
        response = self.client.get(reverse("book-list"))
        policy = response["Content-Security-Policy"]
        self.assertIn("default-src 'self'", policy)
        self.assertIn("frame-ancestors 'none'", policy)
        nonce = policy.split("'nonce-")[1].split("'")[0]
        self.assertContains(response, f'<script nonce="{nonce}">')
