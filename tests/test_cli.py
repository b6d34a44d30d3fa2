"""The `checkins` command: first account, API tokens, classify."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlmodel import Session, select

from checkins.cli import main
from checkins.models import ApiToken, Clinic, User
from checkins.passwords import verify_password
from tests.conftest import REDIS_URL


@pytest.fixture
def run(engine, redis_conn):
    env = {"DATABASE_URL": engine.url.render_as_string(hide_password=False), "REDIS_URL": REDIS_URL,
           "CHECKINS_ENV": "test", "SMS_TRANSPORT": "simulator"}

    def invoke(*args, stdin=None):
        return CliRunner().invoke(main, list(args), input=stdin, env=env, catch_exceptions=False)
    return invoke


def test_the_first_admin_comes_with_a_clinic_and_then_a_token(run, engine, client):
    result = run("create-user", "First@Clinic.org", "--role", "admin", "--name", "Fran First", "--password-stdin",
                 "--clinic-name", "Hillside", stdin="a-long-password-123\n")
    assert result.exit_code == 0, result.output
    with Session(engine) as session:
        user = session.exec(select(User)).one()
        assert session.exec(select(Clinic)).one().name == "Hillside"
    assert user.email == "first@clinic.org" and verify_password(user.password_hash, "a-long-password-123")
    token_result = run("create-token", "first@clinic.org")
    assert token_result.exit_code == 0
    token = token_result.output.strip().splitlines()[-1]
    assert client.get("/api/escalations", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    with Session(engine) as session:
        token_id = session.exec(select(ApiToken.id)).one()
    assert run("revoke-token", str(token_id)).exit_code == 0
    assert client.get("/api/escalations", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_bad_accounts_are_refused_with_the_reason(run, people):
    result = run("create-user", "x@example.org", "--role", "prescriber", "--name", "X", "--password-stdin",
                 stdin="short\n")
    assert result.exit_code != 0 and "password" in result.output and "phone" in result.output
    assert "not an admin" in run("create-token", "bob@example.org").output
    assert "no active user" in run("create-token", "ghost@example.org").output


def test_classify_reads_and_writes_json_lines(run):
    lines = "\n".join(json.dumps(x) for x in (
        {"id": "a", "text": "i want to end my life", "asked": "open", "medications": [], "language": "en"},
        {"id": "b", "text": "STOP", "asked": "mood", "medications": [], "language": "en"},
    ))
    result = run("classify", stdin=lines + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.strip().splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[0]["triage"] == "urgent" and out[0]["crisis"] is True and out[1]["keyword"] == "stop"
