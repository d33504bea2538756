"""How field values are written into the op log (JSON) and read back into columns.

One codec per column type, derived from the models, so the writer and the sync merge
read and write values the same way.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Time
from sqlalchemy.sql.type_api import TypeEngine

Encode = Callable[[Any], Any]
Decode = Callable[[Any], Any]

# Columns that are never sent in ops: the key, the tombstone (a delete op carries it),
# and values derived from other fields (recomputed wherever a row is written).
NOT_LOGGED = frozenset({"id", "deleted"})


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _optional(parse: Callable[[Any], Any]) -> Decode:
    return lambda v: None if v is None else parse(v)


def _codec_for(coltype: TypeEngine[Any]) -> tuple[Encode, Decode]:
    if isinstance(coltype, DateTime):
        return _iso, _optional(datetime.fromisoformat)
    if isinstance(coltype, Date):
        return _iso, _optional(date.fromisoformat)
    if isinstance(coltype, Time):
        return _iso, _optional(time.fromisoformat)
    if isinstance(coltype, Boolean):
        return _optional(bool), _optional(bool)
    if isinstance(coltype, Integer):
        return _optional(int), _optional(int)
    if isinstance(coltype, Float):
        return _optional(float), _optional(float)
    return _optional(str), _optional(str)


_CODECS: dict[str, dict[str, tuple[Encode, Decode]]] = {}


def codecs(model: Any) -> dict[str, tuple[Encode, Decode]]:
    """Field name -> (encode, decode) for every logged column of `model`."""
    cached = _CODECS.get(model.__tablename__)
    if cached is not None:
        return cached
    derived = getattr(model, "__derived__", {})
    result = {
        col.key: _codec_for(col.type)
        for col in model.__table__.columns
        if col.key not in NOT_LOGGED and col.key not in derived
    }
    _CODECS[model.__tablename__] = result
    return result


# One encoder for every value and row the app writes as JSON (`json.dumps` with these
# options builds a new encoder per call, about a third of the cost of a short value).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)
