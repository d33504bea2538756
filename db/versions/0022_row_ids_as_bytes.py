"""Row ids as 16 bytes (issue 18): every uuid in the user tables' id and reference columns.

A canonical uuid (lower-case, hyphenated: what `new_id` and `link_id` make) is stored as
its 16 bytes instead of 36 characters, in the row and in every index over the column;
anything else stays text (app/core/models/base.py, `RowId`). The DDL is unchanged
(VARCHAR(36): SQLite's TEXT affinity keeps a BLOB as it is). The op log is untouched: it
already stores row ids as bytes (0021).

The rows shrink in place; only VACUUM gives the pages back to the disk, and
app.core.database.migrate runs it after this upgrade (and checks free disk first), with
foreign keys off for the upgrade and checked after it. Here the checks are deferred to
the commit, so the upgrade is also right on a connection with foreign keys on.

Revision ID: 0022
Revises: 0021
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from typing import Any

from alembic import op

revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("tirek.migration")

# Frozen: the syncable tables' uuid-valued columns at this revision.
COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("action_item", ("id", "meeting_id", "owner_person_id")),
    ("assessment", ("id", "organisation_id", "version_id")),
    ("assessment_dimension", ("id", "version_id")),
    ("assessment_framework", ("id",)),
    ("assessment_question", ("id", "dimension_id")),
    ("assessment_score", ("id", "assessment_id", "dimension_id", "question_id")),
    ("attendance_mark", ("id", "person_id", "session_id")),
    ("certificate", ("id", "person_id", "training_id")),
    ("certificate_override", ("id", "person_id", "training_id")),
    ("certificate_revocation", ("id",)),
    ("consent_record", ("id", "person_id")),
    ("decision", ("id", "meeting_id")),
    ("device_retirement", ("id",)),
    ("district", ("id", "region_id")),
    ("duplicate_decision", ("id", "person_a_id", "person_b_id")),
    ("enrolment", ("id", "person_id", "training_id")),
    ("follow_up_call", ("id", "person_id", "training_id")),
    ("framework_version", ("id", "framework_id")),
    ("indicator_target", ("id", "indicator_id")),
    ("indicator_value", ("id", "indicator_id")),
    ("issuer_statement", ("id",)),
    ("knowledge_question", ("id", "test_id")),
    ("knowledge_score", ("id", "person_id", "test_id", "training_id")),
    ("knowledge_test", ("id", "topic_id")),
    ("local_result", ("id", "district_id", "project_id", "region_id")),
    ("local_result_link", ("id", "meeting_id", "organisation_id", "result_id")),
    ("meeting", ("id", "district_id", "project_id", "region_id")),
    ("meeting_attendee", ("id", "meeting_id", "person_id")),
    ("nap_evidence", ("id", "indicator_id", "record_id")),
    ("nap_indicator", ("id", "plan_id", "task_id")),
    ("nap_objective", ("id", "plan_id")),
    ("nap_plan", ("id",)),
    ("nap_progress", ("id", "indicator_id", "region_id")),
    ("nap_task", ("id", "objective_id")),
    ("organisation", ("id", "district_id", "region_id")),
    ("outcome", ("id", "person_id")),
    ("outcome_training", ("id", "outcome_id", "training_id")),
    ("person", ("id", "district_id", "merged_into_id", "organisation_id", "region_id")),
    ("person_erasure", ("id", "person_id")),
    ("project", ("id",)),
    ("project_partner", ("id", "organisation_id", "project_id")),
    ("region", ("id",)),
    ("result_indicator", ("id", "nap_indicator_id", "project_id", "statement_id")),
    ("result_statement", ("id", "project_id")),
    ("session", ("id", "training_id")),
    ("tombstone_compaction", ("id",)),
    ("topic", ("id",)),
    ("training", ("id", "district_id", "project_id", "region_id")),
    ("training_test", ("id", "test_id", "training_id")),
    ("training_topic", ("id", "topic_id", "training_id")),
    ("training_trainer", ("id", "person_id", "training_id")),
)

# 256 MB of page cache while the rows are rewritten: their index entries are updated in
# uuid (random) order, and a small cache makes that a disk seek per row.
CACHE_KIB = 262_144


def id_bytes(value: Any) -> Any:
    """A frozen copy of app/core/models/base.py `id_bytes` (NULL and bytes pass)."""
    if isinstance(value, str) and len(value) == 36:
        try:
            raw = uuid.UUID(value)
        except ValueError:
            return value
        if str(raw) == value:
            return raw.bytes
    return value


def id_text(value: Any) -> Any:
    if isinstance(value, bytes) and len(value) == 16:
        return str(uuid.UUID(bytes=value))
    return value


def _sql(statement: str) -> Any:
    return op.get_bind().exec_driver_sql(statement)


def _convert(function: str, stored_as: str) -> None:
    raw = op.get_bind().connection.dbapi_connection
    assert raw is not None
    raw.create_function("tirek_id_bytes", 1, id_bytes, deterministic=True)  # type: ignore[attr-defined]
    raw.create_function("tirek_id_text", 1, id_text, deterministic=True)  # type: ignore[attr-defined]
    # The parents and their children are rewritten one table after the other.
    _sql("PRAGMA defer_foreign_keys = ON")
    cache = _sql("PRAGMA cache_size").scalar()
    _sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        for table, columns in COLUMNS:
            sets = ", ".join(f"{c} = {function}({c})" for c in columns)
            where = " OR ".join(f"typeof({c}) = '{stored_as}'" for c in columns)
            _sql(f"UPDATE {table} SET {sets} WHERE {where}")
            log.info("row ids: %s done", table)
    finally:
        _sql(f"PRAGMA cache_size = {int(cache)}")


def upgrade() -> None:
    _convert("tirek_id_bytes", "text")


def downgrade() -> None:
    _convert("tirek_id_text", "blob")
