"""The data both twin apps serve, generated the same way every time (no randomness), so that
the Django and the Flask database hold identical rows and the template pages render the same
text. Seeded by each app's seed.py before anything is timed."""

AUTHOR_COUNT = 20
POST_COUNT = 200
#: Rows per page in the template and related-rows scenarios.
PAGE_ROWS = 20

#: The Fortunes scenario's table, after TechEmpower's test of that name: a few short messages,
#: some holding characters that the template must escape (<, >, &, quotes) and non-ASCII text.
FORTUNES = (
    "A benchmark without its method is an anecdote.",
    "Measure twice, deploy once.",
    "<script>alert('escaped or it is a bug')</script>",
    "Caches & queues: the usual suspects.",
    "The slow query is never the one you suspect.",
    "Premature optimisation: still the root of most evil.",
    'He said "it works on my machine".',
    "Ünïcödé survives the round trip.",
    "フレームワークのベンチマーク",
    "Indexes first, frameworks later.",
    "An N+1 query hides in every list view.",
    "Two cores, one truth: count the instructions.",
)
#: The row the Fortunes view adds before sorting, as TechEmpower's test asks.
EXTRA_FORTUNE = "Added at request time, never stored."


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


def fortunes():
    """(id, message) of every fortune."""
    return list(enumerate(FORTUNES, start=1))


def template_rows():
    """The rows of the template scenario, held in memory so that it times the template engine
    alone; the titles carry characters that autoescaping must encode."""
    names = dict(authors())
    return [
        {"id": post_id, "title": title, "author": names[author_id]}
        for post_id, title, author_id in posts()[:PAGE_ROWS]
    ]
