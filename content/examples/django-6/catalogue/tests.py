from django.test import TestCase
from django.urls import reverse

from .models import Product


class ProductListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        Product.objects.bulk_create([Product(name="Teapot"), Product(name="Kettle")])

    def test_htmx_request_gets_only_the_rows_in_name_order(self):
        page = self.client.get(reverse("product-list"))
        self.assertContains(page, "<title>Products</title>")
        rows = self.client.get(reverse("product-list"), headers={"HX-Request": "true"})
        self.assertNotContains(rows, "<title>")
        self.assertEqual(rows.content.decode().split(), ["<li>Kettle</li><li>Teapot</li>"])
        self.assertIn("HX-Request", rows["Vary"])
