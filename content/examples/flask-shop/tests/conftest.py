import pytest

from shop import create_app
from shop.extensions import db
from shop.models import Book


@pytest.fixture
def app():
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite:///:memory:"})
    with app.app_context():
        db.create_all()
        db.session.add(Book(title="Dune", year=1965))
        db.session.commit()
    yield app


@pytest.fixture
def client(app):
    return app.test_client()
