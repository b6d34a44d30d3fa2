"""The prescriber's inbox: the triage queue, one escalation, one patient, and the actions on them.

Every route loads patient data through the viewer's Scope: an id outside it
is answered 404, exactly like an id that does not exist.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, abort, flash, g, jsonify, redirect, render_template, request, url_for
from sqlmodel import Session, select

from checkins import actions, audit, charts, inbox, phones
from checkins.access import Scope, escalation_for, patient_for
from checkins.clocks import due_at
from checkins.db import transaction
from checkins.models import Escalation, Medication, Patient, Plan, Reading, User, utcnow
from checkins.outbox import get_clinic
from checkins.security import client_ip, login_required
from checkins.web import services

bp = Blueprint("inbox", __name__)
CHART_WEEKS = 12


def _int_arg(name: str) -> int | None:
    value = request.args.get(name, "")
    return int(value) if value.isdigit() else None


def _filters() -> inbox.QueueFilter:
    return inbox.QueueFilter(level=request.args.get("level") or None, status=request.args.get("status") or None,
                             patient_id=_int_arg("patient"))


def _queue(session: Session, now):
    scope = Scope(session, g.user, now)
    page = inbox.queue(session, scope, _filters(), now, page=_int_arg("page") or 1)
    audit.record(session, g.user, "inbox.view", "queue", None, ip=client_ip(), now=now,
                 escalations=len(page.rows))
    return page, inbox.last_change(session, scope)


@bp.get("/inbox")
@login_required
def queue_page():
    now = utcnow()
    with transaction(services().engine) as session:
        page, changed = _queue(session, now)
        return render_template("inbox/queue.html", page=page, changed=changed, filters=_filters(), now=now,
                               levels=inbox.LEVELS, statuses=inbox.STATUSES, query=request.args.to_dict())


@bp.get("/inbox/rows")
@login_required
def queue_rows():
    """The queue's rows alone, for the page's poll to swap in when something changed."""
    now = utcnow()
    with transaction(services().engine) as session:
        page, _changed = _queue(session, now)
        return render_template("inbox/_rows.html", page=page, now=now)


@bp.get("/inbox/poll.json")
@login_required
def poll():
    """Counts only (no patient data): cheap enough to ask every few seconds; not counted as activity."""
    with transaction(services().engine) as session:
        scope = Scope(session, g.user, utcnow())
        counts, unacknowledged = inbox.level_counts(session, scope)
        changed = inbox.last_change(session, scope)
    return jsonify(counts=counts, unacknowledged_urgent=unacknowledged, changed=changed)


def _patient_context(session: Session, patient: Patient, now) -> dict:
    clinic = get_clinic(session)
    meds = session.exec(select(Medication).where(Medication.patient_id == patient.id)
                        .order_by(Medication.active.desc(), Medication.changed_on.desc())).all()
    active = [m.name for m in meds if m.active]
    zone = ZoneInfo(patient.timezone)
    since = now - timedelta(weeks=CHART_WEEKS + 1)
    readings = session.exec(select(Reading).where(Reading.patient_id == patient.id, Reading.created_at >= since)
                            .order_by(Reading.created_at)).all()
    course = charts.course(readings, [(m.name, m.changed_on) for m in meds], zone=patient.timezone,
                           today=now.astimezone(zone).date(), weeks=CHART_WEEKS, low_mood_max=clinic.low_mood_max)
    return dict(
        patient=patient, clinic=clinic, medications=meds, active_medications=active,
        prescriber=session.get(User, patient.prescriber_id), plan=session.get(Plan, patient.plan_id),
        age=inbox.age_years(patient.birth_date, now.astimezone(zone).date()),
        next_local=patient.next_checkin_at.astimezone(zone) if patient.next_checkin_at else None,
        masked_phone=phones.mask(patient.phone), course=course,
        reply_warning=actions.reply_warning(session, patient, now), now=now,
    )


def _escalation_page(session: Session, escalation: Escalation, now, *, errors=None, form=None, status=200,
                     phone_shown=False):
    patient = session.get(Patient, escalation.patient_id)
    context = _patient_context(session, patient, now)
    triggers, latest = inbox.escalation_triggers(session, escalation.id)
    items, more = inbox.thread(session, patient.id, triggers, context["active_medications"],
                               before_id=_int_arg("before"))
    reasons = [inbox.reason_words(r, mood=latest.mood if latest else None,
                                  side_effects=latest.side_effects if latest else (),
                                  medications=context["active_medications"]) for r in escalation.reasons]
    staff = [i for i in (escalation.acknowledged_by_id, escalation.resolved_by_id) if i]
    people = {u.id: u.name for u in session.exec(select(User).where(User.id.in_(staff))).all()} if staff else {}
    audit.record(session, g.user, "escalation.view", "escalation", escalation.id, patient_id=patient.id,
                 ip=client_ip(), now=now)
    return render_template(
        "inbox/escalation.html", escalation=escalation, reasons=reasons, thread=items, more=more,
        overdue=inbox.is_overdue(escalation, context["clinic"], now), due=due_at(escalation, context["clinic"]),
        people=people, errors=errors or {}, form=form or {}, phone_shown=phone_shown, **context,
    ), status


def _patient_page(session: Session, patient: Patient, now, *, errors=None, form=None, status=200,
                  phone_shown=False):
    context = _patient_context(session, patient, now)
    items, more = inbox.thread(session, patient.id, set(), context["active_medications"], before_id=_int_arg("before"))
    open_escalations = session.exec(select(Escalation).where(Escalation.patient_id == patient.id,
                                                             Escalation.status.in_(inbox.UNRESOLVED))).all()
    audit.record(session, g.user, "patient.view", "patient", patient.id, patient_id=patient.id, ip=client_ip(),
                 now=now)
    return render_template("inbox/patient.html", thread=items, more=more, escalation=None,
                           open_escalations=open_escalations, errors=errors or {}, form=form or {},
                           phone_shown=phone_shown, **context), status


def _load_escalation(session: Session, escalation_id: int, now) -> Escalation:
    escalation = escalation_for(session, Scope(session, g.user, now), escalation_id)
    if escalation is None:
        abort(404)
    return escalation


def load_patient(session: Session, patient_id: int, now) -> Patient:
    """The patient if the signed-in user may see them; 404 otherwise (as for an id that does not exist)."""
    patient = patient_for(session, Scope(session, g.user, now), patient_id)
    if patient is None:
        abort(404)
    return patient


@bp.get("/inbox/escalations/<int:escalation_id>")
@login_required
def escalation_page(escalation_id: int):
    now = utcnow()
    with transaction(services().engine) as session:
        return _escalation_page(session, _load_escalation(session, escalation_id, now), now)


@bp.get("/patients/<int:patient_id>")
@login_required
def patient_page(patient_id: int):
    now = utcnow()
    with transaction(services().engine) as session:
        return _patient_page(session, load_patient(session, patient_id, now), now)


def _act(load, render, object_id: int, action, success: str, fields=()):
    """Runs one action in a transaction; on a refusal, re-renders the page with the error in place."""
    now = utcnow()
    form = {name: request.form.get(name, "") for name in fields}
    engine = services().engine
    try:
        with transaction(engine) as session:
            action(session, load(session, object_id, now), now)
    except actions.ActionError as error:
        # Nothing of the refused action was saved; show the page again with the error in place.
        with transaction(engine) as session:
            return render(session, load(session, object_id, now), now, errors={error.field: str(error)},
                          form=form, status=422)
    flash(success, "ok")
    return redirect(request.path.rsplit("/", 1)[0])


@bp.post("/inbox/escalations/<int:escalation_id>/acknowledge")
@login_required
def acknowledge(escalation_id: int):
    return _act(_load_escalation, _escalation_page, escalation_id,
                lambda s, e, now: actions.acknowledge(s, e, g.user, now, client_ip()), "Acknowledged.")


@bp.post("/inbox/escalations/<int:escalation_id>/resolve")
@login_required
def resolve(escalation_id: int):
    false_alarm = request.form.get("false_alarm") == "1"
    return _act(_load_escalation, _escalation_page, escalation_id,
                lambda s, e, now: actions.resolve(s, e, g.user, request.form.get("note", ""), now, client_ip(),
                                                  false_alarm=false_alarm),
                "Marked as a false alarm and resolved." if false_alarm else "Resolved.", fields=("note",))


def _reply(session, patient, now):
    outcome = actions.reply(session, patient, g.user, request.form.get("body", ""), now, client_ip())
    if outcome.held_until:
        flash("Quiet hours for this patient: the text will go out when their window opens.", "warning")


@bp.post("/inbox/escalations/<int:escalation_id>/reply")
@login_required
def escalation_reply(escalation_id: int):
    return _act(_load_escalation, _escalation_page, escalation_id,
                lambda s, e, now: _reply(s, s.get(Patient, e.patient_id), now), "Text queued to the patient.",
                fields=("body",))


@bp.post("/patients/<int:patient_id>/reply")
@login_required
def patient_reply(patient_id: int):
    return _act(load_patient, _patient_page, patient_id, _reply, "Text queued to the patient.", fields=("body",))


@bp.post("/patients/<int:patient_id>/pause")
@login_required
def pause(patient_id: int):
    return _act(load_patient, _patient_page, patient_id,
                lambda s, p, now: actions.pause(s, p, g.user, now, client_ip()), "Check-ins paused.")


@bp.post("/patients/<int:patient_id>/resume")
@login_required
def resume(patient_id: int):
    return _act(load_patient, _patient_page, patient_id,
                lambda s, p, now: actions.resume(s, p, g.user, now, client_ip()), "Check-ins resumed.")


@bp.post("/patients/<int:patient_id>/phone")
@login_required
def reveal_phone(patient_id: int):
    """Shows the full number; the reveal is audited like any other view of patient data."""
    now = utcnow()
    with transaction(services().engine) as session:
        patient = load_patient(session, patient_id, now)
        audit.record(session, g.user, "patient.phone_reveal", "patient", patient.id, patient_id=patient.id,
                     ip=client_ip(), now=now)
        if request.accept_mimetypes.best == "application/json":
            return jsonify(phone=patient.phone)
        escalation_id = request.form.get("escalation", "")
        if escalation_id.isdigit():
            escalation = _load_escalation(session, int(escalation_id), now)
            if escalation.patient_id != patient.id:
                abort(404)
            return _escalation_page(session, escalation, now, phone_shown=True)
        return _patient_page(session, patient, now, phone_shown=True)


@bp.get("/")
def home():
    return redirect(url_for("inbox.queue_page") if g.get("user") else url_for("auth.login"))
