from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Schema

from .models import Book

api = NinjaAPI()


class BookOut(Schema):
    id: int
    title: str
    year: int


@api.get("/books/{book_id}", response=BookOut)
def get_book(request, book_id: int):
    return get_object_or_404(Book, pk=book_id)

# In urls.py: path("api/", api.urls)
