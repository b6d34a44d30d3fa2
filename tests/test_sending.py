"""Sending through the real Twilio SDK to a fake Twilio: at most once, retried, reconciled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta

import pytest
import time_machine
from rq import SimpleWorker
from rq.registry import ScheduledJobRegistry
from sqlmodel import Session, select

from checkins.db import transaction
from checkins.models import Checkin, CheckinStatus, Message, MessageStatus, Patient, PatientStatus
from checkins.sending import Sender, TransientSendError, reconcile
from checkins.services import QUEUE_DEFAULT, QUEUES
from checkins.tick import create_due_checkins, enqueue_pending
from tests.conftest import NOW
from tests.support.factories import make_patient
from worker.enqueue import enqueue_sends
from worker.jobs import sender


class Clock:
    """An injectable clock the tests move by hand."""

    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def _queue_checkins(services, people, n=1, **fields):
    with transaction(services.engine) as session:
        for _ in range(n):
            make_patient(session, people["bob"], now=NOW - timedelta(days=7), **fields)
    create_due_checkins(services.engine, NOW)
    with Session(services.engine) as session:
        return [m.id for m in session.exec(select(Message).order_by(Message.id))]


def _sender(services, clock=None) -> Sender:
    s = sender(services)
    s.now = clock or Clock(NOW)
    return s


def _message(services, mid) -> Message:
    with Session(services.engine) as session:
        return session.get(Message, mid)


def test_a_text_goes_out_through_the_sdk_with_callback_and_validity(services, people, fake_twilio):
    [mid] = _queue_checkins(services, people)
    outcome = _sender(services).send_batch([mid])
    assert outcome.sent == [mid]
    [sent] = fake_twilio.messages
    message = _message(services, mid)
    assert sent["to"] == message.phone and sent["body"] == message.body
    assert sent["messaging_service_sid"] == services.settings.twilio_messaging_service_sid
    assert sent["status_callback"] == "https://checkins.test/sms/status"
    assert sent["validity_period"] == str(services.settings.validity_period)
    assert message.status == MessageStatus.SENT and message.provider_sid == sent["sid"]
    with Session(services.engine) as session:
        assert session.exec(select(Checkin)).one().status == CheckinStatus.SENT


def test_a_repeated_job_does_not_send_twice(services, people, fake_twilio):
    [mid] = _queue_checkins(services, people)
    s = _sender(services)
    s.send_batch([mid])
    assert s.send_batch([mid]).skipped == [mid]
    assert len(fake_twilio.messages) == 1


def test_two_workers_racing_for_the_same_texts_send_each_once(services, people, fake_twilio):
    ids = _queue_checkins(services, people, n=20)
    barrier = threading.Barrier(2)

    def worker():
        barrier.wait()
        _sender(services).send_batch(ids)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(fake_twilio.messages) == 20
    assert len({m["to"] for m in fake_twilio.messages}) == 20


def test_429_is_retried_by_rq_and_then_succeeds(services, people, fake_twilio):
    [mid] = _queue_checkins(services, people)
    fake_twilio.fail_next(1, status=429, code=20429)
    enqueue_pending(services.engine, lambda batches: enqueue_sends(services, batches), NOW)
    worker = SimpleWorker([services.queue(q) for q in QUEUES], connection=services.redis)
    with time_machine.travel(NOW):  # the job reads the real clock: 10:00 in New York, not quiet hours
        worker.work(burst=True)
    message = _message(services, mid)
    assert message.status == MessageStatus.QUEUED and message.error_code == 20429
    assert message.attempts == 1
    # RQ scheduled the retry with backoff instead of failing the job.
    assert len(ScheduledJobRegistry(queue=services.queue(QUEUE_DEFAULT))) == 1
    assert fake_twilio.messages == []
    # The retried job (run here directly) sends it.
    _sender(services).send_batch([mid])
    assert _message(services, mid).status == MessageStatus.SENT
    assert len(fake_twilio.messages) == 1


def test_a_transient_error_raises_so_the_queue_sees_it(services, people, fake_twilio):
    [mid] = _queue_checkins(services, people)
    fake_twilio.fail_next(1, status=503, code=None, message="Service Unavailable")
    with pytest.raises(TransientSendError):
        _sender(services).send_batch([mid])
    assert _message(services, mid).status == MessageStatus.QUEUED


def test_21610_marks_the_patient_opted_out(services, people, fake_twilio):
    [mid] = _queue_checkins(services, people)
    fake_twilio.fail_for(_message(services, mid).phone, status=400, code=21610)
    assert _sender(services).send_batch([mid]).failed == [mid]
    message = _message(services, mid)
    assert (message.status, message.error_code) == (MessageStatus.FAILED, 21610)
    with Session(services.engine) as session:
        patient = session.exec(select(Patient)).one()
        assert patient.status == PatientStatus.OPTED_OUT and patient.next_checkin_at is None


@pytest.mark.parametrize("code", [21211, 21614])
def test_an_unusable_number_is_flagged_and_no_longer_scheduled(services, people, fake_twilio, code):
    [mid] = _queue_checkins(services, people)
    fake_twilio.fail_for(_message(services, mid).phone, status=400, code=code)
    _sender(services).send_batch([mid])
    with Session(services.engine) as session:
        patient = session.exec(select(Patient)).one()
        assert patient.phone_problem and patient.next_checkin_at is None
        assert session.get(Message, mid).error_code == code


@pytest.mark.parametrize("status", [PatientStatus.OPTED_OUT, PatientStatus.PAUSED])
def test_opt_out_or_pause_after_queueing_cancels_at_send_time(services, people, fake_twilio, status):
    [mid] = _queue_checkins(services, people)
    with transaction(services.engine) as session:
        session.exec(select(Patient)).one().status = status
    assert _sender(services).send_batch([mid]).cancelled == [mid]
    assert fake_twilio.messages == []
    assert _message(services, mid).status == MessageStatus.CANCELLED


def test_quiet_hours_at_send_time_defer_to_the_morning(services, people, fake_twilio):
    [mid] = _queue_checkins(services, people)
    late = Clock(NOW.replace(hour=2, minute=30) + timedelta(days=1))  # 21:30 in New York
    assert _sender(services, late).send_batch([mid]).deferred == [mid]
    message = _message(services, mid)
    assert fake_twilio.messages == []
    assert message.status == MessageStatus.QUEUED and message.enqueued_at is None
    assert message.not_before == NOW.replace(hour=13) + timedelta(days=1)  # 08:00 in New York


def test_the_simulator_sends_without_any_provider(services, people, fake_twilio):
    from checkins.sms.simulator import SimulatorTransport

    [mid] = _queue_checkins(services, people)
    s = _sender(services)
    s.transport = SimulatorTransport()
    s.send_batch([mid])
    assert fake_twilio.messages == []
    assert _message(services, mid).status == MessageStatus.DELIVERED


def test_a_text_stuck_in_sending_that_reached_the_provider_is_not_resent(services, people, fake_twilio):
    [mid] = _queue_checkins(services, people)
    _kill_worker_mid_send(services, fake_twilio, mid)
    assert len(fake_twilio.messages) == 1
    assert _message(services, mid).status == MessageStatus.SENDING
    counts = reconcile(services.engine, services.transport, NOW + timedelta(minutes=10))
    assert counts["found"] == 1
    message = _message(services, mid)
    assert message.status == MessageStatus.SENT and message.provider_sid == fake_twilio.messages[0]["sid"]
    enqueue_pending(services.engine, lambda b: pytest.fail("must not hand over again"), NOW + timedelta(minutes=10))
    assert len(fake_twilio.messages) == 1


def test_a_text_stuck_in_sending_that_never_reached_the_provider_is_sent_once(services, people, fake_twilio):
    [mid] = _queue_checkins(services, people)
    with transaction(services.engine) as session:
        # What a worker killed between its claim and the provider call leaves behind.
        message = session.get(Message, mid)
        message.status, message.claimed_at, message.attempts = MessageStatus.SENDING, NOW, 1
    assert reconcile(services.engine, services.transport, NOW + timedelta(minutes=1))["requeued"] == 0
    assert reconcile(services.engine, services.transport, NOW + timedelta(minutes=10))["requeued"] == 1
    handed = []
    enqueue_pending(services.engine, handed.extend, NOW + timedelta(minutes=10))
    _sender(services).send_batch(handed[0][1])
    assert len(fake_twilio.messages) == 1


def _kill_worker_mid_send(services, fake_twilio, mid):
    """Runs a real worker process that sends `mid`, and SIGKILLs it while the provider call is open."""
    fake_twilio.latency = 30
    env = dict(os.environ, DATABASE_URL=services.settings.database_url, REDIS_URL=services.settings.redis_url,
               CHECKINS_ENV="test", SMS_TRANSPORT="twilio", TWILIO_ACCOUNT_SID=services.settings.twilio_account_sid,
               TWILIO_AUTH_TOKEN="x", TWILIO_MESSAGING_SERVICE_SID="MG" + "1" * 32,
               TWILIO_API_BASE_URL=fake_twilio.url, TWILIO_TIMEOUT="60", SEND_RATE_PER_SECOND="100")
    code = ("import time_machine; from worker.jobs import send_messages\n"
            f"with time_machine.travel({NOW.isoformat()!r}): send_messages([{mid}])")
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    try:
        deadline = time.monotonic() + 30
        while not fake_twilio.messages:
            assert proc.poll() is None, "the worker exited before reaching the provider"
            assert time.monotonic() < deadline, "the worker never reached the provider"
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        fake_twilio.latency = 0


def test_paced_senders_never_put_more_than_the_cap_in_a_second_at_the_provider(redis_conn):
    """Slots from concurrent processes, each text reaching the provider up to 40 ms late, at random."""
    import random
    import uuid

    import redis as redis_lib

    from checkins.sms.ratelimit import RateLimiter

    cap, key = 50, f"test-pace-{uuid.uuid4().hex}"
    start = 1_700_000_000.0
    clock = {"now": start}
    slots: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def sender_process(seed):
        rng = random.Random(seed)
        limiter = RateLimiter.for_provider(redis_lib.Redis.from_url(services_redis_url()), cap,
                                           clock=lambda: clock["now"])
        barrier.wait()
        for _ in range(60):
            at = clock["now"] + limiter.reserve(key)
            with lock:
                slots.append(at + rng.uniform(0, 0.04))  # when the provider sees it

    threads = [threading.Thread(target=sender_process, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    arrivals = sorted(slots)
    assert len(arrivals) == 480
    busiest = max(sum(1 for b in arrivals[i:] if b < a + 1.0) for i, a in enumerate(arrivals))
    assert busiest <= cap
    # Still close to the cap: 480 texts in about 10 s.
    assert (arrivals[-1] - arrivals[0]) < 480 / (0.95 * cap)


def services_redis_url():
    from tests.conftest import REDIS_URL

    return REDIS_URL


def test_send_jobs_pace_at_the_provider_share_of_the_configured_rate(services):
    from checkins.sms.ratelimit import PROVIDER_PACE

    limiter = sender(services).limiter
    assert limiter.rate_per_second == pytest.approx(services.settings.send_rate_per_second * PROVIDER_PACE)
    assert PROVIDER_PACE < 1


def test_the_procfile_worker_is_rq_worker_preloading_the_send_path():
    import shlex
    from pathlib import Path

    from rq import Worker

    line = next(l for l in (Path(__file__).parent.parent / "Procfile").read_text().splitlines()
                if l.startswith("worker:"))
    words = shlex.split(line.split(":", 1)[1])
    assert words[:2] == ["rq", "worker"] and "--with-scheduler" in words
    assert words[-2:] == list(QUEUES) and QUEUES[0] == "checkins-urgent"
    name = words[words.index("--worker-class") + 1]
    code = (f"import sys; import {name.rsplit('.', 1)[0]} as m; from rq import Worker;"
            f" assert issubclass(m.{name.rsplit('.', 1)[1]}, Worker);"
            " print(all(n in sys.modules for n in ('worker.jobs', 'checkins.sending',"
            " 'twilio.rest.api.v2010.account.message')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent)
    assert out.stdout.strip() == "True"
    assert Worker  # the class named is RQ's forking worker (checked in the subprocess)
