def test_lists_books(client):
    response = client.get("/books")
    assert response.status_code == 200
    assert b"Dune" in response.data
