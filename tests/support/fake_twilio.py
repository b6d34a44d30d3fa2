"""A fake Twilio Messages REST API on 127.0.0.1 for tests and benchmarks.

Usage::

    with FakeTwilio(latency=0.05) as fake:
        transport = TwilioTransport(fake.account_sid, "token", from_number="+15005550006",
                                    api_base_url=fake.url)
        ...
        assert fake.messages[0]["to"] == "+15551234567"
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
import uuid
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<sid>AC[0-9a-zA-Z]+)/Messages\.json$")
_ERROR_TEXT = {
    20429: "Too Many Requests",
    21211: "Invalid 'To' Phone Number",
    21610: "Attempt to send to unsubscribed recipient",
    21614: "'To' number is not a valid mobile number",
}


class FakeTwilio:
    """Threaded fake server; ``.messages`` is a snapshot of accepted POSTs."""

    def __init__(self, latency: float = 0.0, account_sid: str = "AC" + "0" * 32,
                 auth_token: str | None = None) -> None:
        self.latency = latency
        self.account_sid = account_sid
        self.auth_token = auth_token  # None: any non-empty token is accepted
        self.requests = 0  # every request seen, including failed ones
        self._lock = threading.Lock()
        self._messages: list[dict] = []
        self._fail_next: list[tuple[int, int | None, str]] = []
        self._fail_for: dict[str, tuple[int, int | None, str]] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control ---------------------------------------------------------
    def start(self) -> "FakeTwilio":
        fake = self

        class Handler(_Handler):
            owner = fake

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-twilio", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeTwilio":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "FakeTwilio not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def messages(self) -> list[dict]:
        with self._lock:
            return list(self._messages)

    def fail_next(self, n: int, status: int = 429, code: int | None = 20429,
                  message: str = "Too Many Requests") -> None:
        """The next ``n`` POSTs get this error and are not recorded as sent."""
        with self._lock:
            self._fail_next.extend([(status, code, message)] * n)

    def fail_for(self, to_number: str, status: int = 400, code: int | None = 21610,
                 message: str | None = None) -> None:
        """Every POST to ``to_number`` gets this error from now on."""
        with self._lock:
            self._fail_for[to_number] = (status, code, message or _ERROR_TEXT.get(code, "Error"))

    # -- request handling (called from server threads) -------------------
    def _create(self, form: dict[str, str]) -> tuple[int, dict]:
        received_at = time.monotonic()
        with self._lock:
            self.requests += 1
            fault = self._fail_next.pop(0) if self._fail_next else self._fail_for.get(form.get("To", ""))
            if fault is None:
                now = datetime.now(timezone.utc).replace(microsecond=0)
                record = {
                    "sid": "SM" + uuid.uuid4().hex, "to": form.get("To"), "body": form.get("Body"),
                    "from": form.get("From"), "messaging_service_sid": form.get("MessagingServiceSid"),
                    "status_callback": form.get("StatusCallback"),
                    "validity_period": form.get("ValidityPeriod"),
                    "received_at": received_at, "date_created": now,
                }
                self._messages.append(record)
        if self.latency:
            time.sleep(self.latency)
        if fault is not None:
            return fault[0], self._error(*fault)
        return 201, self._resource(record)

    def _list(self, query: dict[str, str]) -> dict:
        to, after = query.get("To"), query.get("DateSent>")
        since = _parse_date(after) if after else None
        with self._lock:
            self.requests += 1
            found = [m for m in self._messages
                     if (to is None or m["to"] == to) and (since is None or m["date_created"] >= since)]
        uri = f"/2010-04-01/Accounts/{self.account_sid}/Messages.json"
        return {
            "messages": [self._resource(m) for m in reversed(found)],  # newest first, like Twilio
            "end": max(len(found) - 1, 0), "first_page_uri": uri + "?PageSize=50&Page=0",
            "next_page_uri": None, "page": 0, "page_size": 50, "previous_page_uri": None,
            "start": 0, "uri": uri,
        }

    def _resource(self, m: dict) -> dict:
        created = format_datetime(m["date_created"])
        uri = f"/2010-04-01/Accounts/{self.account_sid}/Messages/{m['sid']}.json"
        return {
            "account_sid": self.account_sid, "api_version": "2010-04-01", "body": m["body"],
            "date_created": created, "date_sent": created, "date_updated": created,
            "direction": "outbound-api", "error_code": None, "error_message": None,
            "from": m["from"], "messaging_service_sid": m["messaging_service_sid"],
            "num_media": "0", "num_segments": "1", "price": None, "price_unit": "USD",
            "sid": m["sid"], "status": "queued", "subresource_uris": {"media": uri[:-5] + "/Media.json"},
            "to": m["to"], "uri": uri,
        }

    @staticmethod
    def _error(status: int, code: int | None, message: str) -> dict:
        body = {"message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status}
        if code is not None:
            body["code"] = code
        return body


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default backlog of 5 resets bursts of concurrent senders
    block_on_close = False  # idle keep-alive connections must not make stop() wait

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that time out close mid-reply; that is expected here


def _parse_date(value: str) -> datetime:
    fmt = "%Y-%m-%dT%H:%M:%SZ" if "T" in value else "%Y-%m-%d"
    return datetime.strptime(value, fmt).replace(tzinfo=timezone.utc)


class _Handler(BaseHTTPRequestHandler):
    owner: FakeTwilio
    protocol_version = "HTTP/1.1"  # keep-alive, as the SDK's pooled session expects
    # The head and the body of a reply are written separately: with Nagle on, every request
    # on a kept-alive connection would wait ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True
    timeout = 30

    def log_message(self, format: str, *args: object) -> None:
        pass  # request lines carry phone numbers in query strings

    def _route(self) -> str | None:
        """Returns the query string, or None after replying 404/401."""
        parts = urlsplit(self.path)
        match = _PATH.match(parts.path)
        if match is None or match["sid"] != self.owner.account_sid:
            self._reply(404, {"code": 20404, "message": "The requested resource was not found", "status": 404})
            return None
        expected = self.owner.auth_token
        auth = self.headers.get("Authorization", "")
        try:
            user, _, token = base64.b64decode(auth.removeprefix("Basic ")).decode().partition(":")
        except ValueError:
            user, token = "", ""
        if user != self.owner.account_sid or not token or (expected is not None and token != expected):
            self._reply(401, {"code": 20003, "message": "Authenticate", "status": 401})
            return None
        return parts.query

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        if self._route() is None:
            return
        form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        status, body = self.owner._create(form)
        self._reply(status, body)

    def do_GET(self) -> None:
        raw = self._route()
        if raw is None:
            return
        query = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        self._reply(200, self.owner._list(query))

    def _reply(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
