"""Twilio's webhooks: incoming texts and delivery status. Both refuse unsigned requests."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, request
from twilio.twiml.messaging_response import MessagingResponse

from checkins.delivery import apply_status
from checkins.inbound import InboundSMS
from checkins.models import utcnow
from checkins.notify import take_in
from checkins.sms.signature import is_signed
from checkins.web import services

bp = Blueprint("sms", __name__, url_prefix="/sms")


def require_twilio_signature() -> None:
    """Aborts with 403 unless the request carries a valid Twilio signature."""
    settings = services().settings
    if not is_signed(settings.twilio_auth_token, settings.public_base_url, request):
        current_app.logger.warning("refused unsigned or forged request to %s", request.path)
        abort(403)


@bp.post("/inbound")
def inbound():
    """Twilio's incoming-message webhook: answers with TwiML (crisis resources, next question, ...)."""
    require_twilio_signature()
    sid = request.form.get("MessageSid") or request.form.get("SmsSid")
    sender = request.form.get("From")
    if not sid or not sender:
        abort(400, "MessageSid and From are required")
    media = request.form.get("NumMedia", "0")
    sms = InboundSMS(sid=sid, from_number=sender, body=request.form.get("Body", ""),
                     num_media=int(media) if media.isdigit() else 0)
    result = take_in(services(), sms)
    twiml = MessagingResponse()
    for text in result.replies:
        twiml.message(text)
    return Response(str(twiml), mimetype="text/xml")


@bp.post("/status")
def status():
    require_twilio_signature()
    sid = request.form.get("MessageSid") or request.form.get("SmsSid")
    provider_status = request.form.get("MessageStatus") or request.form.get("SmsStatus")
    if not sid or not provider_status:
        abort(400, "MessageSid and MessageStatus are required")
    code = request.form.get("ErrorCode")
    error_code = int(code) if code and code.isdigit() else None
    with services().transaction() as session:
        apply_status(session, sid, provider_status, error_code, utcnow())
    return "", 204


def init_app(app) -> None:
    app.register_blueprint(bp)
