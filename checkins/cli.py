"""The `checkins` command: Flask's CLI plus the project's own commands."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import FlaskGroup

from checkins.app import create_app
from checkins.migrate import upgrade_to_head
from checkins.models import utcnow


def _services():
    return current_app.extensions["checkins"]


@click.group(cls=FlaskGroup, create_app=create_app)
def main() -> None:
    """checkins: between-visit text check-ins."""


@main.command("init-db")
def init_db() -> None:
    """Migrate the database to the newest schema (safe to run again)."""
    upgrade_to_head(_services().settings.database_url)
    click.echo("database is at the newest schema")


@main.command("seed-demo")
def seed_demo_command() -> None:
    """Create the demo clinic (admin, prescribers, patients) unless a clinic exists."""
    from checkins.demo import DEMO_PASSWORD, DEMO_USERS, seed_demo

    with _services().transaction() as session:
        created = seed_demo(session, utcnow())
    if created:
        click.echo("demo clinic created; sign in with (password " + DEMO_PASSWORD + "):")
        for email, _name, role, _phone in DEMO_USERS:
            click.echo(f"  {role:<10} {email}")
    else:
        click.echo("a clinic already exists; nothing seeded")


@main.command("tick")
def tick_command() -> None:
    """Run one scheduler tick now (what `rq cron` does every minute)."""
    from worker.jobs import tick

    click.echo(tick())


@main.command("classify")
def classify_command() -> None:
    """Read JSON lines (id, text, asked, medications, language) on stdin; write one reading per line."""
    import sys

    from checkins.triage.cli import classify_lines

    errors = 0
    for line in classify_lines(sys.stdin):
        errors += '"error":' in line
        click.echo(line)
    if errors:
        raise SystemExit(f"{errors} line(s) could not be read; see their 'error' field")
