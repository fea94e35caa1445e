# region: asgi
# Serving Flask from an ASGI server (uvicorn, hypercorn, granian): wrap the WSGI app.
# It works, but every request still runs synchronously in a worker thread: no async gain.
from asgiref.wsgi import WsgiToAsgi

from shop import create_app

asgi_app = WsgiToAsgi(create_app())
# endregion
