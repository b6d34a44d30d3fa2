"""The admin console for people: staff accounts and covers, patients, and CSV import. Admins only.

One guard for the whole console: anyone signed in who is not an admin gets 404
(the pages do not exist for them), anyone signed out goes to the sign-in page.
The routes live in admin_users, admin_patients and admin_import, nested here.
"""

from flask import Blueprint

from checkins.security import admin_required
from checkins.views import admin_import, admin_patients, admin_users

bp = Blueprint("admin_people", __name__)


@bp.before_request
@admin_required
def _admins_only():
    return None


bp.register_blueprint(admin_users.bp)
bp.register_blueprint(admin_patients.bp)
bp.register_blueprint(admin_import.bp)
