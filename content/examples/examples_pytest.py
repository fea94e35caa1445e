"""pytest plugin shared by every example project (loaded by src/examples/test-python.ts with -p).

In a Django project, manage.py itself becomes two tests: `manage.py check` (warnings fail too)
and `makemigrations --check`, so the settings and migrations the pages show are the ones that work.
"""

import subprocess
import sys

import pytest


def pytest_collect_file(file_path, parent):
    if file_path.name == "manage.py":
        return ManagePy.from_parent(parent, path=file_path)
    return None


class ManagePy(pytest.File):
    def collect(self):
        yield ManageCommand.from_parent(self, name="check", args=["check", "--fail-level", "WARNING"])
        yield ManageCommand.from_parent(self, name="makemigrations --check", args=["makemigrations", "--check", "--dry-run"])


class ManageCommand(pytest.Item):
    def __init__(self, *, args, **kwargs):
        super().__init__(**kwargs)
        self.args = args

    def runtest(self):
        result = subprocess.run(
            [sys.executable, str(self.path), *self.args],
            cwd=self.path.parent,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise AssertionError(f"manage.py {' '.join(self.args)} failed:\n{result.stdout}{result.stderr}")

    def reportinfo(self):
        return self.path, None, f"manage.py {' '.join(self.args)}"
