from django.test import TestCase
from django.urls import reverse

from .models import Book


class BookListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        Book.objects.create(title="Dune", year=1965)

    def test_lists_books(self):
        response = self.client.get(reverse("books:list"))
        self.assertContains(response, "Dune")
