"""The event store: one interface (``Store``), SQLite by default, PostgreSQL for shared use.

store = open_store("sqlite:///events.sqlite")   # or a plain path, ":memory:", "postgresql://..."
store.add_result(result)                         # idempotent; merges across articles
store.events(country="Syria", since=date(2018, 2, 1))
"""

from __future__ import annotations

from ..settings import Settings, default_settings
from .base import AddOutcome, EventFilter, Rejection, SQLStore, Store

__all__ = ["AddOutcome", "EventFilter", "Rejection", "Store", "SQLStore", "open_store", "sqlite_path"]


def sqlite_path(url: str) -> str | None:
    """The file path of a SQLite URL or plain path; None for a PostgreSQL URL."""
    if url.startswith(("postgresql://", "postgres://")):
        return None
    if url in (":memory:", "sqlite://", "sqlite:///:memory:"):
        return ":memory:"
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    if url.startswith("sqlite:"):
        return url[len("sqlite:") :]
    return url


def open_store(url: str | None = None, settings: Settings | None = None) -> Store:
    """A store for ``url`` (``settings.db_url`` when None); the schema is migrated on opening."""
    settings = settings or default_settings()
    url = url or settings.db_url
    path = sqlite_path(url)
    if path is None:
        from .postgres import PostgresStore

        return PostgresStore(url, settings)
    from .sqlite import SQLiteStore

    return SQLiteStore(path, settings)
