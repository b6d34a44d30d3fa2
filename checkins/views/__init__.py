"""Blueprints for the staff pages, the simulator and the API (Twilio's webhooks live in checkins.sms.webhooks)."""

from __future__ import annotations

import importlib

# Each module exposes `bp`; registered in this order by the app factory.
MODULES = ("auth", "inbox", "audit_log", "admin_people", "admin_clinic", "simulator", "api")


def blueprints():
    return [importlib.import_module(f"checkins.views.{name}").bp for name in MODULES]
