"""The static verify page in real headless Chromium: VALID, ALTERED and REVOKED."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.services import issuers
from app.core.services.cert_payload import b32, payload_in_text
from app.core.services.certificates import issue_certificates
from app.core.store import Store
from app.documents.verify_page import write_verify_page
from tests.documents.cert_fixtures import make_training, mark_all

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _open(page: Path, fragment: str, tmp_path: Path, lang: str = "ru") -> str:
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--no-first-run", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=20000",
         "--dump-dom", f"{page.as_uri()}?lang={lang}#{fragment}"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return done.stdout


def _status(dom: str) -> str:
    m = re.search(r'id="status" data-status="([A-Z_]+)"', dom)
    assert m is not None, dom[-2000:]
    return m.group(1)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: chromium)")
def test_the_verify_page_answers_valid_altered_and_revoked(
    make_store: Callable[..., Store], tmp_path: Path
) -> None:
    store = make_store(role="coordinator")  # revoking is a coordinator's right
    s = make_training(store)
    mark_all(store, s)
    genuine, other, *_ = issue_certificates(store, s.training_id, "ky")
    issuers.revoke(store, other.number, "excluded: did not attend")
    page = write_verify_page(store, tmp_path / "verify.html")
    html = page.read_text(encoding="utf-8")
    assert "<script src" not in html and "http" not in html.split("<script>", 1)[1]

    fragment = genuine.qr_payload.split("#", 1)[1]
    dom = _open(page, fragment, tmp_path)
    assert _status(dom) == "VALID"
    assert genuine.facts.person_name in dom and "ДЕЙСТВИТЕЛЕН" in dom
    assert genuine.facts.training_title in dom and "2026-10-05" in dom
    assert "ЧЫНЫГЫ" in _open(page, fragment, tmp_path, "ky")

    raw = payload_in_text(genuine.qr_payload)
    assert raw is not None
    altered = bytearray(raw)
    altered[30] ^= 0x01  # a fact changed, the signature kept
    assert _status(_open(page, b32(bytes(altered)), tmp_path)) == "ALTERED"

    dom = _open(page, other.qr_payload.split("#", 1)[1], tmp_path, "en")
    assert _status(dom) == "REVOKED" and "excluded: did not attend" in dom
    assert _status(_open(page, "NOTACODE", tmp_path)) == "DAMAGED"
