"""The simulator: a phone-like page per patient while texts go nowhere (no Twilio account).

Replies typed here go through exactly the pipeline a real text takes
(checkins.notify.take_in), only without Twilio's signature.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, url_for
from sqlmodel import select

from checkins import audit
from checkins.access import Scope
from checkins.db import transaction
from checkins.inbound import simulated_sms
from checkins.models import Direction, Message, MessageStatus, Patient, utcnow
from checkins.notify import take_in
from checkins.security import client_ip, login_required
from checkins.views.inbox import load_patient
from checkins.web import services

bp = Blueprint("simulator", __name__, url_prefix="/simulator")
SHOWN = 100
BODY_MAX = 1600
# What the patient's phone would have shown: texts that left, or were answered inside the webhook.
_ON_PHONE = (MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.REPLIED, MessageStatus.RECEIVED)


@bp.before_request
def _only_without_twilio():
    if not current_app.config.get("SIMULATOR"):
        abort(404)


@bp.get("")
@login_required
def phones():
    with transaction(services().engine) as session:
        scope = Scope(session, g.user, utcnow())
        patients = session.exec(scope.patients(select(Patient)).order_by(Patient.last_name, Patient.first_name)
                                .limit(500)).all()
        audit.record(session, g.user, "simulator.list", "patient", None, ip=client_ip(), now=utcnow())
        return render_template("simulator/list.html", patients=patients)


def _page(session, patient, error=None, typed="", status=200):
    rows = session.exec(select(Message).where(
        Message.patient_id == patient.id, Message.status.in_(_ON_PHONE)
    ).order_by(Message.created_at.desc(), Message.id.desc()).limit(SHOWN)).all()
    waiting = session.exec(select(Message.id).where(
        Message.patient_id == patient.id, Message.direction == Direction.OUTBOUND,
        Message.status.in_((MessageStatus.QUEUED, MessageStatus.SENDING)))).all()
    audit.record(session, g.user, "simulator.view", "patient", patient.id, patient_id=patient.id, ip=client_ip(),
                 now=utcnow())
    return render_template("simulator/phone.html", patient=patient, messages=list(reversed(rows)),
                           waiting=len(waiting), error=error, typed=typed), status


@bp.get("/<int:patient_id>")
@login_required
def phone(patient_id: int):
    with transaction(services().engine) as session:
        return _page(session, load_patient(session, patient_id, utcnow()))


@bp.post("/<int:patient_id>")
@login_required
def reply(patient_id: int):
    body = request.form.get("body", "")
    svc = services()
    with transaction(svc.engine) as session:
        patient = load_patient(session, patient_id, utcnow())
        phone_number = patient.phone
        if len(body) > BODY_MAX:
            return _page(session, patient, f"A text is at most {BODY_MAX} characters here.", body, 422)
        audit.record(session, g.user, "simulator.reply", "patient", patient.id, patient_id=patient.id,
                     ip=client_ip(), now=utcnow())
    # Empty texts are allowed: real phones send them (a picture with no words), and they are routed to a person.
    take_in(svc, simulated_sms(phone_number, body))
    return redirect(url_for("simulator.phone", patient_id=patient_id))
