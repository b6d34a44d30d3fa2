"""Admin: staff accounts (create, edit, deactivate), moving a prescriber's patients, and cover arrangements."""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import func
from sqlmodel import Session, select

from checkins import users
from checkins.access import clinic_today
from checkins.db import transaction
from checkins.models import Cover, Escalation, Patient, Role, User, utcnow
from checkins.outbox import get_clinic
from checkins.validation import ValidationError
from checkins.views.admin_forms import form_date, int_or_none, record, text
from checkins.web import services

bp = Blueprint("users", __name__)

USER_FIELDS = ("email", "name", "role", "phone")


def _user_input() -> users.UserInput:
    return users.UserInput(name=text("name"), role=text("role"), phone=text("phone"), email=text("email"),
                           password=request.form.get("password", ""))


def _prescribers(session: Session, *, exclude: int | None = None) -> list[User]:
    return [u for u in session.exec(select(User).where(User.role == Role.PRESCRIBER, User.active == True)  # noqa: E712
                                    .order_by(User.name)).all() if u.id != exclude]


def _load(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        abort(404)
    return user


@bp.get("/admin/users")
def index():
    with transaction(services().engine) as session:
        people = session.exec(select(User).order_by(User.active.desc(), User.name)).all()
        counts = dict(session.exec(select(Patient.prescriber_id, func.count()).group_by(Patient.prescriber_id)).all())
        return render_template("admin/people/users.html", people=people, counts=counts)


@bp.get("/admin/users/new")
def new():
    return render_template("admin/people/user_new.html", form={"role": Role.PRESCRIBER}, errors={}, roles=users.ROLES)


@bp.post("/admin/users/new")
def create():
    now = utcnow()
    form = {name: text(name) for name in USER_FIELDS}
    try:
        with transaction(services().engine) as session:
            user = users.create_user(session, _user_input(), get_clinic(session), now=now)
            record(session, "user.create", "user", user.id, now=now, role=user.role)
    except ValidationError as refused:
        return render_template("admin/people/user_new.html", form=form, errors=refused.errors,
                               roles=users.ROLES), 422
    flash("User created. They can sign in now.", "ok")
    return redirect(url_for(".edit", user_id=user.id))


def _edit_page(session: Session, user: User, *, errors=None, form=None, status=200):
    today = clinic_today(session, utcnow())
    open_escalations = session.exec(select(func.count()).select_from(Escalation).where(
        Escalation.prescriber_id == user.id, Escalation.status.in_(users.UNRESOLVED))).one()
    return render_template(
        "admin/people/user_edit.html", person=user, roles=users.ROLES, errors=errors or {},
        form=form or {"name": user.name, "role": user.role, "phone": user.phone or ""},
        patients=users.patient_count(session, user.id), open_escalations=open_escalations,
        targets=_prescribers(session, exclude=user.id),
        covers=[c for c in users.current_or_future_covers(session, today)
                if user.id in (c.prescriber_id, c.covering_id)],
        names={u.id: u.name for u in session.exec(select(User)).all()},
    ), status


@bp.get("/admin/users/<int:user_id>")
def edit(user_id: int):
    with transaction(services().engine) as session:
        return _edit_page(session, _load(session, user_id))


def _act(user_id: int, action, success: str, form_fields=()):
    """Runs `action(session, user, now)` in one transaction; a refusal re-renders the page with errors, 422."""
    now = utcnow()
    engine = services().engine
    try:
        with transaction(engine) as session:
            message = action(session, _load(session, user_id), now)
    except ValidationError as refused:
        with transaction(engine) as session:
            user = _load(session, user_id)
            form = {name: text(name) for name in form_fields} or None
            return _edit_page(session, user, errors=refused.errors, form=form, status=422)
    flash(message or success, "ok")
    return redirect(url_for(".edit", user_id=user_id))


@bp.post("/admin/users/<int:user_id>")
def update(user_id: int):
    def action(session, user, now):
        changed = users.update_user(session, user, _user_input(), get_clinic(session), acting=g.user)
        record(session, "user.edit", "user", user.id, now=now, fields=",".join(changed))
    return _act(user_id, action, "Saved.", form_fields=("name", "role", "phone"))


@bp.post("/admin/users/<int:user_id>/deactivate")
def deactivate(user_id: int):
    def action(session, user, now):
        users.set_active(session, user, False, acting=g.user)
        record(session, "user.deactivate", "user", user.id, now=now)
        left = users.active_patient_count(session, user.id)
        if left:
            return f"Deactivated: they can no longer sign in. They still have {left} patient(s); reassign them below."
        return None
    return _act(user_id, action, "Deactivated: they can no longer sign in.")


@bp.post("/admin/users/<int:user_id>/reactivate")
def reactivate(user_id: int):
    def action(session, user, now):
        users.set_active(session, user, True, acting=g.user)
        record(session, "user.reactivate", "user", user.id, now=now)
    return _act(user_id, action, "Reactivated.")


@bp.post("/admin/users/<int:user_id>/reassign")
def reassign(user_id: int):
    def action(session, user, now):
        moved = users.reassign_patients(session, user, int_or_none(request.form.get("target")))
        record(session, "user.reassign", "user", user.id, now=now, to_user=int_or_none(request.form.get("target")),
               patients=moved.patients, escalations=moved.escalations)
        return f"Moved {moved.patients} patient(s) and {moved.escalations} open escalation(s)."
    return _act(user_id, action, "Moved.")


def _covers_page(session: Session, *, errors=None, form=None, status=200):
    today = clinic_today(session, utcnow())
    return render_template(
        "admin/people/covers.html", current=users.current_or_future_covers(session, today),
        past=users.past_covers(session, today), prescribers=_prescribers(session), today=today,
        names={u.id: u.name for u in session.exec(select(User)).all()}, errors=errors or {}, form=form or {},
    ), status


@bp.get("/admin/covers")
def covers():
    with transaction(services().engine) as session:
        return _covers_page(session)


@bp.post("/admin/covers")
def create_cover():
    now = utcnow()
    form = {name: text(name) for name in ("prescriber", "covering", "starts_on", "ends_on")}
    errors: dict[str, str] = {}
    starts_on, ends_on = form_date("starts_on", errors), form_date("ends_on", errors)
    engine = services().engine
    try:
        with transaction(engine) as session:
            cover = users.create_cover(session, int_or_none(form["prescriber"]), int_or_none(form["covering"]),
                                       starts_on, ends_on, by=g.user, now=now)
            if errors:
                raise ValidationError(errors)
            record(session, "cover.create", "cover", cover.id, now=now, prescriber=cover.prescriber_id,
                   covering=cover.covering_id)
    except ValidationError as refused:
        with transaction(engine) as session:
            return _covers_page(session, errors={**refused.errors, **errors}, form=form, status=422)
    flash("Cover arranged.", "ok")
    return redirect(url_for(".covers"))


@bp.post("/admin/covers/<int:cover_id>/end")
def end_cover(cover_id: int):
    now = utcnow()
    engine = services().engine
    try:
        with transaction(engine) as session:
            cover = session.get(Cover, cover_id)
            if cover is None:
                abort(404)
            # Access checks compare covers with the UTC date (checkins.access), so ending uses it too.
            users.end_cover(cover, clinic_today(session, now))
            record(session, "cover.end", "cover", cover.id, now=now)
    except ValidationError as refused:
        with transaction(engine) as session:
            return _covers_page(session, errors=refused.errors, status=422)
    flash("Cover ended: access stops now.", "ok")
    return redirect(url_for(".covers"))
