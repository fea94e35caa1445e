from flask import url_for

from blog import create_app


def test_converters_url_for_and_escaping():
    app = create_app({"TESTING": True})
    with app.test_request_context():
        assert url_for("blog.post_detail", year=2026, slug="first-post") == "/blog/2026/first-post/"
    client = app.test_client()
    assert client.get("/blog/2026/first-post/").text == "Post first-post from 2026"
    assert client.get("/blog/year/first-post/").status_code == 404
    assert client.get("/blog/2026/<i>hi/").text == "Post &lt;i&gt;hi from 2026"
