"""Named, recorded schema migrations (sqlite-utils' habit): applied in order, each once.

Every migration is a list of SQL statements written once for both databases; ``{serial}`` is the
dialect's auto-increment primary key and ``{float}`` its double-precision type. The table
``_migrations`` records which names are applied; a store applies the missing ones when it opens.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, list[str]]] = [
    (
        "0001_articles_mentions_events",
        [
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                published TEXT,
                title TEXT,
                outlet TEXT,
                agency TEXT,
                url TEXT,
                source TEXT,
                dup_group TEXT NOT NULL,
                minhash TEXT NOT NULL,
                json TEXT NOT NULL,
                added_at TEXT NOT NULL
            )""",
            "CREATE INDEX articles_dup_group ON articles (dup_group)",
            """CREATE TABLE article_bands (
                band TEXT NOT NULL,
                article_id TEXT NOT NULL,
                PRIMARY KEY (band, article_id)
            )""",
            """CREATE TABLE mentions (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL,
                idx INTEGER NOT NULL,
                status TEXT NOT NULL,
                day_lo INTEGER,
                day_hi INTEGER,
                country TEXT,
                event_id TEXT,
                json TEXT NOT NULL
            )""",
            "CREATE INDEX mentions_day ON mentions (day_lo, day_hi)",
            "CREATE INDEX mentions_article ON mentions (article_id)",
            "CREATE INDEX mentions_event ON mentions (event_id)",
            """CREATE TABLE events (
                id TEXT PRIMARY KEY,
                event_date TEXT,
                country TEXT,
                iso3 TEXT,
                admin1 TEXT,
                event_type TEXT,
                sub_event_type TEXT,
                actors TEXT,
                fatalities INTEGER,
                n_articles INTEGER NOT NULL,
                updated_at TEXT NOT NULL,
                json TEXT NOT NULL
            )""",
            "CREATE INDEX events_date ON events (event_date)",
            "CREATE INDEX events_country ON events (country)",
        ],
    ),
    (
        "0002_rejections",
        [
            """CREATE TABLE rejections (
                id {serial},
                source TEXT NOT NULL,
                code TEXT,
                reason TEXT NOT NULL,
                rejected_at TEXT NOT NULL,
                UNIQUE (source, reason)
            )""",
        ],
    ),
]

MIGRATIONS.append(
    (
        # Coordinates on mentions let the neighbour query of merging skip far-away reports in SQL.
        # Rows stored before this migration keep NULLs and are simply never filtered out.
        "0003_mention_coordinates",
        [
            "ALTER TABLE mentions ADD COLUMN lat {float}",
            "ALTER TABLE mentions ADD COLUMN lon {float}",
            "ALTER TABLE mentions ADD COLUMN geo_precision INTEGER",
        ],
    )
)

MIGRATIONS.append(
    (
        # The neighbour query of merging asks for one country's reports in a date range.
        "0004_mentions_country_day_index",
        ["CREATE INDEX mentions_country_day ON mentions (country, day_lo, day_hi)"],
    )
)

DIALECTS = {
    "sqlite": {"serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "float": "REAL"},
    "postgresql": {"serial": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "float": "DOUBLE PRECISION"},
}

CREATE_TABLE = "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"


def statements(dialect: str, sql: list[str]) -> list[str]:
    return [s.format(**DIALECTS[dialect]) for s in sql]
