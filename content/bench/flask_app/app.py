"""The Flask twin: the same routes as the Django twin, doing the same work.

create_app("bare") is Flask alone: the routes that need no database, and no import of
SQLAlchemy, so its memory and start-up are Flask's own. create_app("orm") adds Flask-SQLAlchemy
and the database routes. create_app("extensions") adds to that what a comparable
browser-facing app would: a secret key for signed-cookie sessions, CSRF protection (Flask-WTF)
and login (Flask-Login)."""
import os
import random
import sys
from pathlib import Path

from flask import Flask, Response, render_template

# dataset.py, shared with the Django twin, sits one folder up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dataset import EXTRA_FORTUNE, PAGE_ROWS, POST_COUNT, template_rows  # noqa: E402

VARIANTS = ("bare", "orm", "extensions")
ROWS = template_rows()


def database_uri():
    """The PostgreSQL database of the Flask twin, over the harness's unix socket."""
    host = os.environ.get("BENCH_PG_HOST", "/var/run/postgresql")
    port = os.environ.get("BENCH_PG_PORT", "5432")
    name = os.environ.get("BENCH_PG_DATABASE", "bench_flask")
    user = os.environ.get("BENCH_PG_USER", "postgres")
    return f"postgresql+psycopg://{user}@/{name}?host={host}&port={port}"


def create_app(variant="bare"):
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; expected one of {VARIANTS}")
    app = Flask(__name__)
    add_plain_routes(app)
    if variant in ("orm", "extensions"):
        add_database_routes(app)
    if variant == "extensions":
        add_extensions(app)
    return app


def add_plain_routes(app):
    @app.get("/plaintext")
    def plaintext():
        return Response("Hello, World!", mimetype="text/plain")

    @app.get("/json")
    def json():
        return {"message": "Hello, World!"}

    @app.get("/template")
    def template():
        return render_template("rows.html", rows=ROWS)


def add_database_routes(app):
    # Imported here so that the bare variant never loads SQLAlchemy.
    from sqlalchemy.orm import joinedload

    from models import Fortune, Post, db

    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri()
    db.init_app(app)

    @app.get("/query")
    def query():
        post = db.session.get(Post, random.randint(1, POST_COUNT))
        return {"id": post.id, "title": post.title}

    def page(statement):
        posts = db.session.execute(statement.order_by(Post.id).limit(PAGE_ROWS)).scalars()
        return [{"id": p.id, "title": p.title, "author": p.author.name} for p in posts]

    @app.get("/related/naive")
    def related_naive():
        # Each p.author is a lazy relationship: one query for the page, then one per post (N+1).
        return page(db.select(Post))

    @app.get("/related/fixed")
    def related_fixed():
        # joinedload joins the authors into the page's query: one query in all.
        return page(db.select(Post).options(joinedload(Post.author)))

    @app.get("/fortunes")
    def fortunes():
        # TechEmpower's Fortunes: every row, one added in memory, sorted, rendered with escaping.
        rows = list(db.session.execute(db.select(Fortune)).scalars())
        rows.append(Fortune(id=0, message=EXTRA_FORTUNE))
        rows.sort(key=lambda fortune: fortune.message)
        return render_template("fortunes.html", fortunes=rows)


def add_extensions(app):
    from flask_login import LoginManager, current_user
    from flask_wtf.csrf import CSRFProtect

    from models import User, db

    app.config["SECRET_KEY"] = os.environ.get("BENCH_SECRET_KEY", "bench-only-not-a-secret")
    CSRFProtect(app)
    login = LoginManager(app)

    @login.user_loader
    def load_user(user_id):
        return db.session.get(User, int(user_id))

    @app.get("/user")
    def user():
        # Reading current_user makes Flask-Login look in the session, as Django's middleware does.
        text = "signed in" if current_user.is_authenticated else "anonymous"
        return Response(text, mimetype="text/plain")
