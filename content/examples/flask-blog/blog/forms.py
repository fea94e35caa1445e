from flask_wtf import FlaskForm
from wtforms import EmailField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, Length


class ContactForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=100)])
    # Email() needs the separate email-validator package.
    email = EmailField("Email", validators=[DataRequired(), Email()])
    message = TextAreaField(
        "Message", validators=[DataRequired(), Length(min=20)]
    )
