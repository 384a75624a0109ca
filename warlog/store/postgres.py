"""The shared store: PostgreSQL through psycopg 3, the same SQL and the same tests as SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from ..errors import StoreError
from ..settings import Settings
from .base import SQLStore

# Writers take this transaction-level advisory lock, so that two ingesting processes re-cluster one
# after the other (merging reads and rewrites neighbouring events).
WRITER_LOCK_KEY = 0x7761726C  # "warl"


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    return f"{scheme}://{creds.split(':', 1)[0]}@{host}"


class PostgresStore(SQLStore):
    dialect = "postgresql"

    def __init__(self, url: str, settings: Settings | None = None):
        super().__init__(settings)
        self.url = url
        try:
            self._conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL: {str(exc).strip()}", source=_redact(url)
            ) from None
        self._depth = 0
        self.migrate()

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _execute(self, sql: str, params: tuple | list = ()) -> psycopg.Cursor:
        return self._conn.execute(self._sql(sql), tuple(params))

    def _execute_many(self, sql: str, rows: list[tuple]) -> None:
        with self._conn.cursor() as cur:
            cur.executemany(self._sql(sql), rows)

    def _query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return self._conn.execute(self._sql(sql), tuple(params)).fetchall()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:
            yield
            return
        self._depth += 1
        try:
            with self._conn.transaction():
                yield
        finally:
            self._depth -= 1

    def _lock_writers(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK_KEY,))

    def size_bytes(self) -> int:
        row = self._query(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind = 'r' AND n.nspname = current_schema()"
        )
        return int(row[0][0])

    def close(self) -> None:
        self._conn.close()
