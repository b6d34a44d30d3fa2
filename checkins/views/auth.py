"""Sign in and sign out."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from checkins import audit
from checkins.db import transaction
from checkins.models import utcnow
from checkins.security import client_ip, end_session, login_required, start_session
from checkins.signin import REFUSED, Throttle, authenticate
from checkins.web import services

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str | None:
    # Only same-site paths: an attacker's link must not bounce a clinician to their site.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


def home_for(user) -> str:
    return url_for("inbox.queue_page")


@bp.get("/login")
def login():
    if g.get("user") is not None:
        return redirect(home_for(g.user))
    return render_template("auth/login.html", email="", next=_safe_next(request.args.get("next")))


@bp.post("/login")
def login_post():
    email = request.form.get("email", "")
    password = request.form.get("password", "")
    svc = services()
    ip = client_ip() or "unknown"
    with transaction(svc.engine) as session:
        user = authenticate(session, Throttle(svc.redis), email, password, ip)
        if user is not None:
            audit.record(session, user, "signin", "user", user.id, ip=ip, now=utcnow())
            session.expunge(user)
    if user is None:
        return render_template("auth/login.html", email=email, error=REFUSED,
                               next=_safe_next(request.form.get("next"))), 401
    start_session(user)
    return redirect(_safe_next(request.form.get("next")) or home_for(user))


@bp.post("/logout")
@login_required
def logout():
    with transaction(services().engine) as session:
        audit.record(session, g.user, "signout", "user", g.user.id, ip=client_ip(), now=utcnow())
    end_session()
    flash("Signed out.", "info")
    return redirect(url_for("auth.login"))


