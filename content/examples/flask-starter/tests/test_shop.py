def test_index_says_the_shop_is_open(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.text == "The shop is open."


def test_the_app_fixture_runs_in_testing_mode(app):
    assert app.testing
