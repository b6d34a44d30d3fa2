"""The `checkins` command: Flask's CLI plus the project's own commands."""

from __future__ import annotations

import sys

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
    from checkins.demo import DEMO_PASSWORD, DEMO_USERS, seed_conversations, seed_demo

    services = _services()
    now = utcnow()
    with services.transaction() as session:
        created = seed_demo(session, now)
    if created:
        seed_conversations(services.engine, services.settings.public_base_url, now)
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


@main.command("classify", with_appcontext=False)
def classify_command() -> None:
    """Read JSON lines (id, text, asked, medications, language) on stdin; write one reading per line."""
    from checkins.triage.cli import classify_lines

    errors = 0
    for line in classify_lines(sys.stdin):
        errors += '"error":' in line
        click.echo(line)
    if errors:
        raise SystemExit(f"{errors} line(s) could not be read; see their 'error' field")


@main.command("create-user")
@click.argument("email")
@click.option("--role", type=click.Choice(["admin", "prescriber"]), required=True)
@click.option("--name", required=True)
@click.option("--phone", default=None, help="Mobile number for urgent alerts (E.164).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.option("--clinic-name", default="My clinic", show_default=True,
              help="Name of the clinic, when this is the first account of a new installation.")
def create_user_command(email: str, role: str, name: str, phone: str | None, password_stdin: bool,
                        clinic_name: str) -> None:
    """Create a staff account (the first admin, typically). The password is asked for, never an argument."""
    from sqlmodel import select

    from checkins.models import Clinic
    from checkins.users import UserInput, create_user
    from checkins.validation import ValidationError

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        with _services().transaction() as session:
            clinic = session.exec(select(Clinic)).first()
            if clinic is None:
                # A fresh installation: the first account comes with the clinic row admins then fill in.
                clinic = Clinic(name=clinic_name)
                session.add(clinic)
                session.flush()
            user = create_user(session, UserInput(email=email, name=name, role=role, phone=phone or "",
                                                  password=password), clinic, now=utcnow())
    except ValidationError as error:
        raise click.ClickException("; ".join(f"{k} {v}" for k, v in error.errors.items())) from None
    click.echo(f"created {role} {user.email} (id {user.id})")


@main.command("create-token")
@click.argument("email")
def create_token_command(email: str) -> None:
    """Create an API token for an admin; it is shown once and stored only as a hash."""
    from sqlmodel import select

    from checkins.models import Role, User
    from checkins.tokens import create_token

    with _services().transaction() as session:
        user = session.exec(select(User).where(User.email == email.strip().lower())).first()
        if user is None or not user.active:
            raise click.ClickException(f"no active user with the email {email}")
        if user.role != Role.ADMIN:
            raise click.ClickException("API tokens carry admin scope; this user is not an admin")
        row, token = create_token(session, user, utcnow())
    click.echo(f"token {row.id} for {email} (shown once; store it now):")
    click.echo(token)


@main.command("revoke-token")
@click.argument("token_id", type=int)
def revoke_token_command(token_id: int) -> None:
    """Revoke an API token by its id."""
    from checkins.tokens import revoke

    with _services().transaction() as session:
        if not revoke(session, token_id, utcnow()):
            raise click.ClickException(f"no live token with id {token_id}")
    click.echo(f"token {token_id} revoked")
