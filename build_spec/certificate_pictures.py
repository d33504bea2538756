"""Render the certificate pictures of docs/documents.md.

Run: .venv/bin/python build_spec/certificate_pictures.py

Makes a throwaway home folder, a training with Kyrgyz names, prints certificates in each
language and layout, and renders the first page of each with pdftoppm (poppler-utils).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from app.core.services import people, trainings  # noqa: E402
from app.core.store import Store  # noqa: E402
from app.documents.certificates import print_certificates  # noqa: E402
from tests.documents.cert_fixtures import make_training, mark_all  # noqa: E402
from tests.documents.test_qr_scan import LONGEST_NAME, LONGEST_TITLE  # noqa: E402

OUT = ROOT / "docs" / "documents"


def logo(path: Path, text: str, colour: str) -> str:
    image = Image.new("RGB", (360, 180), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 20, 150, 160), fill=colour)
    draw.text((170, 80), text, fill=colour, font_size=36)
    image.save(path)
    return str(path)


def render(pdf: Path, name: str) -> None:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
         str(OUT / name)],
        check=True,
    )  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        store = Store.open(tmp / "home")
        store.initialise("Bishkek-office", "coordinator")
        org = logo(tmp / "org.png", "Forum", "#0E6E6E")
        donor = logo(tmp / "donor.png", "Donor A", "#B08D3C")
        partner = logo(tmp / "partner.png", "Partner B", "#5A6270")
        s = make_training(store)
        man = people.create_person(store, {"full_name": "Бакыт Ңурланов", "sex": "male"})
        trainings.enrol(store, s.training_id, [man])
        s.people["Бакыт Ңурланов"] = man
        mark_all(store, s)
        signs = ["Гүлнара Төлөгөнова | Директор", "Айгүл Өмүрбекова | Тренер"]
        for lang, name, extra in (
            ("ky", "certificate_ky", {}),
            ("ru", "certificate_ru_logos", {"logo": org, "partner_logos": [donor, partner]}),
        ):
            out = tmp / f"{name}.pdf"
            print_certificates(store, s.training_id, lang=lang, out=out, signatories=signs,
                               **extra)  # type: ignore[arg-type]  # fmt: skip
            render(out, name)
            if lang == "ru":  # the man's page (second by name): «прошёл»
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "80", "-f", "2", "-l", "2", "-singlefile",
                     str(out), str(OUT / "certificate_ru_male")],
                    check=True,
                )  # fmt: skip
        long = make_training(store, names=(LONGEST_NAME,))
        trainings.update_training(store, long.training_id, {"title": LONGEST_TITLE})
        mark_all(store, long)
        out = tmp / "longest.pdf"
        print_certificates(store, long.training_id, lang="ky+ru", out=out, logo=org,
                           partner_logos=[donor, partner], signatories=signs)  # fmt: skip
        render(out, "certificate_ky_ru_longest")
        out = tmp / "en.pdf"
        print_certificates(store, long.training_id, lang="en", out=out, signatories=signs)
        render(out, "certificate_en_long_name")
        store.close()


if __name__ == "__main__":
    main()
