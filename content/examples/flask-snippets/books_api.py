from flask import Flask, abort, request

app = Flask(__name__)
BOOKS = {1: {"id": 1, "title": "Dune", "year": 1965}}


@app.get("/api/books/<int:book_id>")
def get_book(book_id: int):
    book = BOOKS.get(book_id)
    if book is None:
        abort(404)
    return book  # a dict becomes application/json


@app.post("/api/books")
def create_book():
    payload = request.get_json()
    book = {"id": max(BOOKS) + 1, "title": payload["title"], "year": payload["year"]}
    BOOKS[book["id"]] = book
    return book, 201
