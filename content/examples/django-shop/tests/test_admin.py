def test_admin_index_loads_for_a_superuser(admin_client):
    assert admin_client.get("/admin/").status_code == 200
