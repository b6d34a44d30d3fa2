"""spine: clinic, users, plans, patients, check-ins, messages

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 09:05:17.628820
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel
import checkins.db


revision: str = '0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('clinic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('default_region', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('timezone', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('show_medication_names', sa.Boolean(), nullable=False),
    sa.Column('oncall_phone', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('created_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('questions', sa.JSON(), nullable=False),
    sa.Column('weekdays', sa.JSON(), nullable=False),
    sa.Column('send_time', sa.Time(), nullable=False),
    sa.Column('dense_weekdays', sa.JSON(), nullable=False),
    sa.Column('dense_weeks', sa.Integer(), nullable=False),
    sa.Column('reminder_hours', sa.Integer(), nullable=False),
    sa.Column('missed_threshold', sa.Integer(), nullable=False),
    sa.Column('quiet_start', sa.Time(), nullable=False),
    sa.Column('quiet_end', sa.Time(), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('created_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('email')
    )
    op.create_table('patient',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('last_name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('phone_problem', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
    sa.Column('timezone', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('prescriber_id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('status_changed_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('consent_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('consent_method', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('consent_text', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('consent_recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('medication_changed_on', sa.Date(), nullable=True),
    sa.Column('next_checkin_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_checkin_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('missed_in_row', sa.Integer(), nullable=False),
    sa.Column('created_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['consent_recorded_by_id'], ['user.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], ),
    sa.ForeignKeyConstraint(['prescriber_id'], ['user.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('phone')
    )
    with op.batch_alter_table('patient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patient_next_checkin_at'), ['next_checkin_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_patient_prescriber_id'), ['prescriber_id'], unique=False)

    op.create_table('sms_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('body', sqlmodel.sql.sqltypes.AutoString(length=1600), nullable=False),
    sa.Column('updated_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'language')
    )
    op.create_table('checkin',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('slot_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('questions', sa.JSON(), nullable=False),
    sa.Column('question_index', sa.Integer(), nullable=False),
    sa.Column('created_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('sent_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reminded_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('answered_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('patient_id', 'slot_at', name='uq_checkin_patient_slot')
    )
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.create_index('ix_checkin_status_slot', ['status', 'slot_at'], unique=False)

    op.create_table('medication',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('dose', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('medication', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_medication_patient_id'), ['patient_id'], unique=False)

    op.create_table('message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('direction', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('patient_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('checkin_id', sa.Integer(), nullable=True),
    sa.Column('question', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('body', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('encoding', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('segments', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('provider_sid', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('error_code', sa.Integer(), nullable=True),
    sa.Column('error_detail', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', checkins.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('not_before', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('enqueued_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('claimed_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('sent_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('status_at', checkins.db.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['checkin_id'], ['checkin.id'], ),
    sa.ForeignKeyConstraint(['patient_id'], ['patient.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('provider_sid')
    )
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_checkin_id'), ['checkin_id'], unique=False)
        batch_op.create_index('ix_message_patient_created', ['patient_id', 'created_at'], unique=False)
        batch_op.create_index('ix_message_status_enqueued', ['status', 'enqueued_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_index('ix_message_status_enqueued')
        batch_op.drop_index('ix_message_patient_created')
        batch_op.drop_index(batch_op.f('ix_message_checkin_id'))

    op.drop_table('message')
    with op.batch_alter_table('medication', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_medication_patient_id'))

    op.drop_table('medication')
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_index('ix_checkin_status_slot')

    op.drop_table('checkin')
    op.drop_table('sms_template')
    with op.batch_alter_table('patient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patient_prescriber_id'))
        batch_op.drop_index(batch_op.f('ix_patient_next_checkin_at'))

    op.drop_table('patient')
    op.drop_table('user')
    op.drop_table('plan')
    op.drop_table('clinic')
