"""Checking that a webhook request really comes from Twilio."""

from __future__ import annotations

from flask import Request
from twilio.request_validator import RequestValidator, get_signature_algorithm


def public_url(base_url: str, request: Request) -> str:
    """Returns the URL Twilio called: PUBLIC_BASE_URL plus the path and query string.

    Behind a proxy the Host the app sees is not the one Twilio signed, so the
    externally visible base URL is configured instead of read from the request.
    """
    query = request.query_string.decode("latin-1")
    return base_url.rstrip("/") + request.path + (f"?{query}" if query else "")


def is_signed(auth_token: str | None, base_url: str, request: Request) -> bool:
    """True when X-Twilio-Signature matches the request under `auth_token`."""
    signature = request.headers.get("X-Twilio-Signature")
    if not auth_token or not signature:
        return False
    algorithm = get_signature_algorithm(request.headers.get("X-Twilio-Webhooks-Signature-Settings"))
    return RequestValidator(auth_token).validate(public_url(base_url, request), request.form, signature, algorithm)
