"""Describes the virtualenv it runs in, as one JSON object on stdout: the Python and SQLite
versions, every installed distribution with its version and bytes on disk, the subset that the
web framework itself pulls in, and any installed package the requirements file does not pin.
The harness runs it with each framework's interpreter: python inventory.py REQUIREMENTS_FILE

It reads packaging metadata with the standard library only, because neither twin installs
the `packaging` library."""
import importlib.metadata as metadata
import json
import re
import sqlite3
import sys

# Tools of the virtualenv itself, not of the application.
TOOLING = {"pip", "setuptools", "wheel"}
FRAMEWORKS = ("django", "flask")


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(requirements_path):
    pins = {}
    with open(requirements_path, encoding="utf-8") as lines:
        for line in lines:
            line = line.split("#", 1)[0].strip()
            if line:
                name, _, version = line.partition("==")
                pins[canonical(name)] = version.strip()
    return pins


def size_on_disk(dist):
    total = 0
    for file in dist.files or []:
        path = file.locate()
        if path.is_file():
            total += path.stat().st_size
    return total


def requirement_names(dist, installed):
    """Names a distribution needs unconditionally here: extras are skipped, and environment
    markers are settled by pip already, which installed only what this platform needs."""
    names = set()
    for requirement in dist.requires or []:
        if "extra ==" in requirement.replace('"', "").replace("'", ""):
            continue
        name = canonical(re.match(r"[A-Za-z0-9._-]+", requirement).group(0))
        if name in installed:
            names.add(name)
    return names


def closure(root, installed):
    seen, todo = set(), [root]
    while todo:
        name = todo.pop()
        if name not in seen and name in installed:
            seen.add(name)
            todo.extend(requirement_names(installed[name], installed))
    return sorted(seen)


def main(requirements_path):
    installed = {
        canonical(d.metadata["Name"]): d
        for d in metadata.distributions()
        if canonical(d.metadata["Name"]) not in TOOLING
    }
    pins = pinned(requirements_path)
    packages = [
        {"name": d.metadata["Name"], "version": d.version, "bytes": size_on_disk(d)}
        for _, d in sorted(installed.items())
    ]
    framework = next(name for name in FRAMEWORKS if name in installed)
    json.dump(
        {
            "python": sys.version.split()[0],
            "sqlite": sqlite3.sqlite_version,
            "packages": packages,
            "framework": framework,
            "frameworkPackages": closure(framework, installed),
            "unpinned": sorted(
                name for name, d in installed.items() if pins.get(name) != d.version
            ),
            "missing": sorted(name for name in pins if name not in installed),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main(sys.argv[1])
