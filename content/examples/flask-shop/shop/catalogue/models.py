from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db


class Product(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Review(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    rating: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
