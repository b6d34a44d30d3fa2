"""Signing test webhook requests exactly as Twilio does, with the SDK's own validator."""

from __future__ import annotations

from twilio.request_validator import RequestValidator


def signed_headers(auth_token: str, url: str, params: dict[str, str]) -> dict[str, str]:
    """Returns headers carrying a valid X-Twilio-Signature for a form POST of `params` to `url`."""
    return {"X-Twilio-Signature": RequestValidator(auth_token).compute_signature(url, params)}
