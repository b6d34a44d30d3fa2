"""Sign-in, sessions, CSRF and security headers."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from sqlmodel import Session, select

from checkins.app import create_app
from checkins.models import AuditEvent
from checkins.signin import ACCOUNT_LIMIT, REFUSED
from tests.conftest import NOW
from tests.support.web import csrf_token, post, sign_in


@pytest.fixture(autouse=True)
def _clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def test_signing_in_opens_the_inbox_and_is_audited(client, services, people):
    response = sign_in(client, "Bob@Example.org")
    assert response.status_code == 302 and response.location == "/inbox"
    assert client.get("/inbox").status_code == 200
    with Session(services.engine) as session:
        [event] = session.exec(select(AuditEvent).where(AuditEvent.action == "signin")).all()
    assert event.user_id == people["bob"].id and event.ip == "127.0.0.1"


def test_pages_need_a_signed_in_user(client, people):
    response = client.get("/inbox/escalations/1")
    assert response.status_code == 302 and response.location.startswith("/login?next=/inbox/escalations/1")
    assert client.get("/inbox/poll.json").status_code == 401


@pytest.mark.parametrize("email, password", [("bob@example.org", "wrong-password-123"),
                                             ("nobody@example.org", "correct-horse-battery")],
                         ids=["wrong-password", "unknown-user"])
def test_a_refused_sign_in_says_the_same_thing_whatever_was_wrong(client, people, email, password):
    response = sign_in(client, email, password)
    assert response.status_code == 401
    assert REFUSED in response.get_data(as_text=True)
    assert client.get("/inbox").status_code == 302


def test_an_account_is_throttled_after_repeated_failures(client, people):
    for _ in range(ACCOUNT_LIMIT):
        assert sign_in(client, "bob@example.org", "guess-guess-guess").status_code == 401
    # Even the right password is refused now, with the same words.
    response = sign_in(client, "bob@example.org")
    assert response.status_code == 401 and REFUSED in response.get_data(as_text=True)
    # Another account is not affected.
    assert sign_in(client, "carol@example.org").status_code == 302


def test_an_address_is_throttled_across_accounts(app, people):
    client = app.test_client()
    for i in range(20):
        client.post("/login", data={"email": f"user{i}@example.org", "password": "x" * 12,
                                    "csrf_token": csrf_token(client)}, environ_base={"REMOTE_ADDR": "10.1.1.1"})
    refused = client.post("/login", data={"email": "carol@example.org", "password": "correct-horse-battery",
                                          "csrf_token": csrf_token(client)}, environ_base={"REMOTE_ADDR": "10.1.1.1"})
    assert refused.status_code == 401
    elsewhere = app.test_client()
    assert elsewhere.post("/login", data={"email": "carol@example.org", "password": "correct-horse-battery",
                                          "csrf_token": csrf_token(elsewhere)},
                          environ_base={"REMOTE_ADDR": "10.2.2.2"}).status_code == 302


def test_the_session_is_regenerated_at_sign_in(client, people):
    client.get("/login")
    with client.session_transaction() as before:
        before["planted"] = "by an attacker"
        old_token = before.get("csrf_token")
    sign_in(client, "bob@example.org")
    with client.session_transaction() as after:
        assert "planted" not in after and after["uid"] == people["bob"].id
        assert after.get("csrf_token") != old_token


def test_idle_sessions_are_signed_out_after_the_clinics_timeout(client, people, _clock):
    sign_in(client, "bob@example.org")
    _clock.shift(timedelta(minutes=14))
    assert client.get("/inbox").status_code == 200
    # The inbox's poll is not activity: a tab left open still signs out.
    _clock.shift(timedelta(minutes=10))
    assert client.get("/inbox/poll.json").status_code == 200
    _clock.shift(timedelta(minutes=6))
    response = client.get("/inbox")
    assert response.status_code == 302 and response.location.startswith("/login")
    assert "signed out after 15 minutes" in client.get("/login").get_data(as_text=True)


def test_sign_out_ends_the_session(client, people):
    sign_in(client, "bob@example.org")
    assert post(client, "/logout").status_code == 302
    assert client.get("/inbox").status_code == 302


def test_forms_without_a_csrf_token_are_refused(client, people):
    sign_in(client, "bob@example.org")
    assert client.post("/logout").status_code == 400
    assert client.post("/login", data={"email": "bob@example.org", "password": "correct-horse-battery"}
                       ).status_code == 400


def test_pages_carry_strict_security_headers(client, people):
    sign_in(client, "bob@example.org")
    response = client.get("/inbox")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cache-Control"] == "no-store"


def test_session_cookie_flags(services, people):
    from dataclasses import replace

    app = create_app({"SETTINGS": replace(services.settings, env="production", secret_key="s" * 40),
                      "SERVICES": services})
    client = app.test_client()
    response = sign_in(client, "bob@example.org")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=Lax" in cookie


def test_pages_use_no_inline_script_and_no_outside_assets():
    root = Path(__file__).resolve().parents[1] / "templates"
    for page in root.rglob("*.html"):
        html = page.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), f"inline script in {page.name}"
        assert not re.search(r"\bon[a-z]+=", html), f"inline handler in {page.name}"
        assert not re.search(r"(src|href)=\"(https?:)?//", html), f"outside asset in {page.name}"
