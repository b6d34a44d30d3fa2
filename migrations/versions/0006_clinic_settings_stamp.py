"""clinic settings stamp: changed by triggers on any write to the clinic or its templates

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 17:00:00.000000

Web processes keep a copy of the clinic's settings and wording
(checkins.clinic_cache) and compare this stamp to tell when it is stale.
Triggers, not application code, change it, so any writer (the console, a
script, a restore) invalidates every copy. A random value rather than a
counter: a clinic row deleted and created again never repeats an old stamp.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006'
down_revision: Union[str, None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_PG = [
    """CREATE OR REPLACE FUNCTION clinic_new_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN NEW.settings_stamp := floor(random() * 9007199254740991)::bigint; RETURN NEW; END $$""",
    """CREATE TRIGGER clinic_settings_stamp BEFORE INSERT OR UPDATE ON clinic
    FOR EACH ROW EXECUTE FUNCTION clinic_new_stamp()""",
    # Touching the clinic row fires the trigger above, which picks the new stamp.
    """CREATE OR REPLACE FUNCTION clinic_templates_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE clinic SET settings_stamp = settings_stamp; RETURN NULL; END $$""",
    """CREATE TRIGGER sms_template_changes_clinic AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sms_template
    FOR EACH STATEMENT EXECUTE FUNCTION clinic_templates_changed()""",
]
_SQLITE = [
    "CREATE TRIGGER clinic_stamp_on_insert AFTER INSERT ON clinic "
    "BEGIN UPDATE clinic SET settings_stamp = random() WHERE id = NEW.id; END",
    # The WHEN clause keeps the trigger's own update from firing it again.
    "CREATE TRIGGER clinic_stamp_on_update AFTER UPDATE ON clinic WHEN NEW.settings_stamp IS OLD.settings_stamp "
    "BEGIN UPDATE clinic SET settings_stamp = random() WHERE id = NEW.id; END",
    *(f"CREATE TRIGGER sms_template_{verb}_changes_clinic AFTER {verb.upper()} ON sms_template "
      f"BEGIN UPDATE clinic SET settings_stamp = random(); END" for verb in ("insert", "update", "delete")),
]


def upgrade() -> None:
    with op.batch_alter_table('clinic', schema=None) as batch_op:
        batch_op.add_column(sa.Column('settings_stamp', sa.BigInteger(), nullable=False, server_default='0'))
    for statement in _PG if op.get_bind().dialect.name == "postgresql" else _SQLITE:
        op.execute(statement)
    op.execute("UPDATE clinic SET settings_stamp = settings_stamp")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER sms_template_changes_clinic ON sms_template")
        op.execute("DROP TRIGGER clinic_settings_stamp ON clinic")
        op.execute("DROP FUNCTION clinic_templates_changed()")
        op.execute("DROP FUNCTION clinic_new_stamp()")
    else:
        for name in ("clinic_stamp_on_insert", "clinic_stamp_on_update", *(
                f"sms_template_{verb}_changes_clinic" for verb in ("insert", "update", "delete"))):
            op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table('clinic', schema=None) as batch_op:
        batch_op.drop_column('settings_stamp')
