"""Admin: the patient list, enrolling and editing patients, consent, medications, and "send check-in now".

Every page showing patient data and every action is audited (ids and field
names only). Refused input re-renders the form with each error next to its
field and status 422; nothing is saved.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import func, or_
from sqlmodel import Session, select

from checkins import actions, medications
from checkins.checkin_now import CheckinRefused, send_checkin_now
from checkins.db import transaction
from checkins.models import Medication, Patient, PatientStatus, Plan, Role, User, utcnow
from checkins.notify import hand_over
from checkins.outbox import get_clinic
from checkins.patients import (
    CONSENT_METHODS,
    MedicationInput,
    PatientInput,
    enroll,
    quiet_until,
    reschedule,
    upcoming_slots,
    validate_patient,
)
from checkins.phones import mask
from checkins.security import client_ip
from checkins.validation import ValidationError
from checkins.views.admin_forms import form_date, form_local_datetime, int_or_none, record, text
from checkins.web import services

bp = Blueprint("patients", __name__)

PAGE_SIZE = 50
STATUSES = tuple(s.value for s in PatientStatus)
LANGUAGES = (("en", "English"), ("es", "Spanish"))
EDITABLE = ("first_name", "last_name", "phone", "timezone", "language", "prescriber_id", "plan_id", "birth_date")
PATIENT_FIELDS = ("first_name", "last_name", "phone", "timezone", "language", "prescriber", "plan", "birth_date")
CREATE_FIELDS = PATIENT_FIELDS + ("consent_at", "consent_method", "consent_text", "med_name", "med_dose",
                                  "med_started_on")
CONSENT_TEXT_MAX = 2000
# validate_patient's field names, as the forms call their inputs.
_FORM_FIELD = {"prescriber_id": "prescriber", "plan_id": "plan", "medications[0].name": "med_name",
               "medications[0].started_on": "med_started_on"}


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def _choices(session: Session) -> dict:
    return dict(
        prescribers=session.exec(select(User).where(User.role == Role.PRESCRIBER, User.active == True)  # noqa: E712
                                 .order_by(User.name)).all(),
        plans=session.exec(select(Plan).order_by(Plan.is_default.desc(), Plan.name)).all(),
        zones=zone_names(), languages=LANGUAGES, consent_methods=CONSENT_METHODS, statuses=STATUSES,
    )


def _load(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None:
        abort(404)
    return patient


def _form_errors(errors: dict[str, str]) -> dict[str, str]:
    return {_FORM_FIELD.get(k, k): v for k, v in errors.items()}


# -- the list -------------------------------------------------------------------------------------------------

@bp.get("/admin/patients")
def index():
    query = request.args.get("q", "").strip()[:100]
    prescriber_id = int_or_none(request.args.get("prescriber"))
    status = request.args.get("status") if request.args.get("status") in STATUSES else None
    page = max(int_or_none(request.args.get("page")) or 1, 1)
    statement = select(Patient)
    if query:
        words = [w for w in query.split() if not w.isdigit()]
        ids = [int(w) for w in query.split() if w.isdigit() and len(w) < 12]
        conditions = [or_(Patient.first_name.icontains(w, autoescape=True),
                          Patient.last_name.icontains(w, autoescape=True)) for w in words]
        if ids:
            statement = statement.where(or_(Patient.id.in_(ids), *conditions) if conditions else Patient.id.in_(ids))
        else:
            statement = statement.where(*conditions)
    if prescriber_id:
        statement = statement.where(Patient.prescriber_id == prescriber_id)
    if status:
        statement = statement.where(Patient.status == status)
    now = utcnow()
    with transaction(services().engine) as session:
        total = session.exec(select(func.count()).select_from(statement.subquery())).one()
        pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
        page = min(page, pages)
        rows = session.exec(statement.order_by(Patient.last_name, Patient.first_name, Patient.id)
                            .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)).all()
        # The search words may be names: the trail records how many rows were shown, not what was typed.
        record(session, "patient.list", "patient", None, now=now, shown=len(rows), page=page)
        names = {u.id: u.name for u in session.exec(select(User)).all()}
        return render_template("admin/people/patients.html", rows=rows, total=total, page=page, pages=pages,
                               names=names, masked={p.id: mask(p.phone) for p in rows}, now=now,
                               filters={"q": query, "prescriber": prescriber_id, "status": status},
                               **_choices(session))


# -- enrolling and editing -------------------------------------------------------------------------------------

def _patient_input(errors: dict[str, str]) -> PatientInput:
    return PatientInput(
        first_name=text("first_name"), last_name=text("last_name"), phone=text("phone"), timezone=text("timezone"),
        language=text("language") or "en", prescriber_id=int_or_none(text("prescriber")),
        plan_id=int_or_none(text("plan")), birth_date=form_date("birth_date", errors),
    )


def _form_page(session: Session, template: str, *, form: dict, errors: dict, status: int = 200, **context):
    clinic = get_clinic(session)
    return render_template(template, form=form, errors=errors, clinic=clinic, **_choices(session), **context), status


@bp.get("/admin/patients/new")
def new():
    with transaction(services().engine) as session:
        default_plan = session.exec(select(Plan.id).where(Plan.is_default == True)).first()  # noqa: E712
        return _form_page(session, "admin/people/patient_new.html", errors={},
                          form={"language": "en", "plan": str(default_plan or ""),
                                "timezone": get_clinic(session).timezone})


def _consent_errors(at: datetime | None, method: str | None, wording: str, now: datetime,
                    errors: dict[str, str], *, required: bool) -> None:
    if at is None:
        if required:
            errors.setdefault("consent_at", "is required")
        elif method or wording:
            errors.setdefault("consent_at", "is required to record consent")
        return
    if at > now:
        errors["consent_at"] = "is in the future"
    if method not in CONSENT_METHODS:
        errors["consent_method"] = "choose one of " + ", ".join(CONSENT_METHODS)
    if not wording:
        errors["consent_text"] = "paste the wording the patient agreed to"
    elif len(wording) > CONSENT_TEXT_MAX:
        errors["consent_text"] = f"is longer than {CONSENT_TEXT_MAX} characters"


@bp.post("/admin/patients/new")
def create():
    now = utcnow()
    form = {name: text(name) for name in CREATE_FIELDS}
    errors: dict[str, str] = {}
    data = _patient_input(errors)
    engine = services().engine
    try:
        with transaction(engine) as session:
            clinic = get_clinic(session)
            data.consent_at = form_local_datetime("consent_at", ZoneInfo(clinic.timezone), errors)
            data.consent_method, data.consent_text = form["consent_method"] or None, form["consent_text"] or None
            _consent_errors(data.consent_at, data.consent_method, form["consent_text"], now, errors, required=False)
            started_on = form_date("med_started_on", errors)
            if form["med_name"] or form["med_dose"] or started_on or "med_started_on" in errors:
                data.medications = [MedicationInput(form["med_name"], started_on, form["med_dose"] or None)]
            try:
                validate_patient(session, data, clinic)
            except ValidationError as refused:
                errors = {**_form_errors(refused.errors), **errors}
            if errors:
                raise ValidationError(errors)
            patient = enroll(session, data, clinic, recorded_by=g.user, now=now)
            record(session, "patient.create", "patient", patient.id, patient_id=patient.id, now=now,
                   consent=patient.consent_at is not None, medications=len(data.medications))
    except ValidationError as refused:
        with transaction(engine) as session:
            return _form_page(session, "admin/people/patient_new.html", form=form, errors=refused.errors, status=422)
    flash("Patient enrolled." if patient.next_checkin_at else
          "Patient enrolled. No check-ins are scheduled until consent is recorded.", "ok")
    return redirect(url_for(".show", patient_id=patient.id))


@bp.get("/admin/patients/<int:patient_id>/edit")
def edit(patient_id: int):
    now = utcnow()
    with transaction(services().engine) as session:
        patient = _load(session, patient_id)
        record(session, "patient.view", "patient", patient.id, patient_id=patient.id, now=now, page="edit")
        form = {name: getattr(patient, name) for name in ("first_name", "last_name", "phone", "timezone",
                                                            "language")}
        form.update(prescriber=str(patient.prescriber_id), plan=str(patient.plan_id),
                    birth_date=patient.birth_date.isoformat() if patient.birth_date else "")
        return _form_page(session, "admin/people/patient_edit.html", form=form, errors={}, patient=patient)


@bp.post("/admin/patients/<int:patient_id>/edit")
def update(patient_id: int):
    now = utcnow()
    form = {name: text(name) for name in PATIENT_FIELDS}
    errors: dict[str, str] = {}
    data = _patient_input(errors)
    engine = services().engine
    try:
        with transaction(engine) as session:
            patient = _load(session, patient_id)
            try:
                cleaned = validate_patient(session, data, get_clinic(session), patient_id=patient.id)
            except ValidationError as refused:
                errors = {**_form_errors(refused.errors), **errors}
            if errors:
                raise ValidationError(errors)
            changed = [name for name in EDITABLE if getattr(patient, name) != cleaned[name]]
            for name in changed:
                setattr(patient, name, cleaned[name])
            if "phone" in changed:
                patient.phone_problem = None  # the provider's verdict was about the old number
            reschedule(patient, session.get(Plan, patient.plan_id), now)
            record(session, "patient.edit", "patient", patient.id, patient_id=patient.id, now=now,
                   fields=",".join(changed))
    except ValidationError as refused:
        with transaction(engine) as session:
            patient = _load(session, patient_id)
            return _form_page(session, "admin/people/patient_edit.html", form=form, errors=refused.errors,
                              patient=patient, status=422)
    flash("Saved.", "ok")
    return redirect(url_for(".show", patient_id=patient_id))


# -- one patient -----------------------------------------------------------------------------------------------

def _not_scheduled_reason(patient: Patient) -> str:
    if patient.status == PatientStatus.OPTED_OUT:
        return "The patient opted out of texts (STOP)."
    if patient.status == PatientStatus.PAUSED:
        return "Check-ins are paused."
    if patient.consent_at is None:
        return "No consent is recorded."
    if patient.phone_problem:
        return "The number cannot receive texts: " + patient.phone_problem
    return "None scheduled."


def _patient_page(session: Session, patient: Patient, now: datetime, *, errors=None, form=None, status=200):
    clinic = get_clinic(session)
    plan = session.get(Plan, patient.plan_id)
    zone, clinic_zone = ZoneInfo(patient.timezone), ZoneInfo(clinic.timezone)
    meds = session.exec(select(Medication).where(Medication.patient_id == patient.id)
                        .order_by(Medication.active.desc(), Medication.changed_on.desc(), Medication.id)).all()
    slots = [(s.astimezone(zone), s.astimezone(clinic_zone)) for s in upcoming_slots(patient, plan)]
    record(session, "patient.view", "patient", patient.id, patient_id=patient.id, now=now, page="admin")
    return render_template(
        "admin/people/patient.html", patient=patient, plan=plan, clinic=clinic, medications=meds, slots=slots,
        not_scheduled=_not_scheduled_reason(patient), masked_phone=mask(patient.phone),
        prescriber=session.get(User, patient.prescriber_id),
        recorder=session.get(User, patient.consent_recorded_by_id) if patient.consent_recorded_by_id else None,
        consent_local=patient.consent_at.astimezone(clinic_zone) if patient.consent_at else None,
        today=now.astimezone(zone).date(), clinic_now=now.astimezone(clinic_zone),
        consent_methods=CONSENT_METHODS, errors=errors or {}, form=form or {},
    ), status


@bp.get("/admin/patients/<int:patient_id>")
def show(patient_id: int):
    now = utcnow()
    with transaction(services().engine) as session:
        return _patient_page(session, _load(session, patient_id), now)


def _act(patient_id: int, action, success: str, *, prefix: str = "", fields=()):
    """Runs `action(session, patient, now)` in one transaction, then redirects to the patient.

    A refusal shows the patient page again with the error in place (keys prefixed with `prefix`), status 422.
    """
    now = utcnow()
    form = {name: text(name) for name in fields}
    engine = services().engine
    try:
        with transaction(engine) as session:
            message = action(session, _load(session, patient_id), now)
    except ValidationError as refused:
        errors = {prefix + k: v for k, v in refused.errors.items()}
    except actions.ActionError as refused:
        errors = {refused.field: str(refused)}
    else:
        flash(message or success, "ok")
        return redirect(url_for(".show", patient_id=patient_id))
    with transaction(engine) as session:
        return _patient_page(session, _load(session, patient_id), now, errors=errors, form=form, status=422)


@bp.post("/admin/patients/<int:patient_id>/pause")
def pause(patient_id: int):
    return _act(patient_id, lambda s, p, now: actions.pause(s, p, g.user, now, client_ip()),
                "Check-ins paused.")


@bp.post("/admin/patients/<int:patient_id>/resume")
def resume(patient_id: int):
    return _act(patient_id, lambda s, p, now: actions.resume(s, p, g.user, now, client_ip()),
                "Check-ins resumed.")


@bp.post("/admin/patients/<int:patient_id>/consent")
def consent(patient_id: int):
    def action(session, patient, now):
        errors: dict[str, str] = {}
        at = form_local_datetime("consent_at", ZoneInfo(get_clinic(session).timezone), errors)
        method, wording = text("consent_method") or None, text("consent_text")
        _consent_errors(at, method, wording, now, errors, required=True)
        if errors:
            raise ValidationError(errors)
        patient.consent_at, patient.consent_method, patient.consent_text = at, method, wording
        patient.consent_recorded_by_id = g.user.id
        reschedule(patient, session.get(Plan, patient.plan_id), now)
        record(session, "patient.consent", "patient", patient.id, patient_id=patient.id, now=now, method=method)
    return _act(patient_id, action, "Consent recorded.", fields=("consent_at", "consent_method", "consent_text"))


@bp.post("/admin/patients/<int:patient_id>/medications")
def start_medication(patient_id: int):
    def action(session, patient, now):
        errors: dict[str, str] = {}
        started_on = form_date("med_started_on", errors)
        try:
            medication = medications.start(session, patient, text("med_name"), text("med_dose"), started_on,
                                           today=now.astimezone(ZoneInfo(patient.timezone)).date(), now=now)
        except ValidationError as refused:
            raise ValidationError({**{"med_" + k: v for k, v in refused.errors.items()}, **errors}) from None
        record(session, "medication.start", "medication", medication.id, patient_id=patient.id, now=now)
    return _act(patient_id, action, "Medication added; the check-in schedule follows the change.",
                fields=("med_name", "med_dose", "med_started_on"))


def _medication(session: Session, patient: Patient, medication_id: int) -> Medication:
    medication = session.get(Medication, medication_id)
    if medication is None or medication.patient_id != patient.id:
        abort(404)
    return medication


@bp.post("/admin/patients/<int:patient_id>/medications/<int:medication_id>")
def change_medication(patient_id: int, medication_id: int):
    prefix = f"med{medication_id}_"

    def action(session, patient, now):
        medication = _medication(session, patient, medication_id)
        errors: dict[str, str] = {}
        changed_on = form_date(prefix + "changed_on", errors)
        try:
            medications.change(session, patient, medication, text(prefix + "dose"), changed_on,
                               today=now.astimezone(ZoneInfo(patient.timezone)).date(), now=now)
        except ValidationError as refused:
            raise ValidationError({**{prefix + k: v for k, v in refused.errors.items()}, **errors}) from None
        record(session, "medication.change", "medication", medication.id, patient_id=patient.id, now=now)
    return _act(patient_id, action, "Change recorded; the check-in schedule follows it.",
                fields=(prefix + "dose", prefix + "changed_on"))


@bp.post("/admin/patients/<int:patient_id>/medications/<int:medication_id>/stop")
def stop_medication(patient_id: int, medication_id: int):
    def action(session, patient, now):
        medication = _medication(session, patient, medication_id)
        medications.stop(medication)
        record(session, "medication.stop", "medication", medication.id, patient_id=patient.id, now=now)
    return _act(patient_id, action, "Medication stopped.", prefix=f"med{medication_id}_")


@bp.post("/admin/patients/<int:patient_id>/checkin")
def checkin_now(patient_id: int):
    now = utcnow()
    engine = services().engine
    try:
        with transaction(engine) as session:
            patient = _load(session, patient_id)
            checkin, message_id = send_checkin_now(session, patient, now)
            record(session, "patient.checkin_now", "checkin", checkin.id, patient_id=patient.id, now=now)
            held = quiet_until(patient, session.get(Plan, patient.plan_id), now)
            zone = ZoneInfo(patient.timezone)
    except CheckinRefused as refused:
        with transaction(engine) as session:
            return _patient_page(session, _load(session, patient_id), now, errors={"checkin": str(refused)},
                                 status=422)
    handed = hand_over(services(), [message_id])
    if held:
        flash("Check-in queued. It is quiet hours for this patient: it goes out at "
              + held.astimezone(zone).strftime("%a %-d %b %H:%M %Z") + ".", "warning")
    elif not handed:
        flash("Check-in queued; the workers are unreachable, so it goes out with the next tick.", "warning")
    else:
        flash("Check-in queued: the first question goes out now.", "ok")
    return redirect(url_for(".show", patient_id=patient_id))
