"""Small helpers shared by the blueprints."""

from __future__ import annotations

from flask import current_app

from checkins.services import Services


def services() -> Services:
    """Returns the app's services (database, Redis, transport)."""
    return current_app.extensions["checkins"]
