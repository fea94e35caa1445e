from django.db import models

from .models import Book


def print_titles_and_authors() -> None:
    # region: fetch-peers
    # Django 6.1+: lazy loads are batched across the queryset
    for book in Book.objects.fetch_mode(models.FETCH_PEERS):
        print(book.title, book.author.name)  # 2 queries in total
    # endregion
