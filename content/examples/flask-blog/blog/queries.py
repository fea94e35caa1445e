def published_posts_with_authors():
    # region: selectinload
    # Flask-SQLAlchemy: eager-load the authors with one extra IN query.
    from sqlalchemy.orm import selectinload

    from blog.extensions import db
    from blog.models import Post

    posts = db.session.execute(
        db.select(Post).options(selectinload(Post.author))
    ).scalars()
    # endregion
    return posts
