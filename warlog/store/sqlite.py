"""The default store: one SQLite file in WAL mode (no server), or ``:memory:`` for tests."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import StoreError
from ..settings import Settings
from .base import SQLStore

BUSY_TIMEOUT_MS = 30000


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str, settings: Settings | None = None):
        super().__init__(settings)
        self.path = path
        try:
            self._conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite store: {exc}", source=path) from None
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a process crash never loses a committed transaction.
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._depth = 0
        self.migrate()

    def _execute(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, tuple(params))

    def _execute_many(self, sql: str, rows: list[tuple]) -> None:
        self._conn.executemany(sql, rows)

    def _query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return self._conn.execute(sql, tuple(params)).fetchall()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:  # nested: part of the outer transaction
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth -= 1

    def size_bytes(self) -> int:
        if self.path == ":memory:":
            page_count = self._query("PRAGMA page_count")[0][0]
            return page_count * self._query("PRAGMA page_size")[0][0]
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(os.path.getsize(p) for p in (self.path, self.path + "-wal") if os.path.exists(p))

    def close(self) -> None:
        self._conn.close()
