import threading
import uuid

import pytest
import redis

from checkins.sms.ratelimit import KEY_PREFIX, RateLimiter


@pytest.fixture
def r():
    client = redis.Redis(host="127.0.0.1", port=6379, db=0)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    created = []
    yield client, created
    for key in created:
        client.delete(KEY_PREFIX + key)
    client.close()


def new_key(created, name="sender"):
    key = f"test-{name}-{uuid.uuid4().hex}"
    created.append(key)
    return key


class FakeClock:
    def __init__(self, start=1_700_000_000.0):
        self.now = start

    def __call__(self):
        return self.now


def us(seconds):
    return round(seconds * 1_000_000)


def slot(now, wait):
    """The granted slot in integer µs, as the limiter computes it (adding the
    floats first would add rounding noise of its own)."""
    return us(now) + us(wait)


def test_first_reservation_is_immediate_then_spaced(r):
    client, created = r
    key = new_key(created)
    limiter = RateLimiter(client, 50, clock=FakeClock())
    waits = [limiter.reserve(key) for _ in range(5)]
    assert waits[0] == 0.0
    assert waits == pytest.approx([0.0, 0.02, 0.04, 0.06, 0.08])


def test_slot_in_the_past_resets_to_now(r):
    client, created = r
    key = new_key(created)
    clock = FakeClock()
    limiter = RateLimiter(client, 10, clock=clock)
    assert limiter.reserve(key) == 0.0
    assert limiter.reserve(key) == pytest.approx(0.1)
    clock.now += 5.0  # idle: no burst credit is accumulated
    assert limiter.reserve(key) == 0.0
    assert limiter.reserve(key) == pytest.approx(0.1)


def test_two_workers_share_the_limit(r):
    client, created = r
    key = new_key(created)
    clock = FakeClock()
    a = RateLimiter(client, 20, clock=clock)
    b = RateLimiter(redis.Redis(host="127.0.0.1", port=6379), 20, clock=clock)
    slots = []
    for i in range(40):
        limiter = a if i % 3 else b
        slots.append(slot(clock.now, limiter.reserve(key)))
        clock.now += 0.001
    slots.sort()
    assert all(later - earlier >= 50_000 for earlier, later in zip(slots, slots[1:]))


def test_keys_are_independent(r):
    client, created = r
    k1, k2 = new_key(created, "one"), new_key(created, "two")
    limiter = RateLimiter(client, 1, clock=FakeClock())
    assert limiter.reserve(k1) == 0.0
    assert limiter.reserve(k2) == 0.0
    assert limiter.reserve(k1) == pytest.approx(1.0)
    assert limiter.reserve(k2) == pytest.approx(1.0)


def test_no_burst_in_any_one_second_window(r):
    client, created = r
    key = new_key(created)
    clock = FakeClock()
    limiter = RateLimiter(client, 50, clock=clock)
    slots = []
    for _ in range(200):
        slots.append(slot(clock.now, limiter.reserve(key)))
        clock.now += 0.003  # callers arrive faster than the rate
    assert slots == sorted(slots)
    assert slots[-1] - slots[0] >= 3_980_000
    for i, start in enumerate(slots):
        in_window = [s for s in slots[i:] if s < start + 1_000_000]
        assert len(in_window) <= 50


def test_interval_rounds_up_for_inexact_rates(r):
    client, created = r
    key = new_key(created)
    limiter = RateLimiter(client, 3, clock=FakeClock())
    waits = [us(limiter.reserve(key)) for _ in range(4)]
    # 4 slots must not fit in one second at 3/s.
    assert waits[3] - waits[0] >= 1_000_000


def test_concurrent_workers_get_distinct_spaced_slots(r):
    client, created = r
    key = new_key(created)
    clock = FakeClock()  # never advances: every slot comes from the shared TAT
    threads, per_thread = 8, 25
    results: list[list[int]] = [[] for _ in range(threads)]
    barrier = threading.Barrier(threads)

    def worker(i):
        limiter = RateLimiter(redis.Redis(host="127.0.0.1", port=6379), 50, clock=clock)
        barrier.wait()
        for _ in range(per_thread):
            results[i].append(slot(clock.now, limiter.reserve(key)))

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    slots = sorted(s for rs in results for s in rs)
    assert len(slots) == threads * per_thread
    assert len(set(slots)) == len(slots)
    assert all(later - earlier >= 20_000 for earlier, later in zip(slots, slots[1:]))
    assert slots[-1] - slots[0] == 20_000 * (len(slots) - 1)


def test_acquire_sleeps_for_the_reserved_wait(r):
    client, created = r
    key = new_key(created)
    slept = []
    limiter = RateLimiter(client, 4, clock=FakeClock(), sleep=slept.append)
    for _ in range(3):
        limiter.acquire(key)
    assert slept == pytest.approx([0.25, 0.5])  # no sleep for the first slot


def test_server_clock_is_used_by_default(r):
    client, created = r
    key = new_key(created)
    slept = []
    limiter = RateLimiter(client, 0.5, sleep=slept.append)
    assert limiter.reserve(key) == 0.0
    wait = limiter.reserve(key)
    assert 1.5 < wait <= 2.0
    ttl = client.pttl(KEY_PREFIX + key)
    assert 0 < ttl <= 5_000  # expires once it carries no information


def test_invalid_rate_rejected(r):
    client, _ = r
    with pytest.raises(ValueError):
        RateLimiter(client, 0)
    with pytest.raises(ValueError):
        RateLimiter(client, float("inf"))
