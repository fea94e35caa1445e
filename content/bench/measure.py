"""In-process driver of the framework benchmark: loads one app of a twin and calls its WSGI or
ASGI entry point directly, with no server and no socket, on commands the harness
(src/benchmark/bench-frameworks.ts) writes to stdin, one JSON object a line:

  {"op": "check", "path": "/json", "interface": "wsgi"}  -> {"status": 200, "bytes": 27}
  {"op": "run", "path": "/json", "count": 500, "interface": "wsgi"}  -> {"cpuNs": ..., "wallNs": ...}

"run" calls the app `count` times in a row and reports the process CPU time (user + system) and
the wall time the calls took; with "empty": true it calls the empty app instead, the baseline
whose cost (this driver's own) the harness subtracts. Under callgrind the harness turns
instrumentation on just before a "run" and dumps the counts after it, so warm-up and start-up
are never counted.

Usage: python measure.py APP   (run with the app's folder as the working directory)
  APP  django:<settings module> | flask:<variant>
"""
import asyncio
import gc
import io
import json
import os
import random
import sys
import time

# The app's own folder (the working directory) comes first on the import path, as under Gunicorn.
sys.path.insert(0, os.getcwd())
# The same pseudo-random ids on every run, so that instruction counts repeat.
random.seed(0)


def empty_wsgi(environ, start_response):
    """The baseline: a WSGI app that does nothing, so what remains is the driver's own cost."""
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b""]


async def empty_asgi(scope, receive, send):
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b""})


def load(app_spec, interface):
    kind, _, detail = app_spec.partition(":")
    if kind == "empty":
        return empty_wsgi if interface == "wsgi" else empty_asgi
    if kind == "django":
        os.environ["DJANGO_SETTINGS_MODULE"] = detail
        if interface == "wsgi":
            from django.core.wsgi import get_wsgi_application

            return get_wsgi_application()
        from django.core.asgi import get_asgi_application

        return get_asgi_application()
    if kind == "flask":
        from app import create_app

        app = create_app(detail)
        if interface == "wsgi":
            return app
        from asgiref.wsgi import WsgiToAsgi

        return WsgiToAsgi(app)
    raise SystemExit(f"unknown app {app_spec!r}: use django:<settings>, flask:<variant> or empty")


def wsgi_call(app, path):
    """One request as a WSGI server makes it: a fresh environ, the body read, close() called."""
    environ = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    status = []
    result = app(environ, lambda s, headers, exc_info=None: status.append(s))
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return int(status[0].split()[0]), len(body)


async def asgi_call(app, path):
    """One request as an ASGI server makes it: a scope, one empty body message, the reply."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    sent_request = False
    disconnect = asyncio.Event()
    reply = {"status": 0, "bytes": 0}

    async def receive():
        nonlocal sent_request
        if not sent_request:
            sent_request = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await disconnect.wait()
        return {"type": "http.disconnect"}

    async def send(message):
        if message["type"] == "http.response.start":
            reply["status"] = message["status"]
        elif message["type"] == "http.response.body":
            reply["bytes"] += len(message.get("body", b""))
            if not message.get("more_body"):
                disconnect.set()

    await app(scope, receive, send)
    return reply["status"], reply["bytes"]


def main():
    app_spec = sys.argv[1]
    apps = {}
    loop = asyncio.new_event_loop()

    def app_for(interface, empty):
        key = ("empty" if empty else app_spec, interface)
        if key not in apps:
            apps[key] = load(*key)
        return apps[key]

    def call(app, interface, path):
        if interface == "wsgi":
            return wsgi_call(app, path)
        return loop.run_until_complete(asgi_call(app, path))

    def run(app, interface, path, count):
        if interface == "wsgi":
            for _ in range(count):
                wsgi_call(app, path)
        else:

            async def batch():
                for _ in range(count):
                    await asgi_call(app, path)

            loop.run_until_complete(batch())

    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        interface = command["interface"]
        app = app_for(interface, command.get("empty", False))
        if command["op"] == "check":
            status, size = call(app, interface, command["path"])
            print(json.dumps({"status": status, "bytes": size}), flush=True)
        elif command["op"] == "settle":
            # Before a counted window: collect every generation, then move what survives to the
            # permanent generation, as a server that preloads its app and calls gc.freeze() would.
            # Each window then starts from the same collector state and allocation counts, so the
            # same requests trigger the same collections in every repetition.
            gc.collect()
            gc.freeze()
            print(json.dumps({"settled": True}), flush=True)
        elif command["op"] == "run":
            cpu, wall = time.process_time_ns(), time.perf_counter_ns()
            run(app, interface, command["path"], command["count"])
            print(json.dumps({"cpuNs": time.process_time_ns() - cpu, "wallNs": time.perf_counter_ns() - wall}), flush=True)
        else:
            raise SystemExit(f"unknown op {command['op']!r}")


if __name__ == "__main__":
    main()
