"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from checkins.migrate import upgrade_to_head


def test_migrations_match_the_models(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), SQLModel.metadata)
    assert diff == []


def test_upgrading_twice_is_harmless(engine):
    url = engine.url.render_as_string(hide_password=False)
    upgrade_to_head(url)
    upgrade_to_head(url)
    assert "patient" in inspect(engine).get_table_names()


def test_the_due_query_has_an_index(engine):
    indexes = {tuple(ix["column_names"]) for ix in inspect(engine).get_indexes("patient")}
    assert ("next_checkin_at",) in indexes
