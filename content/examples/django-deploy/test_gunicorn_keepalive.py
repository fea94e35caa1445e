"""Keep-alive as the chapter describes it, against a running Gunicorn with gunicorn.conf.py: the sync
worker closes each connection after its response; gthread and asgi keep it open for `keepalive`
seconds, then close it. A Unix socket in a temporary folder, so no port is taken."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent
# Short, so the test does not wait 75 s; the command line overrides gunicorn.conf.py.
KEEPALIVE = 2
# Plain HTTP on purpose: the health check is exempt from the HTTPS redirect.
REQUEST = b"GET /health/ HTTP/1.1\r\nHost: shop.example\r\n\r\n"


@pytest.fixture(params=[("sync", "config.wsgi"), ("gthread", "config.wsgi"), ("asgi", "config.asgi")], ids=lambda p: p[0])
def server(request, tmp_path):
    worker, app = request.param
    address = tmp_path / "gunicorn.sock"
    environ = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings_test", "DJANGO_DB_PATH": str(tmp_path / "db.sqlite3")}
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--bind", f"unix:{address}", "--workers", "1",
               "--worker-class", worker, "--keep-alive", str(KEEPALIVE), app]
    process = subprocess.Popen(command, cwd=PROJECT, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        # The arbiter logs "Listening at" once the socket is bound; requests wait in its backlog
        # until the worker has booted.
        printed = []
        for line in process.stderr:
            printed.append(line)
            if "Listening at" in line:
                break
        else:
            pytest.fail(f"gunicorn -k {worker} exited with {process.wait()} before listening:\n{''.join(printed)}")
        yield worker, address
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()


def read_response(connection: socket.socket) -> dict[str, str]:
    """Reads one response; returns its status line and headers (lower-case names)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        assert chunk, "the server closed the connection before answering"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    headers["status"] = status
    while len(body) < int(headers["content-length"]):
        body += connection.recv(65536)
    return headers


def seconds_until_closed(connection: socket.socket, limit: float) -> float:
    started = time.monotonic()
    connection.settimeout(limit)
    assert connection.recv(65536) == b"", "unexpected data on an idle connection"
    return time.monotonic() - started


def test_keepalive_holds_idle_connections_except_under_the_sync_worker(server):
    worker, address = server
    with socket.socket(socket.AF_UNIX) as connection:
        connection.settimeout(60)  # the worker may still be booting on a busy machine
        connection.connect(str(address))
        connection.sendall(REQUEST)
        first = read_response(connection)
        assert first["status"] == "HTTP/1.1 200 OK"
        if worker == "sync":
            assert first["connection"] == "close"
            assert seconds_until_closed(connection, limit=30) < KEEPALIVE
            return
        # Still open: a second request on the same connection is answered.
        connection.sendall(REQUEST)
        assert read_response(connection)["status"] == "HTTP/1.1 200 OK"
        # Then closed once idle for about `keepalive` seconds, not at once and not never.
        idle = seconds_until_closed(connection, limit=KEEPALIVE + 30)
        assert idle >= KEEPALIVE / 2
