"""What the deployment chapter promises of these settings, checked with Django's own tools."""

import io
import os
from unittest import mock

from django.conf import settings
from django.core.management import call_command
from django.test import SimpleTestCase, override_settings


class DeploySettingsTests(SimpleTestCase):
    def test_check_deploy_finds_nothing(self):
        # `manage.py check --deploy` runs the security checks of the deployment checklist.
        out = io.StringIO()
        call_command("check", deploy=True, fail_level="WARNING", stdout=out, stderr=out)

    def test_trusts_the_proxy_header_for_https(self):
        response = self.client.get("/health/", headers={"x-forwarded-proto": "https"}, secure=False)
        self.assertEqual(response.json(), {"ok": True, "secure": True})

    def test_hsts_starts_at_an_hour_without_preload(self):
        response = self.client.get("/health/", secure=True)
        self.assertEqual(response["Strict-Transport-Security"], "max-age=3600; includeSubDomains")

    def test_hsts_seconds_come_from_the_environment(self):
        import importlib

        from config import settings as production

        os.environ["DJANGO_HSTS_SECONDS"] = "31536000"
        try:
            self.assertEqual(importlib.reload(production).SECURE_HSTS_SECONDS, 31536000)
        finally:
            del os.environ["DJANGO_HSTS_SECONDS"]
            importlib.reload(production)

    def test_unset_allowed_hosts_gives_an_empty_list(self):
        import importlib

        from config import settings as production

        # [""] admits no host either, but it is not empty, so check --deploy would not flag it.
        try:
            with mock.patch.dict(os.environ):
                del os.environ["DJANGO_ALLOWED_HOSTS"]
                self.assertEqual(importlib.reload(production).ALLOWED_HOSTS, [])
        finally:
            importlib.reload(production)

    def test_plain_http_is_redirected_to_https(self):
        response = self.client.get("/orders/?page=2")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "https://testserver/orders/?page=2")

    def test_the_health_check_is_answered_over_plain_http(self):
        response = self.client.get("/health/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"ok": True, "secure": False})
        # The exemption is anchored: another path that merely contains it is still redirected.
        self.assertEqual(self.client.get("/admin/health/").status_code, 301)

    @override_settings(SECRET_KEY="new-key", SECRET_KEY_FALLBACKS=["old-key"])
    def test_values_signed_with_the_old_key_still_verify_during_rotation(self):
        from django.core import signing

        token = signing.dumps("basket-42", key="old-key")
        self.assertEqual(signing.loads(token), "basket-42")


class StaticFilesTests(SimpleTestCase):
    def test_collectstatic_writes_hashed_compressed_copies(self):
        import json
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as root, self.settings(STATIC_ROOT=root):
            call_command("collectstatic", interactive=False, verbosity=0)
            manifest = json.loads((Path(root) / "staticfiles.json").read_text())
            hashed = manifest["paths"]["site_checks/site.css"]
            self.assertRegex(hashed, r"^site_checks/site\.[0-9a-f]{12}\.css$")
            self.assertTrue((Path(root) / f"{hashed}.gz").exists())

    def gunicorn_config(self, **environ: str) -> dict:
        namespace: dict = {}
        path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "gunicorn.conf.py")
        with open(path, encoding="utf-8") as handle, mock.patch.dict(os.environ, environ):
            if "WEB_CONCURRENCY" not in environ:
                os.environ.pop("WEB_CONCURRENCY", None)  # patch.dict restores it
            exec(compile(handle.read(), path, "exec"), namespace)
        return namespace

    def test_gunicorn_config_is_valid_python_with_the_documented_settings(self):
        config = self.gunicorn_config()
        self.assertEqual(config["worker_class"], "sync")
        # Above an AWS ALB's default idle timeout of 60 s (gthread and asgi workers).
        self.assertGreater(config["keepalive"], 60)

    def test_gunicorn_workers_come_from_the_environment_not_the_host_cpus(self):
        # A 64-CPU host, as a container limited to one CPU still sees it.
        with mock.patch("os.cpu_count", return_value=64), mock.patch("multiprocessing.cpu_count", return_value=64):
            self.assertEqual(self.gunicorn_config()["workers"], 3)
            self.assertEqual(self.gunicorn_config(WEB_CONCURRENCY="5")["workers"], 5)

    def test_postgres_settings_reuse_connections_and_check_them(self):
        # The chapter's listing; the test database stays SQLite (settings.py, same two options).
        from config import settings_postgres

        database = settings_postgres.DATABASES["default"]
        self.assertEqual(database["ENGINE"], "django.db.backends.postgresql")
        self.assertEqual((database["CONN_MAX_AGE"], database["CONN_HEALTH_CHECKS"]), (60, True))
        self.assertEqual((settings.DATABASES["default"]["CONN_MAX_AGE"], settings.DATABASES["default"]["CONN_HEALTH_CHECKS"]), (60, True))

    def test_pool_settings_keep_persistent_connections_off(self):
        # Django refuses CONN_MAX_AGE with its pool; the chapter's pool arguments are psycopg's.
        from config import settings_pool

        database = settings_pool.DATABASES["default"]
        self.assertEqual(database["ENGINE"], "django.db.backends.postgresql")
        self.assertEqual(database["CONN_MAX_AGE"], 0)
        self.assertEqual(set(database["OPTIONS"]["pool"]), {"min_size", "max_size", "timeout"})
