def print_posts() -> None:
    # region: fetch-peers
    # Django 6.1: authors for the whole result set load on first access.
    from django.db import models

    from blog.models import Post

    posts = Post.objects.fetch_mode(models.FETCH_PEERS)
    for post in posts:
        print(post.title, post.author.username)  # two queries in total
    # endregion
