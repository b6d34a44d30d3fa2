"""The audit trail for admins: browse and export (CSV). There is no route that edits it."""

from __future__ import annotations

from flask import Blueprint, Response, g, render_template, request, stream_with_context
from sqlmodel import Session

from checkins import audit
from checkins.db import transaction
from checkins.models import utcnow
from checkins.security import admin_required, client_ip
from checkins.web import services

bp = Blueprint("audit_log", __name__, url_prefix="/admin")


def _int(name: str) -> int | None:
    value = request.args.get(name, "")
    return int(value) if value.isdigit() else None


def _filters() -> audit.AuditFilter:
    return audit.AuditFilter(user_id=_int("user"), patient_id=_int("patient"),
                             action=request.args.get("action") or None)


@bp.get("/audit")
@admin_required
def browse():
    filters = _filters()
    with transaction(services().engine) as session:
        rows = audit.page(session, filters, before_id=_int("before"))
        audit.record(session, g.user, "audit.view", "audit", None, ip=client_ip(), now=utcnow())
    older = rows[-1][0].id if len(rows) == 100 else None
    return render_template("admin/audit.html", rows=rows, filters=filters, older=older,
                           query={k: v for k, v in request.args.items() if k != "before"})


@bp.get("/audit.csv")
@admin_required
def export():
    filters = _filters()
    engine = services().engine
    with transaction(engine) as session:
        audit.record(session, g.user, "audit.export", "audit", None, ip=client_ip(), now=utcnow())

    def generate():
        with Session(engine) as session:
            yield from audit.to_csv(audit.export_rows(session, filters))

    return Response(stream_with_context(generate()), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=audit.csv"})
