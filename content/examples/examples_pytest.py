"""pytest plugin shared by every example project (loaded by src/cli/test-python.ts with -p).

- In a Django project, manage.py itself becomes two tests: `manage.py check` (warnings fail too)
  and `makemigrations --check`, so the settings and migrations the pages show are the ones that work.
- With --compile-only (projects whose APIs need newer releases than the suite can install), each
  Python file becomes one test that compiles it, and the project's own tests are not collected.
"""

import subprocess
import sys

import pytest


def pytest_addoption(parser):
    parser.addoption("--compile-only", action="store_true", help="only compile every .py file")


def pytest_ignore_collect(collection_path, config):
    # Compile-only projects import APIs this Python cannot install: never import their modules.
    if config.getoption("--compile-only") and collection_path.is_file():
        return True
    return None


def pytest_collect_file(file_path, parent):
    if parent.config.getoption("--compile-only"):
        return None
    if file_path.name == "manage.py":
        return ManagePy.from_parent(parent, path=file_path)
    return None


def pytest_collection(session):
    # pytest_ignore_collect above hides files from normal collection; collect them here instead.
    if not session.config.getoption("--compile-only"):
        return None
    items = [
        CompileItem.from_parent(session, name=str(path.relative_to(session.path)), path=path)
        for path in sorted(session.path.rglob("*.py"))
    ]
    session.items = items
    session.testscollected = len(items)
    session.config.hook.pytest_collection_modifyitems(session=session, config=session.config, items=items)
    session.config.hook.pytest_collection_finish(session=session)
    return True


class CompileItem(pytest.Item):
    def __init__(self, *, path, **kwargs):
        super().__init__(**kwargs)
        self.source_path = path

    def runtest(self):
        compile(self.source_path.read_text(encoding="utf-8"), str(self.source_path), "exec")

    def reportinfo(self):
        return self.source_path, None, f"compile {self.name}"


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
