"""Twilio implementation of :class:`checkins.sms.transport.Transport`, on the
official SDK.

Error mapping (see ``_error_from_status``): 408, 429 / Twilio 20429, any 5xx,
connection errors and timeouts are transient; other 4xx are permanent and carry
Twilio's error code (21610 unsubscribed, 21211 invalid 'To', 21614 not mobile).
Nothing from the SDK's own error text is propagated: Twilio messages can quote
the recipient's number, and request URLs for lookups carry it in the query.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from twilio.base import values
from twilio.base.exceptions import TwilioException, TwilioRestException, TwilioServiceException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client

from checkins.sms.transport import OutboundSMS, TransportError

# The SDK logs every request's query params (recipient numbers) and headers at
# INFO; keep it quiet even if the application raises root verbosity.
logging.getLogger("twilio.http_client").setLevel(logging.WARNING)

_TRANSIENT_STATUSES = frozenset({408, 429})
_RATE_LIMIT_CODE = 20429


class _RedactQueryFilter(logging.Filter):
    """Strips query strings from Twilio API paths in urllib3's debug/warning
    records: the Messages list lookup sends the recipient number as ``To=``."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(_is_api_path_with_query(a) for a in args):
            record.args = tuple(
                a.split("?", 1)[0] + "?<redacted>" if _is_api_path_with_query(a) else a
                for a in args
            )
        return True


def _is_api_path_with_query(value: object) -> bool:
    return isinstance(value, str) and "?" in value and "/Accounts/" in value


def _install_urllib3_redaction() -> None:
    for name in ("urllib3.connectionpool", "urllib3.util.retry"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _RedactQueryFilter) for f in logger.filters):
            logger.addFilter(_RedactQueryFilter())


_install_urllib3_redaction()


class _RoutedHttpClient(TwilioHttpClient):
    """TwilioHttpClient with a default timeout, optional redirection of
    ``https://*.twilio.com`` to another base URL (tests, benchmarks, proxies),
    and no request/response logging."""

    def __init__(self, *, timeout: float, api_base_url: str | None) -> None:
        super().__init__(timeout=timeout)
        self._base = urlsplit(api_base_url.rstrip("/")) if api_base_url else None
        if self._base is not None and not (self._base.scheme and self._base.netloc):
            raise ValueError("api_base_url must be an absolute URL such as http://127.0.0.1:8765")
        if self._base is not None and self._base.scheme == "http" and self.session is not None:
            # The parent sizes only the https pool; match it for a plain-http base.
            self.session.mount("http://", self.session.get_adapter("https://x"))

    def route(self, url: str) -> str:
        """Returns ``url`` with scheme and host replaced by ``api_base_url``
        when it targets a Twilio host; any other URL is returned unchanged."""
        if self._base is None:
            return url
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme != "https" or not (host == "twilio.com" or host.endswith(".twilio.com")):
            return url
        return urlunsplit(
            (self._base.scheme, self._base.netloc, self._base.path + parts.path, parts.query, parts.fragment)
        )

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Response:
        try:
            return super().request(method, self.route(url), *args, **kwargs)
        finally:
            # The parent keeps the last request/response (form data = body and
            # number) on the instance "for tests"; do not retain it.
            self._test_only_last_request = None
            self._test_only_last_response = None

    def log_request(self, kwargs: dict[str, Any]) -> None:
        # Parent logs query params, i.e. recipient numbers: never log them.
        return None

    def log_response(self, status_code: int, response: Any) -> None:
        return None


def _error_from_status(op: str, status: int, code: int | None) -> TransportError:
    """Returns the TransportError for an HTTP error ``status`` with Twilio
    ``code`` (None or equal to ``status`` when Twilio gave none)."""
    if code == status:
        # The SDK substitutes the HTTP status when the body had no code.
        code = None
    transient = status in _TRANSIENT_STATUSES or code == _RATE_LIMIT_CODE or status >= 500 or status < 400
    detail = f"HTTP {status}" + (f" code {code}" if code is not None else "")
    return TransportError(f"twilio {op} failed: {detail}", code=code, permanent=not transient)


def _code_from_body(text: str | None) -> int | None:
    try:
        code = json.loads(text or "").get("code")
    except (ValueError, AttributeError):
        return None
    return code if isinstance(code, int) else None


def _translate(op: str, exc: BaseException) -> TransportError:
    """Returns the TransportError for an exception raised by the SDK or requests."""
    if isinstance(exc, (TwilioRestException, TwilioServiceException)):
        code = exc.code if isinstance(exc.code, int) else None
        return _error_from_status(op, int(exc.status), code)
    if isinstance(exc, requests.exceptions.RequestException):
        # Timeouts and connection failures; for a POST the message may still
        # have been accepted, which is what find_sent reconciles.
        return TransportError(f"twilio {op} failed: {type(exc).__name__}", permanent=False)
    if isinstance(exc, TwilioException):
        # List pages raise a bare TwilioException("Unable to fetch page", response).
        response = exc.args[1] if len(exc.args) > 1 else None
        if isinstance(response, Response):
            return _error_from_status(op, response.status_code, _code_from_body(response.text))
        return TransportError(f"twilio {op} failed: {type(exc).__name__}", permanent=False)
    # Undecodable success body: the request may have been accepted.
    return TransportError(f"twilio {op} failed: {type(exc).__name__}", permanent=False)


_TRANSLATED = (TwilioException, requests.exceptions.RequestException, json.JSONDecodeError)


class TwilioTransport:
    """Sends SMS through Twilio's Messages API.

    Exactly one of ``messaging_service_sid`` / ``from_number`` selects the
    sender. ``validity_period`` (seconds, 1..36000) tells Twilio to drop a
    message still queued after that long, so a stale check-in is never
    delivered hours late.
    """

    name = "twilio"

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        messaging_service_sid: str | None = None,
        from_number: str | None = None,
        api_base_url: str | None = None,
        timeout: float = 10.0,
        validity_period: int | None = 14400,
    ) -> None:
        if bool(messaging_service_sid) == bool(from_number):
            raise ValueError("exactly one of messaging_service_sid and from_number is required")
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        if validity_period is not None and not 1 <= validity_period <= 36000:
            raise ValueError("validity_period must be between 1 and 36000 seconds")
        self._messaging_service_sid = messaging_service_sid
        self._from_number = from_number
        self._validity_period = validity_period
        self._http = _RoutedHttpClient(timeout=timeout, api_base_url=api_base_url)
        self._client = Client(account_sid, auth_token, http_client=self._http)
        # The SDK builds the Messages API (and imports its modules, tens of
        # milliseconds) on first use; do it now rather than inside the first
        # send, after a rate-limit slot was already granted.
        self._messages = self._client.messages

    def send(self, sms: OutboundSMS) -> str:
        """Submits ``sms``; returns the Twilio message SID (``SM...``).

        Raises TransportError; after a transient one the message may or may
        not have been accepted (use find_sent before retrying).
        """
        sender: dict[str, Any] = (
            {"messaging_service_sid": self._messaging_service_sid}
            if self._messaging_service_sid
            else {"from_": self._from_number}
        )
        try:
            message = self._messages.create(
                to=sms.to,
                body=sms.body,
                status_callback=sms.status_callback if sms.status_callback else values.unset,
                validity_period=self._validity_period if self._validity_period is not None else values.unset,
                **sender,
            )
        except _TRANSLATED as exc:
            # `from None`: the chained SDK/requests error text can contain the
            # number or the request URL, and tracebacks end up in job logs.
            raise _translate("send", exc) from None
        if not message.sid:
            raise TransportError("twilio send failed: response without sid", permanent=False)
        return message.sid

    def find_sent(self, to: str, since: datetime, body: str) -> str | None:
        """Returns the SID of the earliest message to ``to`` with exactly
        ``body`` created at or after ``since`` (truncated to the second, the
        API's resolution; naive datetimes are taken as UTC), else None.

        Raises TransportError.
        """
        since_utc = since.replace(tzinfo=timezone.utc) if since.tzinfo is None else since.astimezone(timezone.utc)
        floor = since_utc.replace(microsecond=0)
        try:
            records = self._messages.list(to=to, date_sent_after=floor, page_size=100)
        except _TRANSLATED as exc:
            raise _translate("lookup", exc) from None
        # The server filter is on date_sent; the local check on date_created
        # also covers APIs that apply the filter at day granularity.
        matches = [
            m
            for m in records
            if m.body == body and (m.date_created is None or m.date_created >= floor)
        ]
        if not matches:
            return None
        earliest = min(matches, key=lambda m: m.date_created or floor)
        return earliest.sid
