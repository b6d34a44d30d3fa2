"""replies: readings, escalations, inbound processing, reminders

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 09:19:30.220048
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel
import checkins.db


revision: str = '0002'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('escalation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('prescriber_id', sa.Integer(), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('created_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('urgent_since', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('alerted_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_by_id', sa.Integer(), nullable=True),
    sa.Column('resolved_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('resolution_note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('false_alarm', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['acknowledged_by_id'], ['user.id'], ),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], ),
    sa.ForeignKeyConstraint(['prescriber_id'], ['user.id'], ),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['user.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('escalation', schema=None) as batch_op:
        batch_op.create_index('ix_escalation_patient_status', ['patient_id', 'status'], unique=False)
        batch_op.create_index('ix_escalation_prescriber_status', ['prescriber_id', 'status'], unique=False)
        batch_op.create_index('ix_escalation_status_level_created', ['status', 'level', 'created_at'], unique=False)

    op.create_table('escalation_message',
    sa.Column('escalation_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['escalation_id'], ['escalation.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], ),
    sa.PrimaryKeyConstraint('escalation_id', 'message_id')
    )
    op.create_table('reading',
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=True),
    sa.Column('checkin_id', sa.Integer(), nullable=True),
    sa.Column('asked', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('triage', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('crisis', sa.Boolean(), nullable=False),
    sa.Column('keyword', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('mood', sa.Integer(), nullable=True),
    sa.Column('adherence', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('side_effects', sa.JSON(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('matches', sa.JSON(), nullable=False),
    sa.Column('created_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['checkin_id'], ['checkin.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], ),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], ),
    sa.PrimaryKeyConstraint('message_id')
    )
    with op.batch_alter_table('reading', schema=None) as batch_op:
        batch_op.create_index('ix_reading_patient_created', ['patient_id', 'created_at'], unique=False)

    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remind_at', checkins.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_checkin_remind_at'), ['remind_at'], unique=False)

    with op.batch_alter_table('clinic', schema=None) as batch_op:
        batch_op.add_column(sa.Column('low_mood_max', sa.Integer(), nullable=False, server_default='2'))

    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('num_media', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('in_reply_to_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('processed_at', checkins.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_message_in_reply_to_id'), ['in_reply_to_id'], unique=False)
        batch_op.create_foreign_key('fk_message_in_reply_to_id', 'message', ['in_reply_to_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_constraint('fk_message_in_reply_to_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_message_in_reply_to_id'))
        batch_op.drop_column('processed_at')
        batch_op.drop_column('in_reply_to_id')
        batch_op.drop_column('num_media')

    with op.batch_alter_table('clinic', schema=None) as batch_op:
        batch_op.drop_column('low_mood_max')

    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_remind_at'))
        batch_op.drop_column('remind_at')

    with op.batch_alter_table('reading', schema=None) as batch_op:
        batch_op.drop_index('ix_reading_patient_created')

    op.drop_table('reading')
    op.drop_table('escalation_message')
    with op.batch_alter_table('escalation', schema=None) as batch_op:
        batch_op.drop_index('ix_escalation_status_level_created')
        batch_op.drop_index('ix_escalation_prescriber_status')
        batch_op.drop_index('ix_escalation_patient_status')

    op.drop_table('escalation')
