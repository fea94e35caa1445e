# region: pytest-django
import pytest

from books.models import Book


@pytest.mark.django_db
def test_lists_books(client):
    Book.objects.create(title="Dune", year=1965)
    response = client.get("/books/")
    assert b"Dune" in response.content
# endregion


@pytest.mark.django_db
def test_drf_router_gives_crud_endpoints(client):
    created = client.post("/api/books/", {"title": "Dune", "year": 1965}, content_type="application/json")
    assert created.status_code == 201
    assert client.get("/api/books/").json() == [{"id": created.json()["id"], "title": "Dune", "year": 1965}]


@pytest.mark.django_db
def test_ninja_book_endpoint():
    from ninja.testing import TestClient

    from books.api_ninja import api

    book = Book.objects.create(title="Dune", year=1965)
    client = TestClient(api)
    assert client.get(f"/books/{book.pk}").json() == {"id": book.pk, "title": "Dune", "year": 1965}
    assert client.get("/books/999").status_code == 404


@pytest.mark.django_db
def test_typed_book_detail(client):
    book = Book.objects.create(title="Dune", year=1965)
    assert client.get(f"/books/{book.pk}/").json() == {"title": "Dune", "year": 1965}


@pytest.mark.django_db
def test_select_related_is_one_query(django_assert_num_queries, capsys):
    from books.models import Author
    from books.queries import print_titles_and_authors

    author = Author.objects.create(name="Frank Herbert")
    Book.objects.create(title="Dune", year=1965, author=author)
    Book.objects.create(title="Dune Messiah", year=1969, author=author)
    with django_assert_num_queries(1):
        print_titles_and_authors()
    assert "Dune Frank Herbert" in capsys.readouterr().out


@pytest.mark.django_db
def test_import_books_command(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    path = tmp_path / "books.csv"
    path.write_text("title,year\nDune,1965\nEmma,1815\n")
    out = StringIO()
    call_command("import_books", str(path), stdout=out)
    assert "Imported 2 books" in out.getvalue()
    assert Book.objects.count() == 2
