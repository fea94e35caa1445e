import io
from contextlib import redirect_stdout

from django.contrib.auth.models import User
from django.test import TestCase

from .models import Post
from .queries import print_posts


class FetchPeersTests(TestCase):
    def test_authors_of_every_post_load_in_one_query(self):
        for name in ("ada", "grace", "linus"):
            author = User.objects.create(username=name)
            Post.objects.create(title=f"{name}'s post", author=author)
        printed = io.StringIO()
        with self.assertNumQueries(2), redirect_stdout(printed):
            print_posts()
        self.assertIn("grace's post grace", printed.getvalue())
