"""inbox indexes: scope by prescriber, unresolved escalations, latest change

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:20:00.000000

Follows 0004 (api tokens), so the chain keeps a single head.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005'
down_revision: Union[str, None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Must read exactly like checkins.inbox.unresolved_clause() renders, so the planner can use it.
UNRESOLVED = sa.text("status IN ('open', 'acknowledged')")


def upgrade() -> None:
    # A viewer's patients as an index-only scan (the inbox scope subquery).
    op.create_index('ix_patient_prescriber_id_id', 'patient', ['prescriber_id', 'id'], unique=False)
    # Covers the queue: count, per-level counts and ordering of the unresolved escalations in scope.
    op.create_index('ix_escalation_unresolved', 'escalation', ['patient_id', 'level', 'status', 'created_at', 'id'],
                    unique=False, postgresql_where=UNRESOLVED, sqlite_where=UNRESOLVED)
    # The inbox poll's "what changed last".
    op.create_index('ix_escalation_updated_at', 'escalation', ['updated_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_escalation_updated_at', table_name='escalation')
    op.drop_index('ix_escalation_unresolved', table_name='escalation')
    op.drop_index('ix_patient_prescriber_id_id', table_name='patient')
