"""The printed QR code of the longest name and title scans at 100 dpi (zbarimg)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.services import trainings
from app.core.services import verification as v
from app.core.services.cert_payload import payload_in_text
from app.core.store import Store
from app.documents.certificates import print_certificates
from tests.documents.cert_fixtures import make_training, mark_all

LONGEST_NAME = "Айжаркын-Гүлнара Бакытбековна Мамбетжунусова-Төлөгөнова-Ңурбекова кызы"
LONGEST_TITLE = (
    "Аялдардын тынчтыкты бекемдөөдөгү жана коопсуздукту камсыз кылуудагы ролу: БУУнун "
    "Коопсуздук Кеңешинин 1325-резолюциясын ишке ашыруу боюнча Улуттук иш-аракеттер "
    "планын жергиликтүү деңгээлде мониторинг кылуу жана баалоо боюнча окуу"
)


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs poppler-utils (pdftoppm) and zbar-tools (zbarimg) to render and scan",
)
@pytest.mark.parametrize("lang", ["ky+ru", "en"])
def test_the_longest_certificate_qr_scans_at_100_dpi(
    store: Store, tmp_path: Path, lang: str
) -> None:
    s = make_training(store, names=(LONGEST_NAME,))
    trainings.update_training(store, s.training_id, {"title": LONGEST_TITLE})
    mark_all(store, s)
    out = tmp_path / "c.pdf"
    [cert] = print_certificates(store, s.training_id, lang=lang, out=out).certificates
    raw = payload_in_text(cert.qr_payload)
    assert raw is not None and len(raw) <= 400  # "a few hundred bytes at most"
    subprocess.run(["pdftoppm", "-png", "-r", "100", str(out), str(tmp_path / "page")], check=True)
    [png] = tmp_path.glob("page*.png")
    scanned = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, check=False
    ).stdout.decode("utf-8")
    assert scanned.rstrip("\n") == cert.qr_payload
    assert v.verify(store, scanned).valid
