"""A wheel of the project is a working Tirek: `pip install tirek-*.whl`, then init and demo.

The wheel must carry the migrations and resources (db/, resources/), which live beside the
`app` package in the checkout (setup.py puts them into the wheel, app/core/paths.py finds
them there). Everything happens offline: the wheel is built with this environment's
setuptools and installed without dependencies into a new virtual environment that borrows
this one's installed libraries (a .pth line), then run from outside the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.cli_runner import ROOT

pytestmark = pytest.mark.slow

# What the build reads: the package, the shipped folders and the build's own files.
BUILD_INPUTS = ("app", "db", "resources", "pyproject.toml", "setup.py", "README.md")


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, f"{args} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built from a copy: an in-tree build would leave build/ and *.egg-info in the checkout.
    source = tmp_path_factory.mktemp("source")
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "--quiet", "-w", out, source, cwd=source)  # fmt: skip
    (built,) = out.glob("tirek-*.whl")
    return built


def test_the_wheel_carries_migrations_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("db", "resources"):
        wanted = {
            f"app/_shipped/{p.relative_to(ROOT).as_posix()}"
            for p in (ROOT / folder).rglob("*")
            if p.is_file()
            and "__pycache__" not in p.parts
            and p.suffix not in (".pyc", ".ts")
            and not p.name.startswith(".")
        }
        assert wanted <= names, sorted(wanted - names)[:10]
    assert "app/_shipped/db/versions/0001_initial_schema.py" in names


@pytest.mark.long(7)
def test_an_installed_wheel_sets_up_a_laptop_and_loads_the_demo(
    wheel: Path, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "--no-compile", "--quiet", wheel, cwd=tmp_path)  # fmt: skip
    # The libraries Tirek needs, borrowed from this environment: a plain path line, so this
    # environment's editable install of the checkout (a .pth hook) does not come along.
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path)
    (Path(site.strip()) / "borrowed.pth").write_text(sysconfig.get_path("purelib") + "\n")

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "TIREK_HOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    where = run(python, "-c", "import app; print(app.__file__)", cwd=tmp_path, env=env)
    assert Path(where.strip()).is_relative_to(venv), where  # the installed copy, not ROOT

    scripts = venv / ("Scripts" if sys.platform == "win32" else "bin")
    tirek = scripts / ("tirek.exe" if sys.platform == "win32" else "tirek")
    home = tmp_path / "home"
    out = run(tirek, "--home", home, "init", "--device-name", "Wheel-1", cwd=tmp_path, env=env)
    assert "Wheel-1 (trainer)" in out
    out = run(tirek, "--home", home, "demo", "--scale", "small", cwd=tmp_path, env=env)
    assert "400 people" in out  # migrations, reference data and the demo, all installed
