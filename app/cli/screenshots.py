"""`tirek screenshots --out DIR`: each main screen and dialog rendered offscreen to PNG."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.core.store import Store


def register(sub: Any) -> None:
    p = sub.add_parser(
        "screenshots", help="render each screen with this installation's data to PNG files"
    )
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    p.add_argument(
        "--lang", choices=("ky", "ru", "en"), help="interface language (default: this laptop's)"
    )
    p.set_defaults(handler=run_screenshots)


def run_screenshots(store: Store, args: argparse.Namespace) -> int:
    store.require_identity()
    # No display is needed: Qt draws into memory. Qt is loaded only here (app/cli has none).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.screenshots import render_all

    out = Path(args.out)
    for path in render_all(store, out, args.lang):
        print(path)
    return 0
