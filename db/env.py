"""Alembic environment. Tirek passes its own connection in (app/core/database.py)."""

from __future__ import annotations

from alembic import context

from app.core.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj: object, name: str | None, type_: str, reflected: bool, _to: object) -> bool:
    # A model over a view (Op over op_log, see app/core/opcodec.py) is not a table to create.
    return not (type_ == "table" and getattr(obj, "info", {}).get("is_view"))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Tirek migrations run through app.core.database, not the alembic CLI")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only alter tables by rebuilding them
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
