"""What the deployment chapter promises of this app, checked with Flask's test client."""

import asyncio

import pytest
from asgiref.testing import ApplicationCommunicator
from asgiref.wsgi import WsgiToAsgi

from shop import create_app


@pytest.fixture()
def app():
    return create_app({"SECRET_KEY": "test", "TESTING": True})


def test_proxy_headers_give_the_client_address_scheme_and_host(app):
    response = app.test_client().get(
        "/health/",
        headers={"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https", "X-Forwarded-Host": "shop.example"},
    )
    assert response.get_json() == {
        "ok": True,
        "secure": True,
        "client": "203.0.113.7",
        "home": "https://shop.example/health/",
    }


def test_settings_come_from_prefixed_environment_variables(monkeypatch):
    monkeypatch.setenv("FLASK_SECRET_KEY", "from-env")
    monkeypatch.setenv("FLASK_SESSION_COOKIE_SECURE", "false")
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["SESSION_COOKIE_SECURE"] is False


def test_refuses_to_start_without_a_secret_key(monkeypatch):
    monkeypatch.delenv("FLASK_SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="FLASK_SECRET_KEY"):
        create_app()


def test_the_asgi_wrapper_serves_the_same_app(app):
    async def call():
        scope = {"type": "http", "http_version": "1.1", "method": "GET", "path": "/health/", "raw_path": b"/health/",
                 "query_string": b"", "headers": [(b"host", b"shop.example")], "scheme": "http", "server": ("shop.example", 80)}
        communicator = ApplicationCommunicator(WsgiToAsgi(app), scope)
        await communicator.send_input({"type": "http.request", "body": b""})
        start = await communicator.receive_output(5)
        body = await communicator.receive_output(5)
        # Let the application finish, so no worker thread outlives the event loop.
        await communicator.wait(5)
        return start["status"], body["body"]

    status, body = asyncio.run(call())
    assert status == 200
    assert b'"ok":true' in body


def test_static_files_are_served_with_caching_headers(app):
    response = app.test_client().get("/static/site.css")
    assert response.status_code == 200
    assert "max-age" in response.headers["Cache-Control"]


def test_sessions_signed_with_the_previous_key_survive_a_rotation():
    old = create_app({"SECRET_KEY": "old-key", "TESTING": True})
    with old.test_request_context():
        cookie = old.session_interface.get_signing_serializer(old).dumps({"cart": 3})
    new = create_app({"SECRET_KEY": "new-key", "SECRET_KEY_FALLBACKS": ["old-key"], "TESTING": True})
    with new.test_request_context():
        assert new.session_interface.get_signing_serializer(new).loads(cookie) == {"cart": 3}


def test_the_pool_checks_connections_before_use(app):
    from shop import db

    with app.app_context():
        assert db.engine.pool._pre_ping is True
