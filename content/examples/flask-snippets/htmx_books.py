# region: view
from flask import Flask, make_response, render_template, request

app = Flask(__name__)


@app.get("/books")
def book_list():
    books = search_books(request.args.get("q", ""))
    name = "books/_rows.html" if request.headers.get("HX-Request") else "books/list.html"
    response = make_response(render_template(name, books=books))
    response.vary.add("HX-Request")  # one URL, two responses: caches must tell them apart
    return response
# endregion


def search_books(q: str) -> list[str]:
    """Stands in for the application's data layer."""
    return [title for title in ["Dune", "Emma", "Ulysses"] if q.lower() in title.lower()]
