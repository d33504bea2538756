"""Per-origin hash chains over the op log: what an origin's signature covers.

chain(0) = SHA-256("tirek-chain-1" | origin) and chain(n) = SHA-256(chain(n-1) | bytes of
op n), over each origin's ops in sequence order. The chain at an op is its content hash
and its whole past: two different ops under one (origin, seq) have different chains, and
an origin that signs the chain at seq N (a checkpoint, see app/sync/signing.py) vouches
for every one of its ops up to N with one signature.

Only the newest chain per origin is stored (`sync_chain`): it is all a receiver needs to
verify a continuation. The writer advances this laptop's own chain as it flushes ops.

Erased ops (app/core/erasure.py) no longer hold the bytes their chain was computed over.
A *seal* (origin, seq) -> (chain before, chain after) was taken from the original op
before it was scrubbed; `extend` steps over a sealed op by checking that the running
chain equals the seal's "before" and continuing from its "after". Ops after the seal stay
bound to the origin's signed checkpoint (changing one would need a SHA-256 preimage).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

GENESIS_TAG = b"tirek-chain-1\n"


def genesis(origin: str) -> bytes:
    return hashlib.sha256(GENESIS_TAG + origin.encode()).digest()


Seals = Mapping[int, tuple[bytes, bytes]]  # seq -> (chain before, chain after)
BROKEN = b"\0" * 32  # what `extend` returns where a seal does not join the chain


def extend(chain: bytes, ops: Iterable[Sequence[Any]], seals: Seals | None = None) -> bytes:
    """The chain after `ops` (consecutive ops of one origin, in sequence order).

    Each op's canonical bytes are its columns after the origin, joined by "|", each text
    length-prefixed ("5:value", "~" for None) so no value can imitate a separator. The
    hot loop of a signed import: entity, row, kind and author are never None; one SHA-256
    per op. `seals` (rare): the chain around erased ops.
    """
    if seals:
        return _extend_sealed(chain, ops, seals)
    sha = hashlib.sha256
    for _o, seq, hlc, ent, row, fld, kind, val, par, auth in ops:
        f = "~" if fld is None else f"{len(fld)}:{fld}"
        v = "~" if val is None else f"{len(val)}:{val}"
        p = "~" if par is None else f"{len(par)}:{par}"
        data = f"{seq}|{hlc}|{len(ent)}:{ent}|{len(row)}:{row}|{f}|{len(kind)}:{kind}|{v}|{p}|"
        chain = sha(chain + (data + f"{len(auth)}:{auth}").encode()).digest()
    return chain


def _extend_sealed(chain: bytes, ops: Iterable[Sequence[Any]], seals: Seals) -> bytes:
    for op in ops:
        seal = seals.get(op[1])
        if seal is None:
            chain = extend(chain, (op,))
        elif chain != seal[0]:
            return BROKEN  # never equals a real chain: the caller refuses or recomputes
        else:
            chain = seal[1]
    return chain


def step(before: bytes, op: Sequence[Any]) -> bytes:
    """The chain after one op from `before`: does an original op match a seal?"""
    return extend(before, (op,))


def seals_of(conn: Connection, origin: str, first: int = 0, last: int | None = None) -> Seals:
    """The seals of `origin`'s scrubbed ops held here (table `op_seal`), by seq."""
    rows = conn.exec_driver_sql(
        "SELECT seq, before, after FROM op_seal WHERE replica_id = ? AND seq >= ? AND seq <= ?",
        (origin, first, last if last is not None else 2**62),
    )
    return {int(s): (bytes.fromhex(b), bytes.fromhex(a)) for s, b, a in rows}


OP_COLUMNS = "replica_id, seq, hlc, entity, row_id, field, kind, value, parents, author"


def tip(conn: Connection, origin: str, upto: int) -> bytes:
    """The chain of `origin` at seq `upto`, from the stored tip (caught up from the op log).

    Does not store anything: callers that write store the result with `store_tip`.
    """
    row = conn.exec_driver_sql(
        "SELECT seq, chain FROM sync_chain WHERE origin = ?", (origin,)
    ).first()
    seq, value = (0, genesis(origin)) if row is None else (int(row[0]), bytes.fromhex(row[1]))
    if seq > upto:  # the stored tip is ahead (ops were re-issued): start again
        seq, value = 0, genesis(origin)
    if seq == upto:
        return value
    ops = conn.exec_driver_sql(
        f"SELECT {OP_COLUMNS} FROM op_log WHERE replica_id = ? AND seq > ? AND seq <= ? "
        "ORDER BY seq",
        (origin, seq, upto),
    )
    return extend(value, ops, seals_of(conn, origin, seq + 1, upto))


def store_tip(
    conn: Connection,
    origin: str,
    seq: int,
    value: bytes,
    signature: str | None = None,
    signed_by: str | None = None,
) -> None:
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO sync_chain (origin, seq, chain, signature, signed_by) "
        "VALUES (?, ?, ?, ?, ?)",
        (origin, seq, value.hex(), signature, signed_by),
    )


def advance_own(conn: Connection, ops: Sequence[dict[str, Any]]) -> None:
    """Writer hook: extend this laptop's chain over the ops it is about to insert."""
    if not ops:
        return
    origin, first = ops[0]["replica_id"], ops[0]["seq"]
    start = tip(conn, origin, first - 1)
    cols = ("replica_id", "seq", "hlc", "entity", "row_id", "field", "kind", "value")
    rows = [(*(o[c] for c in cols), o["parents"], o["author"]) for o in ops]
    store_tip(conn, origin, ops[-1]["seq"], extend(start, rows))
