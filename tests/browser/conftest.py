"""Browser fixtures: the real app on a loopback port, driven by Debian's headless Chromium.

The app runs with werkzeug's threaded server in a background thread, against
the SQLite test database (one backend is enough to exercise the pages), real
Redis and the fake Twilio. One Chromium per run, a fresh context per test. When
a test fails, a screenshot and the page's HTML are kept in
tests/browser/artifacts/<test name>.png / .html.

The server runs on real time (checkins.models.utcnow): a frozen clock does not
reach its threads, so data is built relative to now.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import threading
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright
from werkzeug.serving import WSGIRequestHandler, make_server

from checkins.app import create_app
from checkins.db import transaction
from checkins.passwords import hash_password
from checkins.services import Services
from tests.conftest import _engine_for, _wipe
from tests.support import factories

CHROMIUM = os.environ.get("CHECKINS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = Path(__file__).parent / "artifacts"
POLL_MS = 250  # the inbox's poll interval here (10 s in the app)
TIMEOUT_MS = 10_000  # any single wait or expectation; a healthy page answers in well under a second

_reports = pytest.StashKey[dict]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keeps each phase's report on the item, so fixtures can tell that the test failed."""
    report = yield
    item.stash.setdefault(_reports, {})[report.when] = report
    return report


@pytest.fixture
def engine(_engines, tmp_path_factory):
    """The SQLite test database, migrated and emptied (browser tests run on one backend)."""
    engine = _engine_for("sqlite", _engines, tmp_path_factory)
    _wipe(engine)
    return engine


@pytest.fixture
def people(engine, monkeypatch):
    """The clinic and personas, as in tests/conftest.py, hashing the shared password once per run."""
    monkeypatch.setattr(factories, "hash_password", _hash_once)
    with transaction(engine) as session:
        return factories.seed_clinic(session)


_hash_once = functools.cache(hash_password)


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs) -> None:
        pass  # one line per poll drowns a failure's output; errors are still logged


class LiveServer:
    def __init__(self, app) -> None:
        self.app = app
        self._server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=_QuietHandler)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="live-server", daemon=True)

    def start(self) -> "LiveServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def live_server(services):
    """The real app at http://127.0.0.1:<free port>, with a fast inbox poll."""
    app = create_app({"SETTINGS": services.settings, "SERVICES": services, "INBOX_POLL_MS": POLL_MS})
    server = LiveServer(app).start()
    yield server
    server.stop()


@pytest.fixture
def simulator_live_server(services):
    """The real app as `live_server` runs it, but with no Twilio account: texts go to the simulator transport,
    so the simulator pages exist. A test class takes it in place of `live_server` by overriding that fixture."""
    settings = dataclasses.replace(services.settings, sms_transport="simulator", twilio_account_sid=None,
                                   twilio_auth_token=None)
    app = create_app({"SETTINGS": settings, "SERVICES": Services(settings, engine=services.engine),
                      "INBOX_POLL_MS": POLL_MS})
    server = LiveServer(app).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"Chromium is required for the browser tests and there is none at {CHROMIUM} "
                    "(scripts/test installs Debian's chromium; or set CHECKINS_CHROMIUM)")
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Problems:
    """Console errors, uncaught page errors and Content-Security-Policy violations seen by a page."""

    def __init__(self) -> None:
        self.console: list[str] = []
        self.csp: list[str] = []
        self.page_errors: list[str] = []

    def on_console(self, message: ConsoleMessage) -> None:
        # The app ships no favicon; the browser's own request for one is not the page's doing.
        if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
            self.console.append(f"{message.text} ({message.location.get('url', '')})")

    def all(self) -> list[str]:
        return self.console + [f"CSP: {v}" for v in self.csp] + [f"page error: {e}" for e in self.page_errors]

    def clear(self) -> None:
        for seen in (self.console, self.csp, self.page_errors):
            seen.clear()


# Runs before any page script (and is not subject to the page's CSP): reports every violation.
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", function (e) {
  window.__reportCspViolation(e.violatedDirective + " blocked " + (e.blockedURI || "inline") +
                              " at " + e.sourceFile + ":" + e.lineNumber);
});
"""


@pytest.fixture
def problems() -> Problems:
    return Problems()


@pytest.fixture
def page(request, browser: Browser, live_server: LiveServer, problems: Problems):
    """A fresh page on the live server; keeps a screenshot and the HTML if the test fails."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    context.expose_function("__reportCspViolation", lambda violation: problems.csp.append(violation))
    context.add_init_script(_CSP_LISTENER)
    page = context.new_page()
    page.on("console", problems.on_console)
    page.on("pageerror", lambda error: problems.page_errors.append(str(error)))
    yield page
    report = request.node.stash.get(_reports, {}).get("call")
    if report is not None and report.failed:
        _keep_artifacts(page, request.node.name)
    context.close()


def _keep_artifacts(page: Page, test_name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    stem = ARTIFACTS / re.sub(r"[^\w.-]+", "_", test_name)
    try:
        page.screenshot(path=str(stem.with_suffix(".png")), full_page=True)
        stem.with_suffix(".html").write_text(page.content(), encoding="utf-8")
    except Exception as exc:  # noqa: BLE001 - a page that cannot be captured must not hide the failure
        stem.with_suffix(".txt").write_text(f"could not capture the page: {exc!r}\n", encoding="utf-8")

