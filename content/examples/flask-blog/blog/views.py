# Each section of the chapter adds its views with the imports they need, so a region reads alone.
# region: read
from datetime import datetime, timezone

from flask import Blueprint, render_template
from sqlalchemy import extract
from sqlalchemy.orm import joinedload

from .extensions import db
from .models import Post

bp = Blueprint("blog", __name__, url_prefix="/blog")


@bp.get("/")
def index() -> str:
    stmt = (
        db.select(Post)
        .options(joinedload(Post.author))
        .where(Post.published_at <= datetime.now(timezone.utc))
        .order_by(Post.published_at.desc())
        .limit(20)
    )
    posts = db.session.execute(stmt).scalars().all()
    return render_template("index.html", posts=posts)


@bp.get("/<int:year>/<slug>/")
def post_detail(year: int, slug: str) -> str:
    post = db.one_or_404(
        db.select(Post)
        .options(joinedload(Post.author))
        .where(Post.slug == slug, extract("year", Post.published_at) == year)
    )
    return render_template("post_detail.html", post=post)
# endregion


# region: contact
from flask import flash, redirect, url_for
from werkzeug.wrappers import Response

from .forms import ContactForm
from .mail import send_contact_message  # your own helper: Flask has no mail API


@bp.route("/contact/", methods=["GET", "POST"])
def contact() -> str | Response:
    form = ContactForm()
    if form.validate_on_submit():  # POST, valid CSRF token, valid fields
        send_contact_message(form.name.data, form.email.data, form.message.data)
        flash("Thanks, your message is on its way.")
        return redirect(url_for("blog.contact"))
    return render_template("contact.html", form=form)
# endregion


# region: dashboard
from flask_login import current_user, login_required


@bp.get("/dashboard/")
@login_required  # must sit below the route decorator
def dashboard() -> str:
    stmt = db.select(Post).where(
        Post.author_id == current_user.id, Post.published_at.is_(None)
    )
    drafts = db.session.execute(stmt).scalars().all()
    return render_template("dashboard.html", drafts=drafts)
# endregion
