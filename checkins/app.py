"""The Flask application factory."""

from __future__ import annotations

import logging
from typing import Any, Mapping

from zoneinfo import ZoneInfo

from flask import Flask
from werkzeug.routing import IntegerConverter

from checkins import services as services_module
from checkins.db import MAX_ID
from checkins.services import Services
from checkins.settings import PROJECT_ROOT, Settings


class IdConverter(IntegerConverter):
    """`<int:...>` in every route: positive and within the database's id range, else 404."""

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("min", 1)
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Builds the app; `config` may carry `SETTINGS` (a Settings) and Flask options for tests."""
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "checkins" / "static"),
    )
    app.url_map.converters["int"] = IdConverter
    config = dict(config or {})
    settings: Settings = config.pop("SETTINGS", None) or Settings.from_env()
    app.config.update(MAX_CONTENT_LENGTH=6 * 1024 * 1024, SECRET_KEY=settings.secret_key, SESSION_COOKIE_HTTPONLY=True,
                      SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SECURE=settings.env == "production")
    app.config.update(config)
    # The simulator page exists only while texts go nowhere.
    app.config["SIMULATOR"] = settings.sms_transport == "simulator"
    services = config.get("SERVICES") or Services(settings)
    app.extensions["checkins"] = services
    services_module.install(services)
    if settings.env != "test":
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    from checkins import security
    from checkins.sms import webhooks
    from checkins.views import blueprints

    security.init_app(app)
    webhooks.init_app(app)
    # Twilio's webhooks carry no CSRF token; their signature guards them instead.
    security.csrf.exempt(webhooks.bp)
    for blueprint in blueprints():
        app.register_blueprint(blueprint)
    app.jinja_env.filters["zone"] = ZoneInfo

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
