"""Taking in a text and handing urgent alerts to the workers right away, without depending on Redis."""

from __future__ import annotations

import logging

from redis.exceptions import RedisError

from checkins.inbound import InboundResult, InboundSMS, receive
from checkins.models import utcnow
from checkins.tick import enqueue_pending

log = logging.getLogger(__name__)


def hand_over(services, message_ids: list[int]) -> bool:
    """Enqueues the given queued texts now; returns False (and leaves them to the tick) if Redis is down."""
    if not message_ids:
        return True
    from worker.enqueue import enqueue_sends

    try:
        enqueue_pending(services.engine, lambda batches: enqueue_sends(services, batches), utcnow(),
                        only=list(message_ids))
    except RedisError:
        # Saved as queued: the tick's enqueue pass sends them once Redis is back.
        log.warning("Redis unavailable; %d alert(s) left for the next tick", len(message_ids))
        return False
    return True


def take_in(services, sms: InboundSMS) -> InboundResult:
    """The one inbound path (Twilio's webhook and the simulator): receive, then alert at once."""
    result = receive(services.engine, sms, services.settings.public_base_url, utcnow())
    hand_over(services, result.alert_ids)
    return result
