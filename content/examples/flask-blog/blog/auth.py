from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import login_user, logout_user
from flask_wtf import FlaskForm
from werkzeug.security import check_password_hash
from werkzeug.wrappers import Response
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired

from .extensions import db, login_manager
from .models import User

auth = Blueprint("auth", __name__)


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id))


@auth.route("/login", methods=["GET", "POST"])
def login() -> str | Response:
    form = LoginForm()
    if form.validate_on_submit():
        user = db.session.execute(
            db.select(User).filter_by(username=form.username.data)
        ).scalar_one_or_none()
        if user and check_password_hash(user.password_hash, form.password.data):
            login_user(user)
            # Honouring ?next= safely means checking it is a local URL first.
            return redirect(url_for("blog.dashboard"))
        flash("Unknown username or wrong password.")
    return render_template("login.html", form=form)


@auth.post("/logout")
def logout() -> Response:
    logout_user()
    return redirect(url_for("blog.index"))
