"""Every single-module Flask example of the guide, run with Flask's (or Quart's) test client."""
import asyncio
import importlib

import httpx
import pytest
from flask import Flask


def test_books_api():
    from books_api import app

    client = app.test_client()
    assert client.get("/api/books/1").get_json() == {"id": 1, "title": "Dune", "year": 1965}
    assert client.get("/api/books/9").status_code == 404
    created = client.post("/api/books", json={"title": "Emma", "year": 1815})
    assert created.status_code == 201 and created.get_json()["id"] == 2


def test_marshmallow_validation():
    from books_schema import app

    client = app.test_client()
    assert client.post("/api/books", json={"title": "", "year": 1965}).status_code == 422
    assert client.post("/api/books", json={"title": "Dune", "year": 1965}).get_json() == {"id": 42, "title": "Dune", "year": 1965}


def test_jwt_protected_endpoint(monkeypatch):
    monkeypatch.setenv("JWT_SECRET_KEY", "a-test-secret-of-at-least-32-bytes!")
    jwt_auth = importlib.import_module("jwt_auth")
    from flask_jwt_extended import create_access_token

    client = jwt_auth.app.test_client()
    assert client.get("/api/me").status_code == 401
    with jwt_auth.app.app_context():
        token = create_access_token(identity="ada")
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).get_json() == {"user_id": "ada"}


def test_async_view_fetches_both(monkeypatch):
    from async_dashboard import app

    real_client = httpx.AsyncClient
    answer = httpx.MockTransport(lambda request: httpx.Response(200, json=request.url.host))
    monkeypatch.setattr(httpx, "AsyncClient", lambda **kwargs: real_client(transport=answer, **kwargs))
    assert app.test_client().get("/dashboard").get_json() == {"rates": "rates.example.com", "weather": "weather.example.com"}


def test_socketio_room_broadcast():
    from chat import app, socketio

    alice, bob = socketio.test_client(app), socketio.test_client(app)
    alice.emit("join", {"room": "tea"})
    bob.emit("join", {"room": "tea"})
    alice.emit("chat", {"text": "hello", "room": "tea"})
    assert bob.get_received()[-1] == {"name": "chat", "args": [{"text": "hello"}], "namespace": "/"}


def test_celery_task_in_eager_mode():
    from tasks import app, resize_image

    app.conf.task_always_eager = True  # runs in this process: no broker, no worker
    assert resize_image.delay(7).successful()


def test_flask_and_quart_search():
    from search_flask import app as flask_app
    from search_quart import app as quart_app

    assert flask_app.test_client().post("/search", data={"q": "tea"}).text == "<p>Results for tea</p>"

    async def quart_search():
        response = await quart_app.test_client().post("/search", form={"q": "tea"})
        return await response.get_data(as_text=True)

    assert asyncio.run(quart_search()) == "<p>Results for tea</p>"


def test_htmx_fragment_varies_on_hx_request():
    from htmx_books import app

    client = app.test_client()
    page = client.get("/books?q=u")
    fragment = client.get("/books?q=u", headers={"HX-Request": "true"})
    assert b"<title>" in page.data and b"<title>" not in fragment.data
    assert b"<td>Ulysses</td>" in fragment.data
    assert "HX-Request" in page.vary and "HX-Request" in fragment.vary


def test_typed_view():
    from typed_books import app

    assert app.test_client().get("/books/1").get_json() == {"title": "Dune", "year": 1965}


def test_security_headers():
    from security_headers import app

    headers = app.test_client().get("/").headers
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Content-Security-Policy"] == "default-src 'self'; frame-ancestors 'none'"


def test_caching(monkeypatch):
    monkeypatch.setenv("FLASK_CACHE_TYPE", "SimpleCache")
    caching = importlib.import_module("caching")
    client = caching.app.test_client()
    assert client.get("/prices").data == client.get("/prices").data == b"<ul><li>Teapot</li></ul>"
    assert caching.exchange_rate("EUR") == caching.exchange_rate("EUR")
    assert caching.calls == {"products": 1, "rates": 1}
    logo = client.get("/logo.svg")
    assert logo.cache_control.max_age == 86400 and logo.cache_control.public


def test_smtp_mail(monkeypatch):
    import mail

    sent = []

    class FakeSMTP:
        def __init__(self, host, port):
            sent.append(("connect", host, port))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def starttls(self):
            sent.append(("starttls",))

        def login(self, user, password):
            sent.append(("login", user))

        def send_message(self, msg):
            sent.append(("send", msg["To"], msg["Subject"]))

    monkeypatch.setattr(mail.smtplib, "SMTP", FakeSMTP)
    app = Flask(__name__)
    app.config.update(MAIL_FROM="shop@example.com", SMTP_HOST="smtp.example.com", SMTP_USER="shop", SMTP_PASSWORD="pw")
    with app.app_context():
        mail.send_mail("ada@example.com", "Shipped", "On its way.")
    assert sent == [("connect", "smtp.example.com", 587), ("starttls",), ("login", "shop"), ("send", "ada@example.com", "Shipped")]


def test_cli_command(tmp_path):
    from cli import app

    path = tmp_path / "books.csv"
    path.write_text("title,year\nDune,1965\nEmma,1815\n")
    result = app.test_cli_runner().invoke(args=["import-books", str(path)])
    assert result.exit_code == 0 and result.output == "Imported 2 books\n"
