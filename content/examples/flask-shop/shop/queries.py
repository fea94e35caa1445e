def print_titles_and_authors() -> None:
    # region: selectinload
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from .extensions import db
    from .models import Book

    # Explicit: a second SELECT ... WHERE author.id IN (...)
    stmt = select(Book).options(selectinload(Book.author))
    for book in db.session.scalars(stmt):
        print(book.title, book.author.name)

    # Or declare it once on the model:
    # author: Mapped["Author"] = relationship(lazy="selectin")
    # endregion
