import pytest
from django.urls import reverse

from catalogue.models import Review


def test_reverse():
    assert reverse("catalogue:reviews", kwargs={"slug": "teapot", "page": 2}) == "/catalogue/teapot/reviews/2/"


def test_pages_render_with_jinja2(client, teapot):
    assert b"/catalogue/teapot/" in client.get("/catalogue/").content
    assert b"Reviews of teapot, page 2" in client.get("/catalogue/teapot/reviews/2/").content


@pytest.mark.django_db
def test_review_form_needs_five_words(client):
    url = reverse("catalogue:add-review")
    assert b"Write at least five words." in client.post(url, {"rating": 4, "body": "Too short"}).content
    response = client.post(url, {"rating": 4, "body": "Pours well and keeps tea hot"})
    assert response.status_code == 302 and response.url == "/catalogue/"
    assert Review.objects.get().rating == 4


def test_edit_price_needs_the_permission(client, teapot, django_user_model):
    from django.contrib.auth.models import Permission

    url = reverse("catalogue:edit-price", kwargs={"pk": teapot.pk})
    user = django_user_model.objects.create_user("clerk")
    client.force_login(user)
    assert client.get(url).status_code == 403
    user.user_permissions.add(Permission.objects.get(codename="change_product"))
    assert client.get(url).status_code == 200


def test_caching(client, teapot, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    from catalogue.views import bestsellers

    assert b"Teapot" in client.get("/catalogue/products/prices/").content
    assert client.get("/catalogue/products/prices/")["Cache-Control"] == "max-age=300"
    assert bestsellers() == [teapot]


def test_admin_pages(admin_client, teapot):
    assert admin_client.get("/admin/catalogue/product/").status_code == 200
    autocomplete = admin_client.get(
        "/admin/autocomplete/", {"app_label": "catalogue", "model_name": "product", "field_name": "category", "term": "Kit"}
    )
    assert autocomplete.json()["results"][0]["text"] == "Kitchen"


def test_raw_sql_is_parameterised(teapot):
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from catalogue.raw_sql import find_django, find_sqlalchemy

    assert find_django("Teapot") == [(teapot.pk,)]
    assert find_django("x' OR '1'='1") == []
    engine = create_engine("sqlite://")
    with Session(engine) as session:
        session.execute(__import__("sqlalchemy").text("CREATE TABLE product (id INTEGER, name TEXT)"))
        session.execute(__import__("sqlalchemy").text("INSERT INTO product VALUES (7, 'Teapot')"))
        assert find_sqlalchemy(session, "Teapot") == [(7,)]
        assert find_sqlalchemy(session, "x' OR '1'='1") == []
