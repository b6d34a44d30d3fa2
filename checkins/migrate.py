"""Runs Alembic migrations from code (the `init-db` command, the release step, tests)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from checkins.settings import PROJECT_ROOT


def alembic_config(database_url: str) -> Config:
    """Returns an Alembic config bound to `database_url`."""
    cfg = Config(str(PROJECT_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    cfg.attributes["database_url"] = database_url
    return cfg


def upgrade_to_head(database_url: str) -> None:
    """Migrates the database to the newest revision; a no-op when it is already there."""
    command.upgrade(alembic_config(database_url), "head")
