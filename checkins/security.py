"""Request guards: CSRF on every form, security headers, the signed-in user and idle sign-out."""

from __future__ import annotations

import secrets
from functools import wraps

from flask import Flask, abort, flash, g, redirect, request, session, url_for
from flask_wtf.csrf import CSRFProtect

from checkins.db import transaction
from checkins.models import Role, User, utcnow
from checkins.outbox import get_clinic
from checkins.web import services

csrf = CSRFProtect()

# No inline script or style anywhere: every script and sheet is a shipped static file.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# Requests that must not count as activity (the inbox's light poll would keep a session alive forever).
PASSIVE_ENDPOINTS = {"inbox.poll", "static"}


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    app.before_request(_load_user)
    app.after_request(_headers)


def start_session(user: User) -> None:
    """A fresh session at sign-in: nothing from before survives (no session fixation)."""
    session.clear()
    session["uid"] = user.id
    session["nonce"] = secrets.token_urlsafe(16)
    session["seen"] = utcnow().timestamp()
    session.permanent = False


def end_session() -> None:
    session.clear()


def _load_user() -> None:
    g.user = None
    uid = session.get("uid")
    if uid is None:
        return
    now = utcnow().timestamp()
    with transaction(services().engine) as db:
        user = db.get(User, uid)
        idle_limit = get_clinic(db).idle_timeout_minutes * 60
        if user is not None:
            db.expunge(user)
    if user is None or not user.active:
        session.clear()
        return
    if now - session.get("seen", 0) > idle_limit:
        session.clear()
        flash(f"You were signed out after {idle_limit // 60} minutes without activity.", "info")
        return
    if request.endpoint not in PASSIVE_ENDPOINTS:
        session["seen"] = now
    g.user = user


def _headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    if request.endpoint != "static":
        # Pages may show patient data: never stored by the browser or a proxy.
        response.headers["Cache-Control"] = "no-store"
    return response


def client_ip() -> str | None:
    return request.remote_addr


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if g.get("user") is None:
            if request.accept_mimetypes.best == "application/json" or request.path.endswith(".json"):
                abort(401)
            return redirect(url_for("auth.login", next=request.full_path if request.query_string else request.path))
        return view(*args, **kwargs)
    return wrapped


def admin_required(view):
    @login_required
    @wraps(view)
    def wrapped(*args, **kwargs):
        if g.user.role != Role.ADMIN:
            abort(404)
        return view(*args, **kwargs)
    return wrapped
