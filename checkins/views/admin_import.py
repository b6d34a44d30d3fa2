"""Admin: importing patients from CSV. Upload → row-by-row preview (nothing saved) → import the valid rows at once.

The uploaded file waits in Redis for 30 minutes under a random token bound to
the uploading admin (checkins.import_uploads). Confirming checks the file again
in the saving transaction: if the outcome differs from the preview the admin
saw, nothing is saved and the new preview is shown instead.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, request, url_for
from redis.exceptions import RedisError
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from checkins import patient_import
from checkins.db import transaction
from checkins.import_uploads import TTL_SECONDS, UploadStore
from checkins.models import AuditEvent, utcnow
from checkins.outbox import get_clinic
from checkins.security import client_ip
from checkins.views.admin_forms import record
from checkins.web import services

bp = Blueprint("imports", __name__)

SHOWN_PROBLEMS = 1000
SHOWN_VALID = 100
CONSENT_TEXT_MAX = 2000
CHANGED = ("Something changed since the preview (for example a number was enrolled meanwhile, or a prescriber "
           "was deactivated). Nothing was imported; check the new preview below.")
UNAVAILABLE = "The upload could not be kept (the job store is unreachable). Nothing was saved; try again shortly."


def _store() -> UploadStore:
    return UploadStore(services().redis)


def _upload_page(*, errors=None, form=None, status=200):
    return render_template("admin/people/import.html", errors=errors or {}, form=form or {},
                           columns=patient_import.COLUMNS, required=patient_import.REQUIRED_COLUMNS,
                           max_mb=patient_import.MAX_BYTES // (1024 * 1024), max_rows=patient_import.MAX_ROWS,
                           ttl_minutes=TTL_SECONDS // 60), status


@bp.get("/admin/import")
def upload_form():
    return _upload_page()


@bp.post("/admin/import")
def upload():
    consent_text = request.form.get("consent_text", "").strip()
    form = {"consent_text": consent_text}
    file = request.files.get("file")
    if file is None or not file.filename:
        return _upload_page(errors={"file": "Choose a CSV file to import."}, form=form, status=422)
    if len(consent_text) > CONSENT_TEXT_MAX:
        return _upload_page(errors={"consent_text": f"is longer than {CONSENT_TEXT_MAX} characters"}, form=form,
                            status=422)
    data = file.read(patient_import.MAX_BYTES + 1)
    try:
        patient_import.read_rows(data, file.filename)
    except patient_import.FileRefused as refused:
        return _upload_page(errors={"file": str(refused)}, form=form, status=422)
    try:
        token = _store().put(g.user.id, data, consent_text)
    except RedisError:
        return _upload_page(errors={"file": UNAVAILABLE}, form=form, status=503)
    with transaction(services().engine) as session:
        record(session, "import.upload", "import", None, now=utcnow(), size=len(data))
    return redirect(url_for(".preview", token=token))


def _load(token: str):
    try:
        upload = _store().get(token, g.user.id)
    except RedisError:
        abort(503, UNAVAILABLE)
    return upload


def _expired():
    flash(f"That upload is no longer available (files are kept for {TTL_SECONDS // 60} minutes). "
          "Upload it again.", "warning")
    return redirect(url_for(".upload_form"))


def _preview_page(session: Session, token: str, result: patient_import.Preview, *, notice: str | None = None,
                  status: int = 200):
    record(session, "import.preview", "import", None, now=utcnow(), rows=len(result.rows),
           valid=len(result.valid_rows))
    problems = result.problems
    return render_template(
        "admin/people/import_preview.html", token=token, result=result, notice=notice,
        problems=problems[:SHOWN_PROBLEMS], more_problems=max(len(problems) - SHOWN_PROBLEMS, 0),
        names={r.number: f"{r.first_name} {r.last_name}".strip() for r in result.invalid_rows},
        valid=result.valid_rows[:SHOWN_VALID], valid_count=len(result.valid_rows),
        invalid_count=len(result.invalid_rows),
    ), status


@bp.get("/admin/import/<token>")
def preview(token: str):
    upload = _load(token)
    if upload is None:
        return _expired()
    now = utcnow()
    with transaction(services().engine) as session:
        result = patient_import.preview(session, upload.data, get_clinic(session), now=now,
                                        consent_text=upload.consent_text)
        return _preview_page(session, token, result)


class _Changed(Exception):
    def __init__(self, result: patient_import.Preview):
        self.result = result


@bp.post("/admin/import/<token>/confirm")
def confirm(token: str):
    upload = _load(token)
    if upload is None:
        return _expired()
    now = utcnow()
    engine = services().engine
    try:
        with transaction(engine) as session:
            result, saved = patient_import.save(session, upload.data, get_clinic(session),
                                                expected=request.form.get("fingerprint", ""), recorded_by=g.user,
                                                now=now, consent_text=upload.consent_text)
            if saved is None:
                raise _Changed(result)
            # One event per patient, so each patient's trail shows how they were enrolled; one multi-row INSERT.
            if saved:
                session.execute(insert(AuditEvent), [
                    dict(at=now, user_id=g.user.id, action="patient.import", object_type="patient",
                         object_id=patient_id, patient_id=patient_id, ip=client_ip(), detail={"row": row.number})
                    for row, patient_id in saved])
            record(session, "import.confirm", "import", None, now=now, imported=len(saved),
                   skipped=len(result.invalid_rows))
    except _Changed as changed:
        with transaction(engine) as session:
            return _preview_page(session, token, changed.result, notice=CHANGED, status=409)
    except IntegrityError:
        # A number was enrolled between our check and the insert: the whole import rolled back.
        with transaction(engine) as session:
            result = patient_import.preview(session, upload.data, get_clinic(session), now=utcnow(),
                                            consent_text=upload.consent_text)
            return _preview_page(session, token, result, notice=CHANGED, status=409)
    try:
        _store().delete(token)
    except RedisError:
        pass  # it expires on its own within 30 minutes
    skipped = len(result.invalid_rows)
    flash(f"Imported {len(saved)} patient(s)." + (f" {skipped} row(s) with problems were not imported." if skipped
                                                   else ""), "ok")
    return redirect(url_for("admin_people.patients.index"))


@bp.get("/admin/import/<token>/errors.csv")
def error_report(token: str):
    upload = _load(token)
    if upload is None:
        return _expired()
    with transaction(services().engine) as session:
        result = patient_import.preview(session, upload.data, get_clinic(session), now=utcnow(),
                                        consent_text=upload.consent_text)
        record(session, "import.error_report", "import", None, now=utcnow(), problems=len(result.problems))
    return Response(patient_import.error_report(result), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=import-problems.csv"})


@bp.post("/admin/import/<token>/cancel")
def cancel(token: str):
    try:
        store = _store()
        if store.get(token, g.user.id) is not None:
            store.delete(token)
    except RedisError:
        pass  # it expires on its own within 30 minutes
    flash("Import cancelled; the uploaded file was discarded.", "ok")
    return redirect(url_for(".upload_form"))


@bp.errorhandler(413)
def too_large(_error):
    # Werkzeug refuses bodies over the app's MAX_CONTENT_LENGTH while the CSRF check reads the form, before the
    # sign-in check and any view: so this page says only what went wrong.
    return render_template("admin/people/too_large.html", max_mb=patient_import.MAX_BYTES // (1024 * 1024)), 413
