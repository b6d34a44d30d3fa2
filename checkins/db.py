"""Engine construction and the UTC datetime column type, for SQLite and PostgreSQL."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import DateTime, create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.types import TypeDecorator
from sqlmodel import Session

# Ids are PostgreSQL integers: anything larger in a URL or a query names no row.
MAX_ID = 2**31 - 1


class UTCDateTime(TypeDecorator):
    """Stores aware datetimes as UTC and always returns them aware in UTC.

    SQLite has no time zones, so values are stored naive-UTC there; refusing
    naive input keeps local times from slipping in unnoticed.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; use an aware UTC datetime")
        value = value.astimezone(UTC)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def make_engine(url: str, **kwargs) -> Engine:
    """Returns an engine; SQLite gets WAL, a busy timeout and write-locking transactions."""
    parsed = make_url(url)
    # A failed statement's parameters are message bodies and phone numbers: keep them out of
    # exception texts, which reach logs and RQ's failed-job registry.
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() != "sqlite":
        kwargs.setdefault("pool_pre_ping", True)
        engine = create_engine(url, **kwargs)

        @event.listens_for(engine, "handle_error")
        def _no_values_in_errors(context):
            # PostgreSQL repeats the offending values in DETAIL ("Key (phone)=(+1…) already exists").
            orig, wrapped = context.original_exception, context.sqlalchemy_exception
            if wrapped is None or not orig.args or "\nDETAIL:" not in str(orig.args[0]):
                return None
            orig.args = (str(orig.args[0]).split("\nDETAIL:")[0],)
            return type(wrapped)(context.statement, context.parameters, orig, hide_parameters=True,
                                 connection_invalidated=context.is_disconnect)

        return engine
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record):
        # Let SQLAlchemy issue BEGIN itself (below) instead of pysqlite's lazy one.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        # IMMEDIATE takes the write lock up front: a deferred transaction that
        # later writes fails with "database is locked" instead of waiting.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


@contextmanager
def transaction(bind: Engine | Connection) -> Iterator[Session]:
    """Yields a session inside one transaction: committed on success, rolled back on error.

    `bind` may be a connection already checked out (and not in a transaction), so that
    several transactions in a row share one checkout and its liveness ping.
    """
    with Session(bind, expire_on_commit=False) as session:
        with session.begin():
            yield session
