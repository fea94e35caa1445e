# The catalogue blueprint. Each region is one example of the guide and starts with the imports it
# needs, so a region shown on its own reads whole; hence the repeated imports.
# region: bp
from flask import Blueprint, render_template

bp = Blueprint("catalogue", __name__, template_folder="templates")
# endregion


# region: product-list
@bp.get("/")
def product_list() -> str:
    return render_template("catalogue/product_list.html")
# endregion


# region: reviews
from flask import render_template, url_for


@bp.get("/<slug>/reviews/<int:page>/")
def reviews(slug: str, page: int) -> str:
    return render_template("catalogue/reviews.html", slug=slug, page=page)


def next_page_url(slug: str, page: int) -> str:
    # needs an application or request context
    return url_for("catalogue.reviews", slug=slug, page=page + 1)
# endregion


# region: add-review
from flask import redirect, render_template, url_for

from ..extensions import db
from .forms import ReviewForm
from .models import Review


@bp.route("/reviews/new", methods=["GET", "POST"])
def add_review():
    form = ReviewForm()
    if form.validate_on_submit():  # POST, valid data, valid CSRF token
        review = Review(rating=form.rating.data, body=form.body.data)
        db.session.add(review)
        db.session.commit()
        return redirect(url_for("catalogue.product_list"))
    return render_template("catalogue/review_form.html", form=form)
# endregion


# region: edit-price
from functools import wraps

from flask import abort
from flask_login import current_user, login_required


def role_required(role: str):
    """Flask-Login has no roles; this checks a field on your own User model."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if role not in current_user.roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


@bp.post("/products/<int:pk>/price")
@role_required("catalogue-editor")
def edit_price(pk: int):
    ...  # change the price here
    return {"product": pk}
# endregion
