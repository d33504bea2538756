"""Put the shipped folders (db/, resources/) inside the wheel, under app/_shipped/.

pyproject.toml holds everything else. A wheel installs only packages, but migrations,
fonts and translations are folders beside `app` in the checkout; this copies them into the
built package so that a non-editable install (pip install tirek-*.whl) has them where
app/core/paths.py looks. Editable installs and the frozen bundle read them in place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("db", "resources")
ROOT = Path(__file__).resolve().parent


class BuildWithShippedFolders(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "app" / "_shipped"
        for folder in SHIPPED:
            shutil.rmtree(target / folder, ignore_errors=True)
            shutil.copytree(
                ROOT / folder,
                target / folder,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", ".*"),
            )


setup(cmdclass={"build_py": BuildWithShippedFolders})
