"""`import all`: a whole-installation JSON export read back into an empty installation.

`tirek export all --format json` writes every live record of every table that travels by
sync, with its id (docs/spreadsheets.md, "The JSON export"). This reads that file back:
every record is created with its own id, through the Writer (one create op each, so the
records travel by sync from here on), tables in the order their links need. Regions,
districts and topics ship with every installation under the same fixed ids: a record
there is updated where the export says otherwise (names corrected on the other laptop).
Derived search keys are recomputed, never read. The result is the same database, table
for table (tests/core/test_whole_import.py compares every table).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.core.codec import codecs
from app.core.errors import N_, InputError, unreadable
from app.core.models import SYNCABLE, Base
from app.core.store import Store

JSON_FORMAT = "tirek-export"
JSON_VERSIONS = (1,)  # the versions this reader understands
SHIPPED = ("region", "district", "topic")  # reference data every installation has


@dataclass(frozen=True)
class WholeImport:
    created: dict[str, int]  # table -> records created
    updated: int  # shipped reference records corrected


def _read(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise unreadable(
            N_("{path} cannot be read as a Tirek JSON export ({reason})."), path, err
        ) from err
    if not isinstance(doc, dict) or doc.get("format") != JSON_FORMAT:
        raise InputError(
            N_("{path} is not a Tirek export (export all --format json writes one)."),
            field="path",
            path=path.name,
        )
    if doc.get("version") not in JSON_VERSIONS:
        raise InputError(
            N_("{path} is a Tirek export of version {version}; this Tirek reads version 1."),
            field="path",
            path=path.name,
            version=doc.get("version"),
        )
    tables = doc.get("tables")
    if not isinstance(tables, dict) or set(tables) - set(SYNCABLE):
        raise InputError(
            N_("{path}: the tables of this export are not Tirek's."), field="path", path=path.name
        )
    return tables


def import_everything(store: Store, path: Path) -> WholeImport:
    """Read a whole-installation export into this (empty) installation, all or nothing."""
    store.require_identity()
    tables = _read(path)
    order = [t.name for t in Base.metadata.sorted_tables if t.name in SYNCABLE]
    created: dict[str, int] = {}
    updated = 0
    with store.write() as w:
        for name in order:
            if name in SHIPPED:
                continue
            table = SYNCABLE[name].__table__  # type: ignore[attr-defined]
            if w.session.scalar(
                select(func.count()).select_from(table).where(table.c.deleted.is_(False))
            ):
                raise InputError(
                    N_(
                        "This installation already has records ({table}): an export is read "
                        "into an empty installation only."
                    ),
                    field="path",
                    table=name,
                )
        for name in order:
            model = SYNCABLE[name]
            table = model.__table__  # type: ignore[attr-defined]
            codec = codecs(model)
            derived = set(getattr(model, "__derived__", {}))
            columns = {c.name for c in table.c} - derived - {"deleted"}
            rows = []
            for rec in tables.get(name, []):
                unknown = set(rec) - columns - derived
                if unknown or "id" not in rec:
                    raise InputError(
                        N_("{path}: a record of {table} has fields Tirek does not know: {names}."),
                        field="path",
                        path=path.name,
                        table=name,
                        names=", ".join(sorted(unknown)) or "id",
                    )
                rows.append(
                    {
                        c: (v if c == "id" or c not in codec else codec[c][1](v))
                        for c, v in rec.items()
                        if c in columns
                    }
                )
            if name in SHIPPED:
                for row in rows:
                    found = w.session.get(model, row["id"])
                    if found is None:
                        w.create(model, {k: v for k, v in row.items() if k != "id"}, row["id"])
                        created[name] = created.get(name, 0) + 1
                    else:
                        changes = {
                            k: v for k, v in row.items() if k != "id" and getattr(found, k) != v
                        }
                        if changes:
                            w.update(model, row["id"], changes)
                            updated += 1
                continue
            w.create_many(model, rows)
            created[name] = len(rows)
    return WholeImport(created, updated)
