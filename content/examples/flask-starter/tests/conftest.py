import pytest

from shop import create_app


@pytest.fixture
def app():
    return create_app({"TESTING": True, "SECRET_KEY": "tests-only"})


@pytest.fixture
def client(app):
    return app.test_client()
