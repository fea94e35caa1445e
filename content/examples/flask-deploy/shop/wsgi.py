# gunicorn -c gunicorn.conf.py "shop.wsgi:app"
from shop import create_app

app = create_app()
