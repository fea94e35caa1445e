"""A Flask application configured for production (the deployment chapter shows regions of it)."""

# region: logging-import
import logging
# endregion
from typing import Any, Mapping

from flask import Flask, jsonify, request, url_for
from flask_sqlalchemy import SQLAlchemy
# region: proxy-import
from werkzeug.middleware.proxy_fix import ProxyFix
# endregion
# region: static-import
from whitenoise import WhiteNoise
# endregion

db = SQLAlchemy()


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    # region: config
    # Defaults first, then FLASK_* environment variables (FLASK_SECRET_KEY, FLASK_SQLALCHEMY_...),
    # parsed as JSON where they can be: FLASK_SESSION_COOKIE_SECURE=true becomes True.
    app.config.from_mapping(
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        PREFERRED_URL_SCHEME="https",
        SQLALCHEMY_DATABASE_URI="sqlite:///shop.db",
    )
    app.config.from_prefixed_env()
    # During a key rotation, FLASK_SECRET_KEY_FALLBACKS='["old-key"]' keeps old sessions valid.
    if test_config is not None:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        raise RuntimeError("Set FLASK_SECRET_KEY: sessions cannot be signed without it")
    # endregion

    # region: pool
    # SQLAlchemy keeps a pool of connections per process: size it so that
    # processes x (pool_size + max_overflow) stays under the database's connection limit.
    app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {"pool_pre_ping": True, "pool_recycle": 1800})
    db.init_app(app)
    # endregion

    # region: static
    # Serve /static/ from the WSGI app itself, with caching headers, when no web server or CDN
    # sits in front; WhiteNoise works with any WSGI application, not only Django.
    app.wsgi_app = WhiteNoise(app.wsgi_app, root=app.static_folder, prefix="static/")  # type: ignore[method-assign]
    # endregion

    # region: proxy
    # One proxy in front (nginx, a load balancer) sets X-Forwarded-For, -Proto and -Host.
    # Trust exactly that many hops: more would let clients forge their address or scheme.
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)  # type: ignore[method-assign]
    # endregion

    # region: logging
    # Gunicorn captures standard error; send Flask's log records there at INFO.
    logging.basicConfig(level=app.config.get("LOG_LEVEL", "INFO"))
    # endregion

    @app.get("/health/")
    def health():
        return jsonify(ok=True, secure=request.is_secure, client=request.remote_addr, home=url_for("health", _external=True))

    return app
