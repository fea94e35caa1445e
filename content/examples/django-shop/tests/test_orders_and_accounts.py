import asyncio
import json

import httpx
import pytest
from django.core import mail

from accounts.models import Account
from orders.models import Order, Stock


@pytest.mark.django_db(transaction=True)
def test_async_checkout_takes_one_from_stock(client, teapot, django_user_model):
    Stock.objects.create(product=teapot, quantity=3)
    client.force_login(django_user_model.objects.create_user("ada"))
    response = client.get(f"/checkout/{teapot.pk}/")
    assert response.json() == {"order": Order.objects.get().pk}
    assert Stock.objects.get().quantity == 2


@pytest.mark.django_db(transaction=True)
def test_async_transfer(client):
    source, target = Account.objects.create(balance=500), Account.objects.create(balance=0)
    assert client.get(f"/accounts/{source.pk}/transfer/{target.pk}/").json() == {"balance": 400}
    target.refresh_from_db()
    assert target.balance == 100


def test_async_dashboard_fetches_both_at_once(client, monkeypatch):
    def answer(request):
        return httpx.Response(200, json={"host": request.url.host})

    real_client = httpx.AsyncClient
    monkeypatch.setattr(httpx, "AsyncClient", lambda **kwargs: real_client(transport=httpx.MockTransport(answer), **kwargs))
    assert client.get("/dashboard/").json() == {"rates": {"host": "rates.example.com"}, "weather": {"host": "weather.example.com"}}


@pytest.mark.django_db
def test_drf_me_needs_a_token(client, django_user_model):
    from rest_framework_simplejwt.tokens import AccessToken

    assert client.get("/api/me/").status_code == 401
    user = django_user_model.objects.create_user("ada")
    response = client.get("/api/me/", headers={"Authorization": f"Bearer {AccessToken.for_user(user)}"})
    assert response.json() == {"user_id": user.pk}


@pytest.mark.django_db
def test_ninja_orders(client):
    response = client.post("/orders-api/orders", json.dumps({"sku": "TP-1"}), content_type="application/json")
    assert response.status_code == 201
    assert response.json() == {"id": Order.objects.get().pk, "sku": "TP-1", "quantity": 1}
    assert client.post("/orders-api/orders", "{}", content_type="application/json").status_code == 422


def test_send_mail():
    from orders.notify import notify_shipped

    notify_shipped()
    assert mail.outbox[0].from_email == "shop@example.com"


def test_chat_consumer_broadcasts_to_the_room():
    # asgiref's communicator, not channels.testing (whose import needs the Daphne server).
    from asgiref.testing import ApplicationCommunicator

    from config.asgi import application

    def socket(origin=b"http://localhost"):
        headers = [(b"origin", origin)]
        return ApplicationCommunicator(application, {"type": "websocket", "path": "/ws/chat/tea/", "headers": headers, "query_string": b"", "subprotocols": []})

    async def talk():
        stranger = socket(origin=b"https://evil.example")  # a host not in ALLOWED_HOSTS
        await stranger.send_input({"type": "websocket.connect"})
        assert (await stranger.receive_output(1))["type"] == "websocket.close"
        alice, bob = socket(), socket()
        for peer in (alice, bob):
            await peer.send_input({"type": "websocket.connect"})
            assert (await peer.receive_output(1))["type"] == "websocket.accept"
        await alice.send_input({"type": "websocket.receive", "text": json.dumps({"text": "hello"})})
        assert json.loads((await bob.receive_output(1))["text"]) == {"text": "hello"}
        for peer in (alice, bob):
            await peer.send_input({"type": "websocket.disconnect", "code": 1000})
            await peer.wait(1)

    asyncio.run(talk())


@pytest.mark.django_db
def test_wsgi_dispatches_legacy_paths_to_flask():
    from werkzeug.test import Client

    from config.wsgi import application

    client = Client(application)
    assert client.get("/legacy/").text == "The old Flask app"
    assert client.get("/admin/login/").status_code == 200


def test_production_settings_come_from_the_environment(monkeypatch):
    import importlib

    monkeypatch.setenv("DJANGO_SECRET_KEY", "s3cret")
    # A trailing comma leaves an empty name, which must not become an allowed host.
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "shop.example.com,www.shop.example.com,")
    monkeypatch.setenv("POSTGRES_PASSWORD", "pw")
    monkeypatch.delenv("DJANGO_DEBUG", raising=False)
    production = importlib.import_module("config.settings.production")
    assert production.DEBUG is False
    assert production.ALLOWED_HOSTS == ["shop.example.com", "www.shop.example.com"]
    assert production.DATABASES["default"]["USER"] == "shop"
    assert production.DATABASES["default"]["PASSWORD"] == "pw"
    with_channels = importlib.import_module("config.settings.production_channels")
    assert with_channels.CHANNEL_LAYERS["default"]["CONFIG"]["hosts"] == ["redis://localhost:6379/0"]
