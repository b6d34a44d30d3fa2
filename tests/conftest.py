"""Fixtures: real databases (SQLite and PostgreSQL), real Redis, a fake Twilio on loopback.

PostgreSQL tests run whenever TEST_DATABASE_URL (default: the local `test`
database) is reachable; otherwise they are skipped with the reason shown,
unless CHECKINS_REQUIRE_POSTGRES=1 (scripts/test, and so .ci/run, sets it unless
told otherwise), which turns that skip into a failure.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
import redis as redis_lib
from sqlalchemy import text
from sqlmodel import SQLModel

import checkins.models  # noqa: F401
from checkins import services as services_module
from checkins.db import make_engine, transaction
from checkins.migrate import upgrade_to_head
from checkins.services import Services
from checkins.settings import Settings
from tests.support.factories import seed_clinic
from tests.support.fake_twilio import FakeTwilio

PG_URL = os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
REQUIRE_PG = os.environ.get("CHECKINS_REQUIRE_POSTGRES") == "1"
AUTH_TOKEN = "test-auth-token-0123456789abcdef"
ACCOUNT_SID = "AC" + "0" * 32
PUBLIC_URL = "https://checkins.test"
NOW = datetime(2026, 2, 2, 15, 0, tzinfo=UTC)  # a Monday, 10:00 in New York (EST)


def _pg_available() -> str | None:
    try:
        engine = make_engine(PG_URL)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return f"PostgreSQL not reachable at TEST_DATABASE_URL ({type(exc).__name__})"


@pytest.fixture(scope="session")
def _engines(tmp_path_factory):
    """Migrated engines per backend, created once per run."""
    engines = {}
    yield engines
    for engine in engines.values():
        engine.dispose()


def _engine_for(backend: str, engines: dict, tmp_path_factory):
    if backend in engines:
        return engines[backend]
    if backend == "postgresql":
        problem = _pg_available()
        if problem:
            if REQUIRE_PG:
                pytest.fail(problem + " and CHECKINS_REQUIRE_POSTGRES=1")
            pytest.skip(problem)
        url = PG_URL
        engine = make_engine(url)
        with engine.begin() as conn:
            SQLModel.metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
            for function in ("audit_event_append_only", "clinic_new_stamp", "clinic_templates_changed"):
                conn.execute(text(f"DROP FUNCTION IF EXISTS {function}() CASCADE"))
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
        engine = make_engine(url)
    upgrade_to_head(url)
    engines[backend] = engine
    return engine


def _wipe(engine) -> None:
    tables = [t.name for t in reversed(SQLModel.metadata.sorted_tables)]
    # The audit trail refuses deletes by trigger; tests lift that only while wiping.
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
            conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))
        else:
            triggers = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
            for name, _sql in triggers:
                conn.execute(text(f'DROP TRIGGER "{name}"'))
            for t in tables:
                conn.execute(text(f'DELETE FROM "{t}"'))
            for _name, sql in triggers:
                conn.execute(text(sql))


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, _engines, tmp_path_factory):
    """A migrated, empty database on each backend."""
    engine = _engine_for(request.param, _engines, tmp_path_factory)
    _wipe(engine)
    return engine


@pytest.fixture
def redis_conn():
    """A real Redis (database 15), emptied before each test."""
    conn = redis_lib.Redis.from_url(REDIS_URL)
    try:
        conn.ping()
    except redis_lib.ConnectionError as exc:
        pytest.fail(f"Redis is required for the tests and is not reachable at {REDIS_URL}: {exc}")
    conn.flushdb()
    yield conn
    conn.flushdb()


@pytest.fixture
def fake_twilio():
    with FakeTwilio(account_sid=ACCOUNT_SID) as fake:
        yield fake


def make_settings(engine, *, twilio_url: str | None = None, **overrides) -> Settings:
    values = dict(
        env="test", database_url=engine.url.render_as_string(hide_password=False), redis_url=REDIS_URL,
        secret_key="test-secret-key-0123456789", public_base_url=PUBLIC_URL,
        twilio_account_sid=ACCOUNT_SID, twilio_auth_token=AUTH_TOKEN,
        twilio_messaging_service_sid="MG" + "1" * 32,
        twilio_api_base_url=twilio_url, sms_transport="twilio" if twilio_url else "simulator",
        send_rate_per_second=1000.0, provider_timeout=2.0,
    )
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def services(engine, redis_conn, fake_twilio):
    """Services wired to the test database, Redis and the fake Twilio."""
    svc = Services(make_settings(engine, twilio_url=fake_twilio.url), engine=engine)
    services_module.install(svc)
    yield svc
    services_module.install(None)


@pytest.fixture
def people(engine):
    """The clinic, its default plan and the personas alice (admin), bob and carol (prescribers)."""
    with transaction(engine) as session:
        return seed_clinic(session)


@pytest.fixture
def app(services):
    from checkins.app import create_app

    app = create_app({"SETTINGS": services.settings, "SERVICES": services, "TESTING": True})
    return app


@pytest.fixture
def client(app):
    return app.test_client()
