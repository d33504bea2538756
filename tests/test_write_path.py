"""The one write path of docs/architecture.md, checked on the source itself.

Syncable rows change only through the Writer (app/core/writer.py) and, for ops that come
from other laptops, the merge (app/sync/merge.py). The ORM's before_flush guard stops ORM
writes at run time; this test stops the ways around it: Core `insert` / `update` /
`delete` statements, `Table.insert()`-style calls, ORM bulk `query(...).delete()` and SQL
text, anywhere else in app/.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.core.models import SYNCABLE, Base

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"

# The modules that may write syncable tables, and why.
WRITERS = {
    "app/core/writer.py": "the one write path: rows and their ops in one transaction",
    "app/sync/merge.py": "applies other laptops' ops (already in the op log) to the rows",
    "app/core/rowmerge.py": "brings a row to the state of its ops (the writer and the merge)",
    "app/core/rules.py": "cross-row rules applied after the row merge (merged-person chains)",
    "app/core/database.py": "fills derived search keys a migration added empty (never ops)",
    "app/core/backup_chunks.py": "rebuilds a backup into a NEW file, rows and ops as they were",
    "app/core/compaction.py": "removes tombstones beyond the horizon: the same rows on every "
    "laptop that holds the travelling compaction record (docs/privacy-erasure.md)",
}

SYNCABLE_TABLES = set(SYNCABLE)
SYNCABLE_MODELS = {model.__name__ for model in SYNCABLE.values()}
OTHER_MODELS = {
    mapper.class_.__name__
    for mapper in Base.registry.mappers
    if mapper.class_ not in SYNCABLE.values()
}
STATEMENTS = {"insert", "update", "delete"}
BULK = {"bulk_insert_mappings", "bulk_update_mappings", "bulk_save_objects"}
SQL_WRITE = re.compile(
    r"^\s*(?:insert(?:\s+or\s+\w+)?\s+into|update|delete\s+from|replace\s+into)\s+[\"'`]?(\{?[\w.]+)",
    re.IGNORECASE,
)


def _target(node: ast.expr) -> str:
    """The table a statement writes, as far as the source says: a model, a table, or '?'."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and node.attr == "__table__":
        return _target(node.value)
    if isinstance(node, ast.Attribute):
        return _target(node.value) if node.attr in {"c", "table"} else "?"
    return "?"


def _is_syncable(target: str) -> bool:
    """Unknown targets (a variable holding some model) count as syncable: prove otherwise."""
    return target not in OTHER_MODELS


def write_statements(source: str) -> list[tuple[int, str]]:
    """Every place in `source` that may write a syncable table: (line, what)."""
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []
    # `from sqlalchemy import insert as add_rows` / `from sqlalchemy.dialects.sqlite import
    # insert as upsert`: the statement under another name.
    aliases = {
        a.asname: a.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy")
        for a in node.names
        if a.asname and a.name in STATEMENTS
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            # session.bulk_insert_mappings(Person, rows): ORM bulk writes skip before_flush.
            if isinstance(func, ast.Attribute) and func.attr in BULK and node.args:
                target = _target(node.args[0])
                if _is_syncable(target):
                    found.append((node.lineno, f"{func.attr}({target})"))
                continue
            # insert(Model) / sa.update(table) / sqlalchemy.delete(X.__table__)
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in {"sa", "sqlalchemy"}
                else None
            )
            name = aliases.get(name or "", name)
            if name in STATEMENTS and node.args:
                target = _target(node.args[0])
                if _is_syncable(target):
                    found.append((node.lineno, f"{name}({target})"))
                continue
            # Person.__table__.insert() / table.delete() / session.query(X).update(...)
            if isinstance(func, ast.Attribute) and func.attr in STATEMENTS:
                receiver = ast.unparse(func.value)
                if "__table__" in receiver or "query(" in receiver or receiver == "table":
                    found.append((node.lineno, f"{receiver}.{func.attr}()"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = SQL_WRITE.match(node.value)
            if match and (match[1].lower() in SYNCABLE_TABLES or match[1].startswith("{")):
                found.append((node.lineno, f"SQL writing {match[1]}"))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values)
            match = SQL_WRITE.match(str(text))
            if match and (match[1].lower() in SYNCABLE_TABLES or match[1].startswith("{")):
                found.append((node.lineno, f"SQL writing {match[1]}"))
    return found


def test_only_the_writer_and_the_merge_write_syncable_tables() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path in sorted(APP.rglob("*.py"))
        if str(path.relative_to(ROOT)) not in WRITERS
        for line, what in write_statements(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "write syncable rows through store.write()'s Writer:\n" + "\n".join(
        offenders
    )


def test_the_writers_listed_still_write() -> None:
    """A module that stopped writing leaves the list (it must not stay a loophole)."""
    for name in WRITERS:
        assert write_statements((ROOT / name).read_text(encoding="utf-8")), name


@pytest.mark.parametrize(
    "source",
    [
        "session.execute(insert(Person).values(full_name='x'))",
        "session.execute(sa.update(Training).values(title='x'))",
        "session.execute(delete(Enrolment.__table__))",
        "session.execute(update(table).values(deleted=True))",
        "session.execute(Person.__table__.insert(), rows)",
        "session.query(Person).filter(Person.id == 1).delete()",
        "conn.exec_driver_sql('UPDATE person SET phone = NULL')",
        "conn.exec_driver_sql('insert or replace into  training (id) values (1)')",
        "raw.execute(f'DELETE FROM {name} WHERE id = ?', (1,))",
        "session.execute(text('INSERT INTO person (id) VALUES (:id)'), {'id': 1})",
        "from sqlalchemy import insert as add\nsession.execute(add(Person), rows)",
        "from sqlalchemy.dialects.sqlite import insert as upsert\ns.execute(upsert(Training))",
        "w.session.execute(sa.delete(AttendanceMark).where(AttendanceMark.id == 1))",
        "session.bulk_insert_mappings(Person, rows)",
        "session.bulk_update_mappings(Meeting, rows)",
    ],
)
def test_the_check_sees_each_way_around_the_writer(source: str) -> None:
    assert write_statements(source), source


@pytest.mark.parametrize(
    "source",
    [
        "session.execute(insert(Installation).values(next_seq=1))",
        "session.execute(update(Peer).values(device_name='x'))",
        "session.execute(delete(FieldHead).where(FieldHead.row_id == 'x'))",
        "raw.executemany('INSERT INTO op_log (a) VALUES (?)', rows)",
        "names.update({'a': 1})",
        "session.bulk_insert_mappings(Installation, rows)",
        "from sqlalchemy import insert as add\nsession.execute(add(Op), rows)",
        "self.update()",
    ],
)
def test_the_check_lets_other_tables_and_other_updates_be(source: str) -> None:
    assert write_statements(source) == [], source
