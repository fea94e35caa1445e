from .models import Book


def print_titles_and_authors() -> None:
    # region: select-related
    # Explicit: one query with a JOIN
    for book in Book.objects.select_related("author"):
        print(book.title, book.author.name)
    # endregion
