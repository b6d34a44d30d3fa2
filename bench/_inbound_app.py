"""The bare endpoint bench_inbound.py compares the inbound webhook with.

Served by gunicorn with the same settings as the real app
(`--pythonpath bench '_inbound_app:create_app()'`): one POST /sms/inbound
that reads nothing and answers an empty TwiML document, so its throughput is
what gunicorn, Flask and the TwiML library cost on this machine before any
signature check, database or triage work.
"""

from __future__ import annotations

from flask import Flask, Response
from twilio.twiml.messaging_response import MessagingResponse


def create_app() -> Flask:
    app = Flask(__name__)

    @app.post("/sms/inbound")
    def inbound():
        return Response(str(MessagingResponse()), mimetype="text/xml")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
