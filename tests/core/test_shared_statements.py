"""Databases opened in one process share compiled statements, and nothing else.

Every engine is made by `database.make_engine` and speaks the same SQL, so a statement
compiled for one database is reused for the next (app/core/sqlite_dialect.py). What must
hold: the second database finds the statement compiled, each database still answers with
its own rows, and an encrypted and a plain database work side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.core.services import people
from app.core.store import Store


def _cache_answers(store: Store) -> list[Any]:
    """What SQLAlchemy's statement cache answered for each statement `store` runs."""
    answers: list[Any] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _seen(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        if context is not None and context.compiled is not None:
            answers.append(context.cache_hit)

    return answers


def test_a_second_database_reuses_what_the_first_compiled_and_answers_with_its_own_rows(
    make_store: Callable[..., Store], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    osh = make_store("osh")
    people.create_person(osh, {"full_name": "Айнура Сатыбалдиева"})
    assert [p.full_name for p in people.list_people(osh).rows] == ["Айнура Сатыбалдиева"]

    monkeypatch.setenv("TIREK_PASSPHRASE", "")  # a plain database beside the encrypted one
    naryn = Store.open(tmp_path / "naryn")
    try:
        naryn.initialise("Naryn-1", "trainer")
        people.create_person(naryn, {"full_name": "Гулзат Абдыкадырова"})
        answers = _cache_answers(naryn)
        listed = people.list_people(naryn).rows

        assert [p.full_name for p in listed] == ["Гулзат Абдыкадырова"]
        assert answers, "the listing ran compiled statements"
        hit = naryn.engine.dialect.CACHE_HIT
        assert all(a == hit for a in answers), "compiled again for the second database"
        assert naryn.engine.dialect == osh.engine.dialect
        assert [p.full_name for p in people.list_people(osh).rows] == ["Айнура Сатыбалдиева"]
    finally:
        naryn.close()
