from hello import app


def test_home_page():
    assert app.test_client().get("/").text == "Nothing published yet. Check back soon."
