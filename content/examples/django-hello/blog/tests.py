from django.test import SimpleTestCase


class HomeTests(SimpleTestCase):
    def test_home_page(self) -> None:
        self.assertContains(self.client.get("/"), "Nothing published yet.")
