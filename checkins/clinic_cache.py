"""The clinic's settings and wording, kept per process and read again only when they change.

Every incoming text needs them, and reading the clinic row and every
template for each text cost more than the text's own work. The clinic row's
`settings_stamp` is changed by database triggers on any write to the clinic
or to its templates (migration 0006); a caller compares the stamp it reads
(one column, usually alongside a query it makes anyway) with the copy's.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Mapping
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, Row, select

from checkins.models import Clinic, SmsTemplate
from checkins.outbox import ClinicNotConfigured

C, T = Clinic.__table__, SmsTemplate.__table__


@dataclass(frozen=True)
class ClinicSettings:
    stamp: int
    clinic: Row  # every clinic column, read-only (attribute access like the model's)
    templates: Mapping[tuple[str, str], str]  # the clinic's own wording by (kind, language)


_copies: WeakKeyDictionary[Engine, ClinicSettings] = WeakKeyDictionary()
_lock = threading.Lock()


def cached(engine: Engine) -> ClinicSettings | None:
    """The copy this process holds, unchecked; None before the first load."""
    return _copies.get(engine)


def load(conn: Connection) -> ClinicSettings:
    """Reads the settings and templates and keeps them as this process's copy."""
    clinic = conn.execute(select(C).order_by(C.c.id).limit(1)).first()
    if clinic is None:
        raise ClinicNotConfigured(ClinicNotConfigured.__doc__)
    templates = {(r.kind, r.language): r.body for r in conn.execute(select(T.c.kind, T.c.language, T.c.body))}
    settings = ClinicSettings(clinic.settings_stamp, clinic, templates)
    with _lock:
        _copies[conn.engine] = settings
    return settings
