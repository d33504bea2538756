"""Attendance certificates as PDF: one file for a whole training, or one file per person.

Drawn straight on a reportlab canvas (no flowables) so that a batch of a thousand stays
close to the cost of the bare page: the QR code dominates, and it has to be there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.core import settings
from app.core.access_log import record_access
from app.core.errors import N_, InputError
from app.core.paths import make_private
from app.core.progress import NO_PROGRESS, Progress
from app.core.services.certificates import IssuedCertificate, issue_certificates
from app.core.services.people import get_person
from app.core.services.trainings import get_training
from app.core.services.verification import Facts
from app.core.store import Store
from app.documents import labels
from app.documents.fonts import (
    MONO,
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    SERIF,
    SERIF_BOLD,
    register_fonts,
)
from app.documents.labels import word
from app.documents.layout import fit, writing
from app.documents.qr import draw_qr
from app.documents.translit import safe_file_name
from app.documents.verify_pdf import HIDDEN_MARK

PAGE = landscape(A4)
INK = HexColor("#1F2A44")
ACCENT = HexColor("#0E6E6E")
GOLD = HexColor("#B08D3C")
MUTED = HexColor("#5A6270")


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str


@dataclass(frozen=True)
class Look:
    """What the certificate shows besides the register's facts."""

    signatories: tuple[Signatory, ...] = ()
    logo: str | None = None  # an image file
    extra: dict[str, str] = field(default_factory=dict)
    partner_logos: tuple[str, ...] = ()  # donors and partners, in a row at the top
    venue: str = ""
    topics: tuple[str, ...] = ()
    sexes: dict[str, str] = field(default_factory=dict)  # person id -> sex (Russian verbs)
    seal: bool = True  # a marked place for the organisation's stamp


@dataclass(frozen=True)
class PrintResult:
    certificates: tuple[IssuedCertificate, ...]
    files: tuple[Path, ...]


def parse_signatory(text: str) -> Signatory:
    name, _, role = text.partition("|")
    return Signatory(name.strip(), role.strip())


def default_look(
    store: Store,
    training_id: str,
    lang: str,
    logo: str | None = None,
    signatories: Sequence[str] = (),
    partner_logos: Sequence[str] = (),
) -> Look:
    """Logos and signatories from the options, else the settings, else the trainer; the
    venue and topics from the training; each person's sex (for the Russian verb)."""
    logo = logo or settings.get(store.home, "organisation", "logo")
    partners = list(partner_logos) or [
        x.strip()
        for x in (settings.get(store.home, "certificates", "partner_logos") or "").splitlines()
        if x.strip()
    ]
    for path in (logo, *partners):
        if path and not Path(path).is_file():
            raise InputError(N_("The logo file {path} does not exist."), field="logo", path=path)
    lines = list(signatories)
    if not lines:
        saved = settings.get(store.home, "certificates", "signatory") or ""
        lines = [x for x in saved.splitlines() if x.strip()]
    signs = [parse_signatory(x) for x in lines]
    if not signs:
        details = get_training(store, training_id)
        if details.trainer_ids:
            trainer = get_person(store, details.trainer_ids[0]).values["full_name"]
            signs.append(Signatory(trainer, word(lang, "trainer")))
        signs.append(Signatory("", word(lang, "director")))
    details = get_training(store, training_id)
    return Look(
        tuple(signs[:3]),
        logo,
        partner_logos=tuple(partners[:5]),
        venue=details.values.get("venue") or "",
        topics=_topics(store, training_id),
        sexes=_sexes(store, training_id),
    )


def _topics(store: Store, training_id: str) -> tuple[str, ...]:
    """The sessions' topics, in order, each once (the training's programme)."""
    from sqlalchemy import select

    from app.core.models import Session

    with store.read() as s:
        rows = s.scalars(
            select(Session.topic)
            .where(Session.training_id == training_id, Session.deleted.is_(False))
            .order_by(Session.date)
        )
        return tuple(dict.fromkeys(t for t in rows if t))


def _sexes(store: Store, training_id: str) -> dict[str, str]:
    from sqlalchemy import select

    from app.core.models import Enrolment, Person

    with store.read() as s:
        rows = s.execute(
            select(Person.id, Person.sex)
            .join(Enrolment, Enrolment.person_id == Person.id)
            .where(Enrolment.training_id == training_id)
        )
        return {pid: sex for pid, sex in rows if sex}


def _border(c: Canvas, w: float, h: float) -> None:
    c.setStrokeColor(ACCENT)
    c.setLineWidth(6)
    c.rect(22, 22, w - 44, h - 44)
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.2)
    c.rect(34, 34, w - 68, h - 68)
    c.setLineWidth(0.5)
    c.rect(38, 38, w - 76, h - 76)
    # corner ornaments: small gold diamonds
    c.setFillColor(GOLD)
    for cx, cy in ((36, 36), (w - 36, 36), (36, h - 36), (w - 36, h - 36)):
        p = c.beginPath()
        p.moveTo(cx, cy - 7)
        p.lineTo(cx + 7, cy)
        p.lineTo(cx, cy + 7)
        p.lineTo(cx - 7, cy)
        p.close()
        c.drawPath(p, fill=1, stroke=0)


@dataclass(frozen=True)
class _Block:
    """Centred lines of one style, `gap` points below the block above."""

    lines: tuple[str, ...]
    font: str
    size: float
    colour: Color
    gap: float
    rule: bool = False  # a gold line under it (the name)

    @property
    def height(self) -> float:
        return self.gap + len(self.lines) * self.size * 1.2


def _label(lang: str, key: str, size: float, colour: Color, gap: float) -> list[_Block]:
    """A label in one language, or Kyrgyz then Russian (smaller, italic) for ky+ru."""
    return [
        _Block((labels.WORDS[key][p],), SANS if i == 0 else SANS_ITALIC, size * (1 - 0.15 * i),
               colour, gap if i == 0 else 0)
        for i, p in enumerate(labels.parts(lang))
    ]  # fmt: skip


def _fitted(text: str, font: str, width: float, size: float, least: float, lines: int,
            colour: Color, gap: float, rule: bool = False) -> _Block:  # fmt: skip
    s, out = fit(text, font, width, size, least, lines)
    return _Block(tuple(out), font, s, colour, gap, rule)


def _completed(lang: str, sex: str | None, size: float, gap: float) -> list[_Block]:
    """ "has completed" in each language; Russian says прошла / прошёл by the person's sex."""
    key = {"female": "completed_f", "male": "completed_m"}.get(sex or "", "completed")
    out = _label(lang, "completed", size, INK, gap)
    return [
        _Block((labels.WORDS[key][p] if p == "ru" else b.lines[0],), b.font, b.size, b.colour,
               b.gap)
        for b, p in zip(out, labels.parts(lang), strict=True)
    ]  # fmt: skip


def _body(
    f: Facts, lang: str, width: float, k: float, sex: str | None = None, look: Look | None = None
) -> list[_Block]:
    """The middle of the certificate, scaled by `k` (1.0, smaller when it must squeeze)."""
    langs = labels.parts(lang)
    title = " · ".join(dict.fromkeys(labels.WORDS["certificate"][p] for p in langs))
    when = " / ".join(dict.fromkeys(labels.period(p, f.start_date, f.end_date) for p in langs))
    if f.hours > 0:  # hours not entered: print the dates alone
        when += " · " + " / ".join(dict.fromkeys(labels.hours(p, f.hours) for p in langs))
    return [
        _fitted(f.organisation, SANS_BOLD, width, 14, 9, 2, INK, 0),
        _fitted(title, SERIF_BOLD, width, 40 * k, 24, 1, ACCENT, 22 * k),
        *_label(lang, "of_attendance", 12, MUTED, 2),
        *_label(lang, "certifies", 12, INK, 20 * k),
        # The name: the biggest thing on the page; shrunk, then wrapped, never cut.
        _fitted(f.person_name, SERIF_BOLD, width, 34 * k, 16, 2, INK, 10 * k, rule=True),
        *_completed(lang, sex, 12, 22 * k),
        _fitted(f"«{f.training_title}»", SERIF, width, 18 * k, 10, 3, INK, 6 * k),
        _Block((when,), SANS, 11, MUTED, 8 * k),
        *_programme(lang, look, width, k),
    ]


def _programme(lang: str, look: Look | None, width: float, k: float) -> list[_Block]:
    """Venue and topics, small, under the dates (not signed: the training's record)."""
    if look is None:
        return []
    out = []
    if look.venue:
        out.append(_fitted(f"{word(lang, 'venue')}: {look.venue}", SANS, width, 9.5, 7, 1,
                           MUTED, 4 * k))  # fmt: skip
    if look.topics:
        out.append(_fitted(f"{word(lang, 'topics')}: " + "; ".join(look.topics), SANS_ITALIC,
                           width, 9, 7, 2, MUTED, 3 * k))  # fmt: skip
    return out


def draw_certificate(c: Canvas, cert: IssuedCertificate, look: Look, lang: str) -> None:
    """One certificate on the current page of `c` (A4 landscape)."""
    w, h = PAGE
    mid = w / 2
    inner = w - 2 * 110
    f = cert.facts
    _border(c, w, h)
    y = h - 62
    logos = [x for x in (look.logo, *look.partner_logos) if x]
    if logos:  # the organisation's logo, then donors and partners, in one centred row
        each, gap = 84.0, 14.0
        x = mid - (len(logos) * each + (len(logos) - 1) * gap) / 2
        for path in logos:
            c.drawImage(ImageReader(path), x, y - 46, each, 46, preserveAspectRatio=True,
                        mask="auto")  # fmt: skip
            x += each + gap
        y -= 54
    room = y - 150  # down to just above the signatures
    sex = look.sexes.get(cert.person_id)
    for k in (1.0, 0.9, 0.8, 0.7, 0.6):
        blocks = _body(f, lang, inner, k, sex, look)
        if sum(b.height for b in blocks) <= room:
            break
    # No empty band above the signatures: the free room is shared between the gaps.
    slack = max(0.0, room - sum(b.height for b in blocks))
    gaps = sum(b.gap for b in blocks) or 1.0
    stretch = min(slack / gaps, 1.2)
    y -= (slack - stretch * gaps) / 2
    for b in blocks:
        y -= b.gap * (1 + stretch)
        c.setFillColor(b.colour)
        c.setFont(b.font, b.size)
        for line in b.lines:
            c.drawCentredString(mid, y - b.size, line)
            y -= b.size * 1.2
        if b.rule:
            c.setStrokeColor(GOLD)
            c.setLineWidth(0.8)
            c.line(mid - 170, y - 7, mid + 170, y - 7)
    # Signatories, side by side over the bottom band.
    signs = look.signatories
    base = 132
    if signs:
        slot = (w - 2 * 80 - 220) / len(signs)  # room on the right for the seal and QR
        for i, s in enumerate(signs):
            x0 = 80 + i * slot + 14
            sw = slot - 28
            c.setStrokeColor(INK)
            c.setLineWidth(0.6)
            c.line(x0, base, x0 + sw, base)
            c.setFillColor(INK)
            size, lines = fit(s.name or " ", SANS_BOLD, sw, 10, 7, 2)
            c.setFont(SANS_BOLD, size)
            yy = base - size - 3
            for line in lines:
                c.drawCentredString(x0 + sw / 2, yy, line)
                yy -= size * 1.15
            c.setFont(SANS, 8)
            c.setFillColor(MUTED)
            c.drawCentredString(x0 + sw / 2, yy - 1, s.role)
    if look.seal:  # where the stamp goes: a faint dashed circle left of the QR code
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.5)
        c.setDash(2, 3)
        c.circle(w - 52 - 96 - 70, 104, 38)
        c.setFillColor(MUTED)
        c.setFont(SANS, 6.5)
        c.drawCentredString(w - 52 - 96 - 70, 101, word(lang, "seal"))
        c.restoreState()
    # Number, date and the verification code along the bottom; QR in the corner.
    qr = 96
    draw_qr(c, cert.qr_payload, w - 52 - qr, 50, qr)
    c.setFillColor(INK)
    label = f"{word(lang, 'number')}: "
    c.setFont(SANS, 8)
    c.drawString(60, 84, label)
    x = 60 + c.stringWidth(label, SANS, 8)
    c.setFont(SANS_BOLD, 10)
    c.drawString(x, 84, cert.number)
    x += c.stringWidth(cert.number, SANS_BOLD, 10) + 24
    c.setFont(SANS, 8)
    c.drawString(x, 84, f"{word(lang, 'issued')}: {labels.day(labels.parts(lang)[0], f.issued_on)}")
    c.setFillColor(MUTED)
    c.setFont(SANS, 7)
    c.drawString(60, 70, word(lang, "verify"))
    c.setFillColor(INK)
    c.setFont(MONO, 10)
    c.drawString(60, 57, cert.code)
    # The QR text again as invisible text, for `tirek verify FILE.pdf` and the verify
    # dialog's drop target (a PDF cannot be scanned).
    c.saveState()  # the invisible render mode is graphics state: keep it to this text
    hidden = c.beginText(60, 30)
    hidden.setTextRenderMode(3)
    hidden.setFont(SANS, 1)
    hidden.textLine(HIDDEN_MARK + cert.qr_payload)
    c.drawText(hidden)
    c.restoreState()
    if cert.draft:  # a trainer laptop's print: not valid until a coordinator signs it
        c.saveState()
        c.setFillColor(Color(0.75, 0.1, 0.1, alpha=0.18))
        c.setFont(SANS_BOLD, 90)
        c.translate(w / 2, h / 2)
        c.rotate(25)
        c.drawCentredString(0, 0, word(lang, "draft"))
        c.restoreState()


def _canvas(path: Path | str, title: str, subject: str) -> Canvas:
    c = Canvas(str(path), pagesize=PAGE, pageCompression=1, initialFontName=SANS)
    c.setTitle(title)
    c.setSubject(subject)
    c.setCreator("Tirek")
    return c


def render_certificates(
    certs: Sequence[IssuedCertificate],
    out: Path,
    look: Look,
    lang: str,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """All `certs` into one PDF, a page each."""
    register_fonts()
    c = _canvas(out, certs[0].facts.training_title if certs else "", "Tirek certificates")
    for i, cert in enumerate(certs):
        if i % 20 == 0:
            progress.step(i, len(certs), "PDF")
        draw_certificate(c, cert, look, lang)
        c.showPage()
    c.save()
    make_private(out)
    progress.step(len(certs), len(certs), "PDF")
    return out


def render_each(
    certs: Sequence[IssuedCertificate],
    folder: Path,
    look: Look,
    lang: str,
    progress: Progress = NO_PROGRESS,
) -> tuple[Path, ...]:
    """One PDF per certificate, named "<number>_<Name_In_Latin>.pdf"."""
    register_fonts()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(
            N_("Cannot make the folder {path}: {reason}"), path=folder, reason=err.strerror or err
        ) from err
    files = []
    for i, cert in enumerate(certs):
        if i % 10 == 0:
            progress.step(i, len(certs), "PDF")
        path = free_path(folder / safe_file_name(cert.number, cert.facts.person_name))
        with writing(path) as tmp:
            c = _canvas(tmp, cert.facts.person_name, "Tirek certificate")
            draw_certificate(c, cert, look, lang)
            c.showPage()
            c.save()
        files.append(path)
    progress.step(len(certs), len(certs), "PDF")
    return tuple(files)


def default_file_name(store: Store, training_id: str, lang: str) -> str:
    """e.g. Sertifikattar_Ayaldardyn_tynchtykty_..._2026-10-05_ky.pdf"""
    t = get_training(store, training_id).values
    title = " ".join(str(t["title"]).split()[:6])
    return safe_file_name(word("ky" if lang == "ky+ru" else lang, "certificates"), title,
                          t["start_date"].isoformat(), lang.replace("+", "-"))  # fmt: skip


def free_path(path: Path) -> Path:
    """`path`, or "name (2).pdf", "name (3).pdf", ... if it is taken: never overwrite."""
    n = 2
    found = path
    while found.exists():
        found = path.with_name(f"{path.stem} ({n}){path.suffix}")
        n += 1
    return found


def print_certificates(
    store: Store,
    training_id: str,
    *,
    lang: str = "ky",
    out: Path | None = None,
    each_dir: Path | None = None,
    organisation: str | None = None,
    logo: str | None = None,
    signatories: Sequence[str] = (),
    partner_logos: Sequence[str] = (),
    correct: bool = False,
    issued_on: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> PrintResult:
    """Issue (or re-use) the certificates of a training and print them.

    `out` gets one PDF with every certificate (a folder: a file named after the
    training); `each_dir` one PDF per person. An existing file is never overwritten: the
    new one gets " (2)" and so on, and `files` says where each went. The
    register is written first, then the files (a failed print can simply be repeated:
    numbers are kept).
    """
    if out is None and each_dir is None:
        raise InputError(N_("Say where to save the certificates."), field="out")
    if out is not None:
        if out.is_dir():  # a folder: the file is named after the training
            out = out / default_file_name(store, training_id, lang)
        out = free_path(out)
    look = default_look(store, training_id, lang, logo, signatories, partner_logos)
    certs = issue_certificates(
        store,
        training_id,
        lang,
        organisation=organisation,
        correct=correct,
        issued_on=issued_on,
        progress=progress,
    )
    files: list[Path] = []
    if out is not None:
        with writing(out) as tmp:
            render_certificates(certs, tmp, look, lang, progress)
        files.append(out)
    if each_dir is not None:
        files.extend(render_each(certs, each_dir, look, lang, progress))
    # One file per person is named after her: the log names the files' count, not them
    # (so erasing her leaves no name behind here).
    what = ([out.name] if out is not None else []) + (
        [f"{len(files) - (out is not None)} files"] if each_dir is not None else []
    )
    record_access(store, "print", "certificates: " + ", ".join(what), [c.person_id for c in certs])
    return PrintResult(certs, tuple(files))
