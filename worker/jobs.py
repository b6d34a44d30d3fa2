"""RQ job functions: thin wrappers that load services and call the domain.

Jobs take ids only (never names, numbers or texts) and let failures reach
RQ so that retries and the failed-job registry see them.
"""

from __future__ import annotations

import logging

from checkins import services as services_module
from checkins.clocks import realert_overdue
from checkins.db import transaction
from checkins.models import utcnow
from checkins.sending import Sender, reconcile
from checkins.tick import create_due_checkins, enqueue_pending, rehand_stale, send_reminders
from worker.enqueue import enqueue_sends

log = logging.getLogger(__name__)


def sender(services) -> Sender:
    """Returns the Sender configured for this process."""
    settings = services.settings
    callback = settings.public_base_url + "/sms/status" if settings.sms_transport == "twilio" else None
    return Sender(
        engine=services.engine, transport=services.transport, limiter=services.rate_limiter,
        sender_key=settings.sender_key, status_callback=callback, now=utcnow,
    )


def tick() -> dict:
    """The every-minute cron job: settle stuck sends, create due check-ins, re-alert, hand texts to workers."""
    services = services_module.current()
    now = utcnow()
    settled = reconcile(services.engine, services.transport, now)
    created = create_due_checkins(services.engine, now)
    reminders = send_reminders(services.engine, now)
    with transaction(services.engine) as session:
        realerts = realert_overdue(session, services.settings.public_base_url, now)
    rehanded = rehand_stale(services.engine, now)
    enqueued = enqueue_pending(services.engine, lambda batches: enqueue_sends(services, batches), now)
    summary = {"checkins": created.checkins_created, "skipped": created.slots_skipped,
               "reminders": reminders, "realerts": len(realerts), "rehanded": rehanded, "enqueued": enqueued, **settled}
    log.info("tick %s", summary)
    return summary


def send_messages(message_ids: list[int]) -> dict:
    """Sends a batch of queued texts; raises on transient errors so RQ retries the batch."""
    outcome = sender(services_module.current()).send_batch(list(message_ids))
    return {name: len(ids) for name, ids in vars(outcome).items()}
