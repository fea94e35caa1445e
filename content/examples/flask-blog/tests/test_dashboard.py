def test_anonymous_visitor_goes_to_login(client):
    response = client.get("/blog/dashboard/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_author_sees_own_drafts(client):
    client.post(
        "/login", data={"username": "ada", "password": "correct-horse-battery"}
    )
    response = client.get("/blog/dashboard/")
    assert b"Unfinished thoughts" in response.data
