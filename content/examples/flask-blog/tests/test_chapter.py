"""The blog's other views and commands, run with Flask's test client and CLI runner."""
from datetime import datetime, timezone

from blog import create_app, mail
from blog.extensions import db
from blog.models import Post, User


def publish(app):
    with app.app_context():
        author = db.session.execute(db.select(User)).scalar_one()
        db.session.add(Post(title="First post", slug="first-post", body="Hello.", author=author,
                            published_at=datetime(2026, 3, 1, 12, tzinfo=timezone.utc)))
        db.session.commit()


def test_index_and_detail(app, client):
    publish(app)
    assert b"First post" in client.get("/blog/").data
    with app.test_request_context():
        from flask import url_for
        assert url_for("blog.post_detail", year=2026, slug="first-post") == "/blog/2026/first-post/"
    assert b"01 March 2026" in client.get("/blog/2026/first-post/").data
    assert client.get("/blog/2025/first-post/").status_code == 404


def test_contact_form_validates_and_redirects(client):
    assert b"Invalid email" in client.post("/blog/contact/", data={"name": "Ada", "email": "no", "message": "short"}).data
    data = {"name": "Ada", "email": "ada@example.com", "message": "A message of twenty characters or more."}
    response = client.post("/blog/contact/", data=data)
    assert response.status_code == 302 and response.headers["Location"] == "/blog/contact/"
    assert mail.outbox[-1][0] == "Ada"


def test_contact_form_needs_a_csrf_token():
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite:///:memory:"})
    response = app.test_client().post("/blog/contact/", data={"name": "Ada", "email": "ada@example.com", "message": "x" * 30})
    assert response.status_code == 200  # shown again, not redirected: the token is missing


def test_json_api_bounds_limit(app, client):
    publish(app)
    posts = client.get("/api/posts?limit=500").get_json()["posts"]
    # SQLite keeps no time zone, so the offset is lost on the way back; PostgreSQL would keep it.
    assert posts == [{"title": "First post", "slug": "first-post", "published_at": "2026-03-01T12:00:00", "author": "ada"}]
    assert client.get("/api/posts?limit=x").status_code == 200  # falls back to the default


def test_wrong_password_is_refused(client):
    assert client.post("/login", data={"username": "ada", "password": "wrong"}).status_code == 200
    with client.session_transaction() as session:
        assert session["_flashes"] == [("message", "Unknown username or wrong password.")]


def test_flask_db_upgrade_creates_the_tables(tmp_path):
    # What `flask --app blog db upgrade` does, on the migrations/ folder made by `flask db init/migrate`.
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'blog.sqlite3'}"})
    result = app.test_cli_runner().invoke(args=["db", "upgrade", "--directory", str(__import__("pathlib").Path(__file__).parent.parent / "migrations")])
    assert result.exit_code == 0, result.output
    with app.app_context():
        tables = db.inspect(db.engine).get_table_names()
    assert {"user", "post", "alembic_version"} <= set(tables)


def test_selectinload_loads_authors_with_one_more_query(app):
    from sqlalchemy import event

    from blog.queries import published_posts_with_authors

    publish(app)
    with app.app_context():
        statements = []
        event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        authors = [post.author.username for post in published_posts_with_authors()]
    assert authors == ["ada", "ada"] and len(statements) == 2
