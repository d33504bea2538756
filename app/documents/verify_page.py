"""The network's verify page: one static HTML file that checks a certificate in a browser.

The QR code of a certificate is a link to this page with the signed payload in the
fragment (after '#', which a browser never sends to a server). The page embeds the
network id, the issuer keys and delegations, the withdrawn keys, the revocations and
the corrections this laptop knows, and our own small Ed25519 verifier
(resources/verify/ed25519.js, no code from the internet), so it works opened from a
file or published on any web host. Write it again after revoking or correcting and
publish the new file: it says when and by whom it was made.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core.models import Certificate
from app.core.paths import resources_dir
from app.core.services.cert_payload import SIGNED_CONTEXT, TEXT_TABLE, key_id, row_facts, short_code
from app.core.services.issuers import authority, key_names, network_id, revocations
from app.core.store import Store
from app.documents.layout import writing

WORDS: dict[str, dict[str, Any]] = {
    "ky": {
        "status": {
            "CHECKING": "Текшерилүүдө…", "VALID": "ЧЫНЫГЫ", "ALTERED": "ӨЗГӨРТҮЛГӨН",
            "REVOKED": "ЖОККО ЧЫГАРЫЛГАН", "SUPERSEDED": "ОҢДОЛГОН НУСКАСЫ БАР",
            "NOT_APPROVED": "БЕКИТИЛЕ ЭЛЕК", "WITHDRAWN": "БЕРҮҮ УКУГУ АЛЫНГАН",
            "OTHER_NETWORK": "БАШКА ТАРМАК", "UNKNOWN_ISSUER": "БЕЛГИСИЗ БЕРҮҮЧҮ",
            "DAMAGED": "КОД БУЗУЛГАН",
        },
        "explain": {
            "VALID": "Бул сертификат тармактын колу менен тастыкталган.",
            "ALTERED": "Маалыматтар кол коюлгандан кийин өзгөртүлгөн. Кабыл албаңыз.",
            "REVOKED": "Сертификат жокко чыгарылган.",
            "SUPERSEDED": "Сертификат чыныгы, бирок оңдолгон жаңы нускасы бар:",
            "NOT_APPROVED": "Бул долбоор: координатор али кол кое элек.",
            "WITHDRAWN": "Берген ноутбуктун укугу алынган.",
            "OTHER_NETWORK": "Бул сертификат башка тармакка таандык.",
            "UNKNOWN_ISSUER": "Кол коюучу бул тармакка белгисиз.",
            "DAMAGED": "Шилтеме толук эмес же бузулган.",
        },
        "fields": {
            "name": "Аты-жөнү", "training": "Окуу", "from": "Башталышы", "to": "Аягы",
            "hours": "Саат", "org": "Уюм", "number": "Катталган №", "issued": "Берилген күнү",
        },
        "fresh": "Бул барак {date} күнү {by} тарабынан түзүлгөн; жокко чыгарылгандар: {count}.",
    },
    "ru": {
        "status": {
            "CHECKING": "Проверка…", "VALID": "ДЕЙСТВИТЕЛЕН", "ALTERED": "ИЗМЕНЁН",
            "REVOKED": "ОТОЗВАН", "SUPERSEDED": "ЕСТЬ ИСПРАВЛЕННАЯ ВЕРСИЯ",
            "NOT_APPROVED": "НЕ УТВЕРЖДЁН", "WITHDRAWN": "ПРАВО ВЫДАЧИ ОТОЗВАНО",
            "OTHER_NETWORK": "ДРУГАЯ СЕТЬ", "UNKNOWN_ISSUER": "НЕИЗВЕСТНЫЙ ИЗДАТЕЛЬ",
            "DAMAGED": "КОД ПОВРЕЖДЁН",
        },
        "explain": {
            "VALID": "Сертификат подписан ключом сети.",
            "ALTERED": "Данные изменены после подписи. Не принимайте его.",
            "REVOKED": "Сертификат отозван.",
            "SUPERSEDED": "Сертификат подлинный, но выдана исправленная версия:",
            "NOT_APPROVED": "Это черновик: координатор ещё не подписал его.",
            "WITHDRAWN": "У ноутбука, выдавшего его, отозвано право выдачи.",
            "OTHER_NETWORK": "Сертификат выдан другой сетью.",
            "UNKNOWN_ISSUER": "Подписавший неизвестен этой сети.",
            "DAMAGED": "Ссылка неполная или повреждена.",
        },
        "fields": {
            "name": "ФИО", "training": "Обучение", "from": "Начало", "to": "Окончание",
            "hours": "Часы", "org": "Организация", "number": "Регистрационный №",
            "issued": "Дата выдачи",
        },
        "fresh": "Страница создана {date}, {by}; отозванных сертификатов: {count}.",
    },
    "en": {
        "status": {
            "CHECKING": "Checking…", "VALID": "VALID", "ALTERED": "ALTERED",
            "REVOKED": "REVOKED", "SUPERSEDED": "SUPERSEDED", "NOT_APPROVED": "NOT APPROVED",
            "WITHDRAWN": "ISSUER WITHDRAWN", "OTHER_NETWORK": "OTHER NETWORK",
            "UNKNOWN_ISSUER": "UNKNOWN ISSUER", "DAMAGED": "DAMAGED",
        },
        "explain": {
            "VALID": "This certificate is signed by the network.",
            "ALTERED": "Its details were changed after signing. Do not accept it.",
            "REVOKED": "This certificate was revoked.",
            "SUPERSEDED": "Genuine, but a corrected version was issued:",
            "NOT_APPROVED": "A draft: no coordinator has signed it yet.",
            "WITHDRAWN": "The laptop that issued it may no longer issue certificates.",
            "OTHER_NETWORK": "This certificate belongs to another network.",
            "UNKNOWN_ISSUER": "The signer is not known to this network.",
            "DAMAGED": "The link is incomplete or damaged.",
        },
        "fields": {
            "name": "Name", "training": "Training", "from": "From", "to": "To",
            "hours": "Hours", "org": "Organisation", "number": "Certificate No.",
            "issued": "Issued on",
        },
        "fresh": "This page was made on {date} by {by}; revoked certificates: {count}.",
    },
}  # fmt: skip


def page_data(store: Store) -> dict[str, Any]:
    """What the page embeds: the network, its issuers, revocations and corrections."""
    auth = authority(store)
    keys = {key_id(k).hex().upper(): k for k, _ in key_names(store).values()}
    revoked = revocations(store, auth)
    with store.read() as s:
        rows = list(s.scalars(select(Certificate).where(Certificate.deleted.is_(False))))
    groups: dict[tuple[str, str], list[Certificate]] = {}
    for r in rows:
        groups.setdefault((r.training_id, r.person_id), []).append(r)
    by_number: dict[str, list] = {}  # type: ignore[type-arg]
    superseded: dict[str, str] = {}
    for group in groups.values():
        hit = next((revoked[r.number] for r in group if r.number in revoked), None)
        for r in group:
            if hit is not None:
                by_number[r.number] = [hit.revoked_on.isoformat(), hit.reason]
            latest = max((x for x in group if x.number == r.number), key=lambda x: x.version)
            if latest.version > r.version:
                superseded[f"{r.number}/{r.version}"] = short_code(
                    latest.network_id, row_facts(latest)
                )
    return {
        "network": network_id(store),
        "context": SIGNED_CONTEXT.decode("ascii").rstrip("\x00") + "\x00",
        "table": TEXT_TABLE,
        "keys": keys,
        "issuers": sorted(auth.roots),
        "delegations": [[k, a.isoformat(), b.isoformat()] for k, a, b in auth.delegations],
        "withdrawn": {k: [d.isoformat(), why] for k, (d, why) in auth.withdrawals.items()},
        "revoked": by_number,
        "revocations": len(revoked),
        "superseded": superseded,
        "made_on": datetime.now(UTC).strftime("%Y-%m-%d"),
        "made_by": store.require_identity().device_name,
        "words": WORDS,
    }


def verify_page_html(store: Store) -> str:
    folder = resources_dir() / "verify"
    page = (folder / "page.html").read_text(encoding="utf-8")
    data = json.dumps(page_data(store), ensure_ascii=False).replace("</", "<\\/")
    return (
        page.replace("/*DATA*/null", data)
        .replace("/*ED25519*/", (folder / "ed25519.js").read_text(encoding="utf-8"))
        .replace("/*PAGE*/", (folder / "page.js").read_text(encoding="utf-8"))
    )


def write_verify_page(store: Store, out: Path) -> Path:
    html = verify_page_html(store)
    with writing(out) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return out
