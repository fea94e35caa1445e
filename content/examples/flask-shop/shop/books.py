from flask import Blueprint, render_template

from .extensions import db
from .models import Book

bp = Blueprint("books", __name__)


@bp.get("/books")
def book_list() -> str:
    books = db.session.scalars(db.select(Book).order_by(Book.title))
    return render_template("books.html", books=books)
