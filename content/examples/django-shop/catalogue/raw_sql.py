from django.db import connection
from sqlalchemy import text


def find_django(name: str):
    with connection.cursor() as cursor:
        # Unsafe: cursor.execute(f"SELECT id FROM catalogue_product WHERE name = '{name}'")
        cursor.execute("SELECT id FROM catalogue_product WHERE name = %s", [name])
        return cursor.fetchall()


def find_sqlalchemy(session, name: str):
    # Unsafe: session.execute(text(f"SELECT id FROM product WHERE name = '{name}'"))
    return session.execute(text("SELECT id FROM product WHERE name = :name"), {"name": name}).all()
