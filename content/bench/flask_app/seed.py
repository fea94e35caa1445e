"""Creates the Flask twin's tables in its PostgreSQL database from scratch, then the rows of
dataset.py. Run by the harness before anything is timed: python seed.py"""
from app import create_app
from dataset import authors, fortunes, posts
from models import Author, Fortune, Post, db

with create_app("extensions").app_context():
    db.drop_all()
    db.create_all()
    db.session.add_all(Author(id=i, name=name) for i, name in authors())
    db.session.add_all(Post(id=i, title=title, author_id=a) for i, title, a in posts())
    db.session.add_all(Fortune(id=i, message=message) for i, message in fortunes())
    db.session.commit()
