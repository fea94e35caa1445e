"""The data both twin apps serve, generated the same way every time (no randomness), so that
the Django and the Flask database hold identical rows and the template pages render the same
text. Seeded by each app's seed.py before anything is timed."""

AUTHOR_COUNT = 20
POST_COUNT = 200
#: Rows per page in the template and related-rows scenarios.
PAGE_ROWS = 20


def authors():
    """(id, name) of every author."""
    return [(i, f"Author {i:02d}") for i in range(1, AUTHOR_COUNT + 1)]


def posts():
    """(id, title, author_id) of every post; authors take turns, so the first page of 20 posts
    has 20 different authors and a naive page makes 20 extra queries."""
    return [
        (i, f"Post {i:03d}: notes & <measurements>", (i - 1) % AUTHOR_COUNT + 1)
        for i in range(1, POST_COUNT + 1)
    ]


def template_rows():
    """The rows of the template scenario, held in memory so that it times the template engine
    alone; the titles carry characters that autoescaping must encode."""
    names = dict(authors())
    return [
        {"id": post_id, "title": title, "author": names[author_id]}
        for post_id, title, author_id in posts()[:PAGE_ROWS]
    ]
