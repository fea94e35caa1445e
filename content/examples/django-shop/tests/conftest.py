import pytest

from catalogue.models import Category, Product


@pytest.fixture
def teapot(db):
    category = Category.objects.create(name="Kitchen")
    return Product.objects.create(name="Teapot", slug="teapot", sku="TP-1", price="19.50", category=category, sold=5)
