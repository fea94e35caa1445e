import pytest
from werkzeug.security import generate_password_hash

from blog import create_app
from blog.extensions import db
from blog.models import Post, User


@pytest.fixture
def app():
    app = create_app({
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": "sqlite:///:memory:",
        "WTF_CSRF_ENABLED": False,  # lets tests post forms without a token
    })
    with app.app_context():
        db.create_all()
        author = User(
            username="ada",
            password_hash=generate_password_hash("correct-horse-battery"),
        )
        db.session.add(
            Post(title="Unfinished thoughts", slug="unfinished", body="...", author=author)
        )
        db.session.commit()
    yield app


@pytest.fixture
def client(app):
    return app.test_client()
