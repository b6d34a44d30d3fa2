"""Signing in through the real form, CSRF token included."""

from __future__ import annotations

import re

from tests.support.factories import PASSWORD

_TOKEN = re.compile(r'name="csrf-token" content="([^"]+)"')


def csrf_token(client, path: str = "/login") -> str:
    page = client.get(path, follow_redirects=True)  # a signed-in /login lands on the inbox
    match = _TOKEN.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {path} ({page.status_code})"
    return match.group(1)


def sign_in(client, email: str, password: str = PASSWORD):
    token = csrf_token(client)
    return client.post("/login", data={"email": email, "password": password, "csrf_token": token})


def post(client, path: str, data: dict | None = None, **kwargs):
    """POSTs a form with a fresh CSRF token taken from the inbox page."""
    token = csrf_token(client, "/inbox")
    return client.post(path, data={**(data or {}), "csrf_token": token}, **kwargs)
