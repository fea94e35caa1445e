from flask import Blueprint
from markupsafe import escape

bp = Blueprint("blog", __name__, url_prefix="/blog")


@bp.get("/<int:year>/<slug>/")
def post_detail(year: int, slug: str) -> str:
    # <slug> uses the default string converter, which accepts any text
    # without a slash, so escape it before it goes into HTML.
    return f"Post {escape(slug)} from {year}"
