"""ASGI entry point: asgi:app, the WSGI app behind asgiref's WsgiToAsgi adapter, which runs
each request synchronously in a thread."""
from asgiref.wsgi import WsgiToAsgi

from wsgi import app as wsgi_app

app = WsgiToAsgi(wsgi_app)
