# region: view
# Flask's own annotations are enough for mypy or Pyright.
from flask import Flask

app = Flask(__name__)


@app.get("/books/<int:pk>")
def book_detail(pk: int) -> dict[str, str | int]:
    book = find_book(pk)
    return {"title": book.title, "year": book.year}
# endregion


class Book:
    def __init__(self, title: str, year: int) -> None:
        self.title, self.year = title, year


def find_book(pk: int) -> Book:
    """Stands in for the application's data layer."""
    return Book("Dune", 1965)
