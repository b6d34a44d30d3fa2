"""Handing send batches to RQ: one pipeline, job ids derived from the message ids."""

from __future__ import annotations

from rq import Queue, Retry

from checkins.models import utcnow
from checkins.services import Services

# Backoff for transient provider errors (429, 5xx, timeouts): RQ re-runs the batch
# and the database claim makes already-sent texts no-ops.
SEND_RETRY = Retry(max=5, interval=[15, 60, 180, 600, 1800])
SEND_TIMEOUT = 900


def enqueue_sends(services: Services, batches: list[tuple[str, list[int]]]) -> None:
    """Enqueues one `send_messages` job per (queue, ids) batch atomically; raises if Redis fails."""
    from worker.jobs import send_messages

    stamp = utcnow().strftime("%Y%m%d%H%M%S")
    by_queue: dict[str, list] = {}
    for queue_name, ids in batches:
        by_queue.setdefault(queue_name, []).append(Queue.prepare_data(
            send_messages, args=(ids,), timeout=SEND_TIMEOUT, retry=SEND_RETRY,
            job_id=f"send-{ids[0]}-{ids[-1]}-{stamp}", description=f"send {len(ids)} texts",
        ))
    with services.redis.pipeline() as pipe:
        for queue_name, datas in by_queue.items():
            services.queue(queue_name).enqueue_many(datas, pipeline=pipe)
        pipe.execute()
