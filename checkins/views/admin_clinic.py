"""The admin console for the clinic itself: plans, texts, settings, 'try a reply' and delivery health.

Admins only (anyone else gets 404). The pages hold no patient data except the
template preview for a chosen patient and the delivery failures (patient ids),
but every page view and every action is audited all the same. Refused input
is answered 422 with each error next to its field, and nothing is saved.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, jsonify, redirect, render_template, request, url_for
from sqlmodel import select

from checkins import audit, clinic_settings, delivery_health, plan_changes, reply_preview, text_preview
from checkins.unknown_senders import PAGE, unknown_texts
from checkins.db import transaction
from checkins.models import Patient, Plan, utcnow
from checkins.outbox import get_clinic, reset_template, save_template
from checkins.plans import QUESTIONS
from checkins.security import admin_required, client_ip
from checkins.texts import PLACEHOLDERS, TemplateError
from checkins.validation import ValidationError
from checkins.web import services

bp = Blueprint("admin_clinic", __name__, url_prefix="/admin")


def _audit(session, action: str, object_type: str, object_id: int | None = None, *, patient_id: int | None = None,
           **detail) -> None:
    audit.record(session, g.user, action, object_type, object_id, patient_id=patient_id, ip=client_ip(),
                 now=utcnow(), **detail)


# Plans

def _plan_input() -> plan_changes.PlanInput:
    f = request.form
    return plan_changes.PlanInput(
        name=f.get("name", ""), questions=[f.get(f"question_{i}", "") for i in range(1, len(QUESTIONS) + 1)],
        weekdays=f.getlist("weekdays"), send_time=f.get("send_time", ""), dense_weekdays=f.getlist("dense_weekdays"),
        dense_weeks=f.get("dense_weeks", "0"), reminder_hours=f.get("reminder_hours", ""),
        missed_threshold=f.get("missed_threshold", ""), quiet_start=f.get("quiet_start", ""),
        quiet_end=f.get("quiet_end", ""), is_default=f.get("is_default") == "1",
    )


def _plan_form(plan: Plan | None, form: plan_changes.PlanInput, errors=None, status=200):
    return render_template("admin/clinic/plan.html", plan=plan, form=form, errors=errors or {},
                           questions=QUESTIONS, weekdays=plan_changes.WEEKDAYS,
                           min_allowed=plan_changes.MIN_ALLOWED_MINUTES), status


@bp.get("/plans")
@admin_required
def plans():
    with transaction(services().engine) as session:
        rows = session.exec(select(Plan).order_by(Plan.name)).all()
        counts = plan_changes.patient_counts(session)
        _audit(session, "plans.view", "plan")
    return render_template("admin/clinic/plans.html", plans=rows, counts=counts, weekdays=plan_changes.WEEKDAYS)


@bp.route("/plans/new", methods=["GET", "POST"])
@bp.route("/plans/<int:plan_id>", methods=["GET", "POST"])
@admin_required
def plan_page(plan_id: int | None = None):
    now = utcnow()
    with transaction(services().engine) as session:
        plan = session.get(Plan, plan_id) if plan_id else None
        if plan_id and plan is None:
            abort(404)
        if request.method == "GET":
            _audit(session, "plan.view", "plan", plan_id)
            form = plan_changes.PlanInput.from_plan(plan) if plan else plan_changes.PlanInput(
                questions=list(QUESTIONS), weekdays=["0"], send_time="10:00", reminder_hours="24",
                missed_threshold="2", quiet_start="21:00", quiet_end="08:00")
            return _plan_form(plan, form)
        form = _plan_input()
        try:
            values = plan_changes.clean_plan(session, form, plan=plan)
        except ValidationError as exc:
            return _plan_form(plan, form, exc.errors, 422)
        changed = plan_changes.changed_fields(plan, values) if plan else list(values)
        plan, moved = plan_changes.save_plan(session, plan, values, now)
        _audit(session, "plan.update" if plan_id else "plan.create", "plan", plan.id, fields=",".join(changed),
               rescheduled=moved)
    flash(f"Plan saved.{f' Next check-in moved for {moved} patient(s).' if moved else ''}", "ok")
    return redirect(url_for(".plans"))


# Texts

@bp.get("/templates")
@admin_required
def texts():
    with transaction(services().engine) as session:
        rows = text_preview.text_rows(session)
        _audit(session, "templates.view", "template")
    return render_template("admin/clinic/texts.html", rows=rows, languages=text_preview.LANGUAGE_NAMES)


def _text_page(session, kind, language, body=None, error=None, status=200):
    row = text_preview.current_row(session, kind, language)
    return render_template("admin/clinic/text.html", row=row, body=row.body if body is None else body, error=error,
                           patients=text_preview.picker_patients(session), placeholders=PLACEHOLDERS,
                           language_name=text_preview.LANGUAGE_NAMES[language]), status


@bp.route("/templates/<kind>/<language>", methods=["GET", "POST"])
@admin_required
def text_page(kind: str, language: str):
    if not text_preview.known(kind, language):
        abort(404)
    with transaction(services().engine) as session:
        if request.method == "GET":
            _audit(session, "template.view", "template", kind=kind, language=language)
            return _text_page(session, kind, language)
        body = request.form.get("body", "")
        try:
            row = save_template(session, kind, language, body, by=g.user, now=utcnow())
        except TemplateError as exc:
            return _text_page(session, kind, language, body, str(exc), 422)
        _audit(session, "template.save", "template", row.id, kind=kind, language=language)
    flash("Text saved; it is used from the next text sent.", "ok")
    return redirect(url_for(".texts"))


@bp.post("/templates/<kind>/<language>/reset")
@admin_required
def reset_text(kind: str, language: str):
    if not text_preview.known(kind, language):
        abort(404)
    with transaction(services().engine) as session:
        removed = reset_template(session, kind, language)
        _audit(session, "template.reset", "template", kind=kind, language=language, removed=removed)
    flash("Back to the shipped default text." if removed else "This text already uses the shipped default.", "ok")
    return redirect(url_for(".texts"))


@bp.post("/templates/preview")
@admin_required
def preview_text():
    """JSON for the edit page's live preview: the rendered text and its cost, or why it cannot be saved.

    A text that cannot be saved is still a successful preview (200, with `error`
    set): only the save itself is refused with 422.
    """
    data = request.get_json(silent=True) or request.form
    kind, language, body = str(data.get("kind", "")), str(data.get("language", "")), str(data.get("body", ""))
    if not text_preview.known(kind, language):
        abort(404)
    patient_id = str(data.get("patient", ""))
    with transaction(services().engine) as session:
        patient = session.get(Patient, int(patient_id)) if patient_id.isdigit() else None
        if patient_id.isdigit() and patient is None:
            return jsonify(error="no such patient"), 404
        result = text_preview.preview(session, kind, language, body, patient=patient,
                                      base_url=services().settings.public_base_url)
        if patient is not None:
            # The preview shows the patient's name and medications: a view of patient data.
            _audit(session, "template.preview", "template", patient_id=patient.id, kind=kind, language=language)
    return jsonify(result.to_dict())


# Settings

def _settings_input() -> clinic_settings.SettingsInput:
    f = request.form
    return clinic_settings.SettingsInput(
        show_medication_names=f.get("show_medication_names") == "1",
        **{name: f.get(name, "") for name in clinic_settings.FIELDS if name != "show_medication_names"})


@bp.route("/settings", methods=["GET", "POST"])
@admin_required
def settings():
    with transaction(services().engine) as session:
        clinic = get_clinic(session)
        errors, status = {}, 200
        if request.method == "GET":
            form = clinic_settings.SettingsInput.from_clinic(clinic)
            _audit(session, "settings.view", "clinic", clinic.id)
        else:
            form = _settings_input()
            try:
                values = clinic_settings.clean_settings(form, clinic)
            except ValidationError as exc:
                errors, status = exc.errors, 422
            else:
                changed = clinic_settings.apply_settings(clinic, values)
                _audit(session, "settings.update", "clinic", clinic.id, fields=",".join(changed))
                flash("Settings saved." if changed else "Nothing changed.", "ok")
                return redirect(url_for(".settings"))
        return render_template("admin/clinic/settings.html", form=form, errors=errors, clinic=clinic,
                               ranges={r[0]: r[1:] for r in clinic_settings.RANGES}), status


# Try a reply

@bp.route("/try", methods=["GET", "POST"])
@admin_required
def try_reply():
    form = reply_preview.TryInput(text="", language="en")
    result, errors, status = None, {}, 200
    with transaction(services().engine) as session:
        clinic = get_clinic(session)
        if request.method == "POST":
            form = reply_preview.TryInput(text=request.form.get("text", ""), asked=request.form.get("asked", ""),
                                          medications=request.form.get("medications", ""),
                                          language=request.form.get("language", ""))
            errors = reply_preview.check(form)
            if errors:
                status = 422
            else:
                result = reply_preview.try_reply(clinic, form)
                # The result, never the text: what was typed may be a real patient's words.
                _audit(session, "reply.try", "clinic", clinic.id, triage=result.classification.triage)
        else:
            _audit(session, "try.view", "clinic", clinic.id)
        return render_template("admin/clinic/try.html", form=form, result=result, errors=errors, clinic=clinic,
                               asked=reply_preview.ASKED, asked_names=reply_preview.ASKED_NAMES), status


# Delivery health

@bp.get("/delivery")
@admin_required
def delivery():
    now = utcnow()
    with transaction(services().engine) as session:
        clinic = get_clinic(session)
        days = delivery_health.daily_counts(session, clinic.timezone, now)
        failures = delivery_health.recent_failures(session, now)
        _audit(session, "delivery.view", "clinic", clinic.id, failures=len(failures))
    health = delivery_health.queue_health(lambda: services().redis)
    return render_template("admin/clinic/delivery.html", days=list(reversed(days)), failures=failures,
                           health=health, clinic=clinic, now=now)


# Texts from unknown numbers

@bp.get("/unknown")
@admin_required
def unknown():
    """Who texted the clinic's number without being enrolled (a new phone, a wrong number): for a person to read."""
    before = request.args.get("before", "")
    with transaction(services().engine) as session:
        clinic = get_clinic(session)
        rows = unknown_texts(session, int(before) if before.isdigit() else None)
        _audit(session, "unknown_texts.view", "message", count=len(rows))
    return render_template("admin/clinic/unknown.html", rows=rows, clinic=clinic,
                           older=rows[-1].id if len(rows) == PAGE else None)
