from flask import Flask, request
from marshmallow import Schema, ValidationError, fields, validate

app = Flask(__name__)


class BookSchema(Schema):
    id = fields.Int(dump_only=True)
    title = fields.Str(required=True, validate=validate.Length(min=1, max=200))
    year = fields.Int(required=True)


book_schema = BookSchema()


@app.post("/api/books")
def create_book():
    try:
        data = book_schema.load(request.get_json() or {})
    except ValidationError as err:
        return {"errors": err.messages}, 422
    book = {"id": 42, **data}  # save it with your data layer here
    return book_schema.dump(book), 201
