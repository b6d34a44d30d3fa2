"""Tick benchmark: 100,000 patients due (target <= 10 s) and 1,000,000 patients, none due (target <= 50 ms).

Each due round starts from a fresh migrated database and an empty Redis
database, then times create_due_checkins + enqueue_pending exactly as the
cron job calls them, and checks that every patient got one check-in, one
queued text, and that the RQ jobs cover every text exactly once.
"""

from __future__ import annotations

import argparse
import time
from datetime import timedelta

import _common as c
import redis as redis_lib
from rq import Queue
from rq.job import Job
from sqlalchemy import event, func, select

from checkins.models import Patient
from checkins.services import QUEUES, Services
from checkins.settings import Settings
from checkins.tick import create_due_checkins, enqueue_pending
from worker.enqueue import enqueue_sends

DUE_TARGET_S = 10.0       # for 100,000 patients, i.e. 10,000 patients/s
IDLE_TARGET_MS = 50.0
P = Patient.__table__


def _services(url: str, engine) -> Services:
    return Services(Settings(env="test", database_url=url, redis_url=c.REDIS_URL), engine=engine)


def _tick(engine, services, now):
    t0 = time.perf_counter()
    created = create_due_checkins(engine, now)
    t1 = time.perf_counter()
    enqueued = enqueue_pending(engine, lambda batches: enqueue_sends(services, batches), now)
    t2 = time.perf_counter()
    return created, enqueued, t1 - t0, t2 - t1


def _queued_ids(redis) -> list[int]:
    ids: list[int] = []
    for name in QUEUES:
        job_ids = Queue(name, connection=redis).get_job_ids()
        for job in Job.fetch_many(job_ids, connection=redis):
            ids.extend(job.args[0])
    return ids


def due_round(backend: str, n: int, redis, history: float | None = None) -> dict:
    url = c.fresh_database(backend)
    engine = c.engine_for(url)
    now = c.utcnow()
    t0 = time.perf_counter()
    plan_id = c.seed_reference(engine, now)
    # Due within the last 50 minutes: late enough to be due, not so late they count as stale.
    c.load_patients(engine, n, plan_id, first_at=now - timedelta(minutes=50), spread_seconds=3000)
    if history is not None:
        c.load_history(engine, history)
    c.analyze(engine)
    load_s = time.perf_counter() - t0
    redis.flushdb()
    created, enqueued, create_s, enqueue_s = _tick(engine, _services(url, engine), now)

    checkins = c.count(engine, "SELECT count(*) FROM checkin") - (n if history is not None else 0)
    messages = c.count(engine, "SELECT count(*) FROM message WHERE status = 'queued' AND enqueued_at IS NOT NULL")
    with engine.connect() as conn:
        still_due = conn.execute(select(func.count()).where(P.c.next_checkin_at <= now)).scalar_one()
        message_ids = {r[0] for r in conn.exec_driver_sql("SELECT id FROM message")}
    queued = _queued_ids(redis)
    problems = []
    if created.checkins_created != n or checkins != n:
        problems.append(f"{checkins} check-ins (expected {n})")
    if enqueued != n or messages != n:
        problems.append(f"{messages} messages handed over (expected {n})")
    if len(queued) != len(set(queued)) or set(queued) != message_ids:
        problems.append(f"RQ jobs hold {len(queued)} ids ({len(set(queued))} distinct) for {len(message_ids)} messages")
    if still_due:
        problems.append(f"{still_due} patients still due")
    escalations = c.count(engine, "SELECT count(*) FROM escalation")
    engine.dispose()
    return dict(load_s=load_s, create_s=create_s, enqueue_s=enqueue_s, total_s=create_s + enqueue_s,
                escalations=escalations, jobs=sum(Queue(q, connection=redis).count for q in QUEUES),
                problems=problems)


def _capture(engine):
    """Records the due-patient and pending-message statements the tick sends."""
    seen: dict[str, tuple] = {}

    def listener(conn, cursor, statement, parameters, context, executemany):
        low = statement.lower()
        if "from patient" in low and "next_checkin_at <=" in low:
            seen.setdefault("due patients", (statement, parameters))
        elif "from message" in low and "enqueued_at is null" in low:
            seen.setdefault("pending messages", (statement, parameters))

    event.listen(engine, "before_cursor_execute", listener)
    return seen, lambda: event.remove(engine, "before_cursor_execute", listener)


def _explain(engine, statement, parameters) -> str:
    pg = engine.dialect.name == "postgresql"
    prefix = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " if pg else "EXPLAIN QUERY PLAN "
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(prefix + statement, parameters).all()
        conn.rollback()  # EXPLAIN ANALYZE ran FOR UPDATE: release the (empty) lock set
    return "\n".join("    " + (r[0] if pg else r[-1]) for r in rows)


def idle_bench(backend: str, n: int, messages: int, runs: int, redis) -> dict:
    url = c.fresh_database(backend)
    engine = c.engine_for(url)
    now = c.utcnow()
    t0 = time.perf_counter()
    plan_id = c.seed_reference(engine, now)
    # Everyone's next slot lies between one hour and a week ahead.
    c.load_patients(engine, n, plan_id, first_at=now + timedelta(hours=1), spread_seconds=7 * 86400)
    c.load_sent_messages(engine, messages, before=now)
    c.analyze(engine)
    load_s = time.perf_counter() - t0
    redis.flushdb()
    services = _services(url, engine)
    seen, stop = _capture(engine)
    _tick(engine, services, now)  # warm-up: pool connection, statement caches
    stop()
    times, work = [], 0
    for _ in range(runs):
        created, enqueued, create_s, enqueue_s = _tick(engine, services, c.utcnow())
        times.append((create_s + enqueue_s) * 1000)
        work += created.checkins_created + enqueued
    plans = {name: _explain(engine, *stmt) for name, stmt in seen.items()}
    patients = c.count(engine, "SELECT count(*) FROM patient")
    sent = c.count(engine, "SELECT count(*) FROM message")
    engine.dispose()
    return dict(load_s=load_s, times=times, work=work, plans=plans, patients=patients, messages=sent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=100_000, help="patients due per round (default 100000)")
    parser.add_argument("--rounds", type=int, default=3, help="due rounds per backend (default 3)")
    parser.add_argument("--idle-patients", type=int, default=1_000_000,
                        help="patients, none due, for the idle tick (default 1000000)")
    parser.add_argument("--idle-messages", type=int, default=1_000_000,
                        help="past (delivered) texts in the idle database, for a realistic message table"
                        " (default 1000000)")
    parser.add_argument("--idle-runs", type=int, default=20, help="timed idle ticks per backend (default 20)")
    parser.add_argument("--history", type=float, default=None, metavar="SHARE",
                        help="give every patient last week's unanswered check-in (marked missed by the tick),"
                        " SHARE of them one missed already (so escalated): the steady state, not a first tick")
    parser.add_argument("--backend", choices=[*c.BACKENDS, "both"], default="both")
    parser.add_argument("--skip-due", action="store_true", help="only run the idle-tick benchmark")
    parser.add_argument("--skip-idle", action="store_true", help="only run the due-tick benchmark")
    args = parser.parse_args()
    backends = c.BACKENDS if args.backend == "both" else (args.backend,)
    redis = redis_lib.Redis.from_url(c.REDIS_URL)
    redis.ping()
    verdicts = []
    target_rate = 100_000 / DUE_TARGET_S
    try:
        for backend in backends:
            if args.skip_due:
                break
            history = "" if args.history is None else f", with history ({args.history:.0%} escalated)"
            print(f"\n== due tick: {args.patients:,} patients due{history}, {backend}, {args.rounds} rounds ==")
            results = []
            for i in range(args.rounds):
                r = due_round(backend, args.patients, redis, args.history)
                results.append(r)
                print(f"  round {i + 1}: total {r['total_s']:.2f} s = create {r['create_s']:.2f} s"
                      f" + enqueue {r['enqueue_s']:.2f} s; {args.patients / r['total_s']:,.0f} rows/s;"
                      f" {r['jobs']} RQ jobs; {r['escalations']} escalations; data load {r['load_s']:.1f} s;"
                      f" checks: {'; '.join(r['problems']) or 'ok'}")
            total = c.median(r["total_s"] for r in results)
            create = c.median(r["create_s"] for r in results)
            enqueue = c.median(r["enqueue_s"] for r in results)
            rate = args.patients / total
            ok = rate >= target_rate and not any(r["problems"] for r in results)
            print(f"  median: total {total:.2f} s, {rate:,.0f} rows/s; create {create:.2f} s"
                  f" ({100 * create / total:.0f}%), enqueue {enqueue:.2f} s ({100 * enqueue / total:.0f}%)")
            verdicts.append(c.verdict(ok, f"due tick {backend}: {rate:,.0f} rows/s vs target {target_rate:,.0f}"
                                      f" (100k in {100_000 / rate:.1f} s vs {DUE_TARGET_S:.0f} s)"))
            print("  " + verdicts[-1])
        for backend in backends:
            if args.skip_idle:
                break
            print(f"\n== idle tick: {args.idle_patients:,} patients, none due, {args.idle_messages:,} past texts,"
                  f" {backend}, {args.idle_runs} runs ==")
            r = idle_bench(backend, args.idle_patients, args.idle_messages, args.idle_runs, redis)
            med, tail = c.median(r["times"]), c.p95(r["times"])
            print(f"  {r['patients']:,} patients and {r['messages']:,} past texts loaded in {r['load_s']:.1f} s;"
                  f" rows the ticks created or enqueued: {r['work']}")
            print(f"  tick: median {med:.1f} ms, p95 {tail:.1f} ms, min {min(r['times']):.1f} ms,"
                  f" max {max(r['times']):.1f} ms")
            for name, plan in r["plans"].items():
                print(f"  plan of the {name} query:\n{plan}")
            verdicts.append(c.verdict(tail <= IDLE_TARGET_MS and r["work"] == 0,
                                      f"idle tick {backend}: median {med:.1f} ms (p95 {tail:.1f}) vs target"
                                      f" {IDLE_TARGET_MS:.0f} ms"))
            print("  " + verdicts[-1])
    finally:
        redis.flushdb()
        c.TempDir.cleanup()
    print("\n" + "\n".join(verdicts))
    return 0 if all("PASS" in v for v in verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
