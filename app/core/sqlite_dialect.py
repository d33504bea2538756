"""SQLAlchemy's SQLite dialect, told that every Tirek engine speaks the same SQL.

SQLAlchemy compiles each statement once and keeps the result in a cache whose key starts
with the dialect object, and every engine makes its own dialect. So each database opened
compiled every statement again: a restore's check beside the open store, the sync state
machine's laptops (a fresh set per example), every test's store. Compiling is about a tenth
of the test suite's time.

Every engine of ours is made by `database.make_engine` from the same arguments and speaks
to the same driver (sqlcipher3 and the SQLite inside it), so their dialects compile every
statement to the same SQL. This class says so: two of them are equal when they have the
same driver module and the same server version, and the engines share one compiled cache
(`COMPILED`). Imported only when the first engine is made (SQLAlchemy is kept off the
start-up path, app/core/database.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.util import LRUCache

# Room for every statement the app compiles (about 700 in the whole test suite) with space
# to spare: SQLAlchemy's own default is 500 per engine.
COMPILED: LRUCache[Any, Any] = LRUCache(2000)


class TirekSQLiteDialect(SQLiteDialect_pysqlite):
    supports_statement_cache = True

    def _same(self) -> tuple[Any, ...]:
        return (type(self), self.dbapi, self.server_version_info, self.paramstyle)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TirekSQLiteDialect) and other._same() == self._same()

    def __hash__(self) -> int:
        # Only what never changes: the server version is learnt on the first connection.
        return hash((type(self), id(self.dbapi)))
