from datetime import datetime, timezone

from flask import Blueprint, request
from sqlalchemy.orm import joinedload

from .extensions import db
from .models import Post

api = Blueprint("api", __name__, url_prefix="/api")


@api.get("/posts")
def post_list() -> dict:
    # type=int falls back to the default when the value is not a number.
    limit = request.args.get("limit", default=10, type=int)
    limit = max(1, min(limit, 100))
    stmt = (
        db.select(Post)
        .options(joinedload(Post.author))
        .where(Post.published_at <= datetime.now(timezone.utc))
        .order_by(Post.published_at.desc())
        .limit(limit)
    )
    posts = db.session.execute(stmt).scalars()
    # A returned dict becomes a JSON response. Flask's default encoder
    # writes datetimes in HTTP date format, so format them explicitly.
    return {
        "posts": [
            {
                "title": post.title,
                "slug": post.slug,
                "published_at": post.published_at.isoformat(),
                "author": post.author.username,
            }
            for post in posts
        ]
    }
