"""The JSON API for EHRs and scripts: bearer tokens with admin scope; every call audited."""

from __future__ import annotations

from functools import wraps

from flask import Blueprint, g, jsonify, request
from sqlmodel import select
from werkzeug.exceptions import HTTPException, NotFound

from checkins import actions, api_payloads, audit
from checkins.api_spec import SPEC
from checkins.checkin_now import CheckinRefused, send_checkin_now
from checkins.db import MAX_ID, transaction
from checkins.models import Escalation, Patient, Role, utcnow
from checkins.notify import hand_over
from checkins.outbox import get_clinic
from checkins.patients import DUPLICATE_PHONE, enroll
from checkins.security import client_ip, csrf
from checkins.tokens import user_for
from checkins.validation import ValidationError
from checkins.web import services

bp = Blueprint("api", __name__, url_prefix="/api")
csrf.exempt(bp)  # bearer tokens, not cookies: no cross-site form can use them
STATUSES = ("open", "acknowledged", "resolved")
MAX_LIMIT = 200


def _error(status: int, message: str, **extra):
    response = jsonify(error=message, **extra)
    response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="checkins"'
    return response


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException):
    return _error(error.code or 500, error.description or error.name)


def token_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return _error(401, "A bearer token is required (checkins create-token EMAIL).")
        with transaction(services().engine) as session:
            user = user_for(session, token.strip(), utcnow())
            if user is not None:
                session.expunge(user)
        if user is None:
            return _error(401, "The token is unknown or revoked.")
        if user.role != Role.ADMIN:
            return _error(403, "The token's user is not an admin.")
        g.api_user = user
        return view(*args, **kwargs)
    return wrapped


def _body():
    return request.get_json(silent=True) if request.mimetype == "application/json" else None


@bp.get("/openapi.json")
def openapi():
    return jsonify(SPEC)


@bp.post("/patients")
@token_required
def create_patient():
    body = _body()
    now = utcnow()
    try:
        with transaction(services().engine) as session:
            data = api_payloads.patient_input(session, body)
            patient = enroll(session, data, get_clinic(session), recorded_by=g.api_user, now=now)
            audit.record(session, g.api_user, "api.patient.create", "patient", patient.id, patient_id=patient.id,
                         ip=client_ip(), now=now)
            payload = api_payloads.patient_json(session, patient)
    except ValidationError as error:
        if error.errors.get("phone") == DUPLICATE_PHONE:
            return _error(409, "A patient with this phone number is already enrolled.", errors=error.errors)
        return _error(422, "The patient was not saved.", errors=error.errors)
    response = jsonify(payload)
    response.status_code = 201
    response.headers["Location"] = f"/api/patients/{payload['id']}"
    return response


def _patient_or_404(session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise NotFound("No such patient.")
    return patient


@bp.get("/patients/<int:patient_id>")
@token_required
def get_patient(patient_id: int):
    now = utcnow()
    with transaction(services().engine) as session:
        patient = _patient_or_404(session, patient_id)
        audit.record(session, g.api_user, "api.patient.view", "patient", patient.id, patient_id=patient.id,
                     ip=client_ip(), now=now)
        return jsonify(api_payloads.patient_json(session, patient))


@bp.post("/patients/<int:patient_id>/checkins")
@token_required
def send_checkin(patient_id: int):
    now = utcnow()
    try:
        with transaction(services().engine) as session:
            patient = _patient_or_404(session, patient_id)
            checkin, message_id = send_checkin_now(session, patient, now)
            audit.record(session, g.api_user, "api.checkin.send", "checkin", checkin.id, patient_id=patient.id,
                         ip=client_ip(), now=now)
    except CheckinRefused as refused:
        return _error(409, str(refused))
    hand_over(services(), [message_id])
    response = jsonify(checkin_id=checkin.id, status="queued")
    response.status_code = 202
    return response


@bp.get("/escalations")
@token_required
def list_escalations():
    errors = {}
    status = request.args.get("status")
    if status is not None and status not in STATUSES:
        errors["status"] = "must be one of " + ", ".join(STATUSES)
    limit_arg, after_arg = request.args.get("limit", "50"), request.args.get("after", "0")
    limit = int(limit_arg) if limit_arg.isdigit() else 0
    if not 1 <= limit <= MAX_LIMIT:
        errors["limit"] = f"must be a whole number from 1 to {MAX_LIMIT}"
    after = int(after_arg) if after_arg.isdigit() else -1
    if not 0 <= after <= MAX_ID:
        errors["after"] = "must be an escalation id (a whole number)"
    if errors:
        return _error(422, "Bad query.", errors=errors)
    statement = select(Escalation).where(Escalation.id > after).order_by(Escalation.id).limit(limit + 1)
    if status:
        statement = statement.where(Escalation.status == status)
    now = utcnow()
    with transaction(services().engine) as session:
        rows = session.exec(statement).all()
        audit.record(session, g.api_user, "api.escalation.list", "escalation", None, ip=client_ip(), now=now,
                     count=min(len(rows), limit))
    items = [api_payloads.escalation_json(e) for e in rows[:limit]]
    return jsonify(items=items, next_after=items[-1]["id"] if len(rows) > limit else None)


@bp.patch("/escalations/<int:escalation_id>")
@token_required
def update_escalation(escalation_id: int):
    body = _body()
    if not isinstance(body, dict):
        return _error(422, "Bad body.", errors={"body": "must be a JSON object"})
    status, note = body.get("status"), body.get("note", "")
    errors = {}
    if status not in ("acknowledged", "resolved"):
        errors["status"] = "must be acknowledged or resolved"
    if not isinstance(note, str):
        errors["note"] = "must be a string"
    if errors:
        return _error(422, "Bad body.", errors=errors)
    now = utcnow()
    try:
        with transaction(services().engine) as session:
            escalation = session.get(Escalation, escalation_id)
            if escalation is None:
                raise NotFound("No such escalation.")
            if status == "acknowledged":
                actions.acknowledge(session, escalation, g.api_user, now, client_ip())
            else:
                actions.resolve(session, escalation, g.api_user, note, now, client_ip())
            payload = api_payloads.escalation_json(escalation)
    except actions.ActionError as refused:
        return _error(409 if refused.field == "status" else 422, str(refused), errors={refused.field: str(refused)})
    return jsonify(payload)
