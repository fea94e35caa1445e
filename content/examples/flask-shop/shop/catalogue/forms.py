from flask_wtf import FlaskForm
from wtforms import IntegerField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, NumberRange, ValidationError


class ReviewForm(FlaskForm):
    rating = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=5)])
    body = TextAreaField(validators=[DataRequired()])

    def validate_body(self, field):
        if len(field.data.split()) < 5:
            raise ValidationError("Write at least five words.")
