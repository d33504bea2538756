"""Certificates: 1,000 into one PDF and into 1,000 files, beside a bare reportlab floor.

The floor is a page with the same text in the same embedded fonts plus a QR code of the
same payload from the same encoder (segno), drawn once as an image: no border, no
fitting, no labels. (reportlab's QrCodeWidget drawn through renderPDF, the textbook way,
is much slower: it encodes each code twice; it is timed on 100 pages for reference.)
Issuing (numbering and signing 1,000 certificates into the register) is timed on its
own. Peak memory is the process's peak right after Tirek's renders, before the floors.
Verification of one typed code and of one scanned QR text is the mean of 200 each.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.core import settings
from app.core.models import AttendanceMark, Enrolment, Person, link_id, new_id
from app.core.services import issuers, trainings
from app.core.services import verification as v
from app.core.services.certificates import IssuedCertificate, issue_certificates
from app.core.store import Store
from app.documents.certificates import Look, Signatory, render_certificates, render_each
from app.documents.fonts import MONO, SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from app.documents.qr import qr_image
from benchmarks.harness import DATA, Context, peak_rss_mb, timed

N = 1000
FIRST = ("Айгүл", "Үмүт", "Жаңыл", "Гүлзат", "Өмүр", "Нуржан", "Бермет", "Асель", "Чолпон")
LAST = ("Ңурбекова", "Төлөгөнова", "Сүйүнбаева", "Асанова", "Үсөнова", "Мамбетова")


def _store() -> tuple[Store, str]:
    home = DATA / "bench-certificates"
    shutil.rmtree(home, ignore_errors=True)
    store = Store.open(home)
    store.initialise("Bench-Certs", "coordinator")
    issuers.start_network(store)
    settings.put(store.home, "organisation", "name", "Кыргызстандын аялдар уюмдарынын форуму")
    tid = trainings.create_training(
        store,
        {
            "title": "Аялдардын тынчтыкты бекемдөөдөгү ролу: БУУнун 1325-резолюциясы",
            "start_date": date(2026, 10, 5),
            "end_date": date(2026, 10, 6),
        },
    )
    sessions = [
        trainings.add_session(store, tid, {"date": date(2026, 10, 5 + i), "hours": 6})
        for i in range(2)
    ]
    people = [
        {
            "id": new_id(),
            "full_name": f"{FIRST[i % 9]} {LAST[i % 6]} {i:04d}",
            "sex": "female",
            "consent_data": True,
            "consent_photo": False,
        }
        for i in range(N)
    ]
    with store.write() as w:
        w.create_many(Person, people)
        w.create_many(
            Enrolment,
            [
                {"id": link_id(tid, p["id"]), "training_id": tid, "person_id": p["id"]}
                for p in people
            ],
        )
        w.create_many(
            AttendanceMark,
            [
                {
                    "id": link_id(s, p["id"]),
                    "session_id": s,
                    "person_id": p["id"],
                    "status": "present",
                }
                for s in sessions
                for p in people
            ],
        )
    return store, tid


def _bare_page(c: Canvas, cert: IssuedCertificate, widget: bool = False) -> None:
    f = cert.facts
    w, _ = landscape(A4)
    c.setFont(SANS_BOLD, 14)
    c.drawCentredString(w / 2, 520, f.organisation)
    c.setFont(SERIF_BOLD, 40)
    c.drawCentredString(w / 2, 460, "СЕРТИФИКАТ")
    c.setFont(SANS, 12)
    c.drawCentredString(w / 2, 430, "Бул сертификат төмөнкүгө берилди:")
    c.setFont(SERIF_BOLD, 34)
    c.drawCentredString(w / 2, 380, f.person_name)
    c.setFont(SERIF, 18)
    c.drawCentredString(w / 2, 330, f.training_title)
    c.setFont(SANS, 11)
    c.drawCentredString(w / 2, 300, f"{f.start_date} – {f.end_date} · {f.hours:g} саат")
    c.drawString(60, 84, cert.number)
    c.setFont(MONO, 10)
    c.drawString(60, 57, cert.code)
    if not widget:
        c.drawImage(ImageReader(qr_image(cert.qr_payload)), 694, 50, 96, 96)
        return
    qr = QrCodeWidget(cert.qr_payload, barLevel="M")
    x0, y0, x1, y1 = qr.getBounds()
    d = Drawing(96, 96, transform=[96 / (x1 - x0), 0, 0, 96 / (y1 - y0), 0, 0])
    d.add(qr)
    renderPDF.draw(d, c, 694, 50)


def _bare_one(certs: Sequence[IssuedCertificate], out: Path, widget: bool = False) -> None:
    c = Canvas(str(out), pagesize=landscape(A4), pageCompression=1, initialFontName=SANS)
    for cert in certs:
        _bare_page(c, cert, widget)
        c.showPage()
    c.save()


def _bare_each(certs: Sequence[IssuedCertificate], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for cert in certs:
        c = Canvas(
            str(folder / f"{cert.number}.pdf"),
            pagesize=landscape(A4),
            pageCompression=1,
            initialFontName=SANS,
        )
        _bare_page(c, cert)
        c.showPage()
        c.save()


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): with other work on the machine the
    CPU time is the fair comparison, the wall time what a user waits."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def run(ctx: Context) -> None:
    register_fonts()
    store, tid = _store()
    started = time.process_time()
    t_issue, certs = timed(lambda: issue_certificates(store, tid, "ky"))
    assert len(certs) == N
    ctx.row("certificates x1000", "issue: number + sign + register (wall)", t_issue, "s")
    ctx.row("certificates x1000", "issue (CPU)", time.process_time() - started, "s")
    look = Look((Signatory("Гүлнара Төлөгөнова", "Тренер"), Signatory("", "Жетекчи")))
    out = DATA / "bench-certificates-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)

    one = _timed(lambda: render_certificates(certs, out / "all.pdf", look, "ky"))
    each = _timed(lambda: render_each(certs, out / "each", look, "ky"))
    peak = peak_rss_mb()
    bare = _timed(lambda: _bare_one(certs, out / "bare.pdf"))
    bare_each = _timed(lambda: _bare_each(certs, out / "bare"))
    for i, kind in enumerate(("wall", "CPU")):
        ctx.row("certificates x1000", f"one PDF ({kind})", one[i], "s", bare[i], "<= 1.5x")
        ctx.row(
            "certificates x1000", f"1,000 files ({kind})", each[i], "s", bare_each[i], "<= 1.5x"
        )
    ctx.row("certificates x1000", "one PDF size", (out / "all.pdf").stat().st_size / 1e6, "MB")
    ctx.row("certificates x1000", "peak memory (issue + both renders)", peak, "MB", aim="< 200 MB")
    widget = _timed(lambda: _bare_one(certs[:20], out / "widget.pdf", widget=True))
    ctx.row(
        "certificates x20",
        "bare page, QrCodeWidget via renderPDF (CPU)",
        widget[1],
        "s",
        baseline=one[1] / 50,
    )
    for kind, text in (("typed code", certs[7].code), ("QR text", certs[7].qr_payload)):
        assert v.verify(store, text).valid
        wall, cpu = _timed(lambda text=text: [v.verify(store, text) for _ in range(200)])  # type: ignore[misc]
        ctx.row("verify x200", f"one {kind} (mean, wall)", wall / 200 * 1000, "ms")
        ctx.row("verify x200", f"one {kind} (mean, CPU)", cpu / 200 * 1000, "ms", aim="< 5 ms")
    store.close()
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(DATA / "bench-certificates", ignore_errors=True)
