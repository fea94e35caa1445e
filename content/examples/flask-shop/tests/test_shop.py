"""The other flask-shop examples, run with Flask's test client."""
import pytest

from shop import create_app
from shop.catalogue.models import Review
from shop.catalogue.views import next_page_url
from shop.extensions import db
from shop.models import Author, Book, User


@pytest.fixture
def app():
    # The Testing config class: no CSRF tokens needed to post forms.
    app = create_app({"SECRET_KEY": "test", "TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite:///:memory:", "WTF_CSRF_ENABLED": False})
    with app.app_context():
        db.create_all()
        db.session.add(Book(title="Dune", year=1965))
        db.session.commit()
    yield app


def test_config_classes_and_environment(monkeypatch):
    monkeypatch.delenv("SHOP_CONFIG", raising=False)
    unset = create_app({"SECRET_KEY": "x"}).config  # Production when SHOP_CONFIG is unset
    assert unset["SESSION_COOKIE_SECURE"] is True and unset["DEBUG"] is False
    monkeypatch.setenv("SHOP_CONFIG", "shop.config.Development")
    assert create_app({"SECRET_KEY": "x"}).config["SQLALCHEMY_ECHO"] is True
    monkeypatch.setenv("SHOP_CONFIG", "shop.config.Testing")
    monkeypatch.setenv("FLASK_SECRET_KEY", "from-the-environment")
    app = create_app()
    assert app.testing and app.config["SQLALCHEMY_DATABASE_URI"] == "sqlite:///:memory:"
    assert app.config["SECRET_KEY"] == "from-the-environment"


def test_the_flask_app_option_shown_in_the_chapter(monkeypatch):
    from flask.cli import ScriptInfo

    # flask --app shop run: finds create_app() and calls it without arguments
    monkeypatch.setenv("SHOP_CONFIG", "shop.config.Development")
    assert ScriptInfo(app_import_path="shop").load_app().config["SQLALCHEMY_ECHO"] is True
    # flask --app "shop:create_app({'TESTING': True})" run: the argument is a Python literal
    assert ScriptInfo(app_import_path="shop:create_app({'TESTING': True})").load_app().testing


def test_blueprint_routes_and_url_for(app, client):
    assert b"Products" in client.get("/catalogue/").data
    assert b"Reviews of teapot, page 2" in client.get("/catalogue/teapot/reviews/2/").data
    with app.test_request_context():
        assert next_page_url("teapot", 2) == "/catalogue/teapot/reviews/3/"


def test_add_review_validates_and_redirects_to_the_product_list(app, client):
    assert b"Write at least five words." in client.post("/catalogue/reviews/new", data={"rating": 4, "body": "Too short"}).data
    response = client.post("/catalogue/reviews/new", data={"rating": 4, "body": "Pours well and keeps tea hot"})
    assert response.headers["Location"] == "/catalogue/"
    with app.app_context():
        assert db.session.scalars(db.select(Review)).one().rating == 4


def test_csrf_protect_checks_every_post():
    app = create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite:///:memory:"})
    assert app.test_client().post("/catalogue/products/1/price").status_code == 400


def test_role_required(app):
    with app.app_context():
        db.session.add_all([User(username="clerk"), User(username="editor", role_names="catalogue-editor")])
        db.session.commit()

    def client_of(user_id):
        client = app.test_client()
        with client.session_transaction() as session:  # what login_user() stores
            session["_user_id"] = str(user_id)
        return client

    assert app.test_client().post("/catalogue/products/1/price").status_code == 401
    assert client_of(1).post("/catalogue/products/1/price").status_code == 403
    assert client_of(2).post("/catalogue/products/1/price").get_json() == {"product": 1}


def test_selectinload_uses_two_queries(app, capsys):
    from sqlalchemy import event

    from shop.queries import print_titles_and_authors

    with app.app_context():
        author = Author(name="Frank Herbert")
        db.session.add_all([Book(title="Dune Messiah", year=1969, author=author)])
        db.session.delete(db.session.scalars(db.select(Book).filter_by(title="Dune")).one())
        db.session.commit()
        db.session.expunge_all()
        statements = []
        event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        print_titles_and_authors()
    assert len(statements) == 2
    assert "Dune Messiah Frank Herbert" in capsys.readouterr().out


def test_flask_db_commands_are_registered(app):
    assert app.test_cli_runner().invoke(args=["db", "--help"]).exit_code == 0
