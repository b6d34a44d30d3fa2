"""Send benchmark: 4 real RQ workers against a fake Twilio answering in 150 ms, cap 50 texts/s.

Target: the achieved rate over the steady middle of the run is >= 95% of
the cap, and no one-second window at the provider ever holds more than the
cap. Texts are created by the real tick (create_due_checkins +
enqueue_pending) and sent by `rq worker --burst` processes configured from
the environment, exactly as in production; the provider's arrival times
(FakeTwilio.received_at, monotonic) are the measurement. The other options
try changes to the send path without editing it (see bench/README.md).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import time
from dataclasses import replace
from datetime import datetime, timedelta

import _common as c
import redis as redis_lib
from rq import Queue
from rq.registry import FailedJobRegistry
from sqlalchemy import text

from checkins.services import QUEUES, Services
from checkins.settings import Settings
from checkins import tick as tick_module
from checkins.tick import create_due_checkins, enqueue_pending
from tests.support import fake_twilio as fake_module
from tests.support.fake_twilio import FakeTwilio
from worker.enqueue import enqueue_sends

ACCOUNT_SID = "AC" + "0" * 32
TARGET_SHARE = 0.95
RQ = str(c.ROOT / ".venv" / "bin" / "rq")


def midday_zone(now: datetime) -> str:
    """An Etc/GMT zone where it is about noon now, far from the 21:00-08:00 quiet hours."""
    offset = 12 - now.hour  # hours east of UTC; always within Etc's -11..+12
    return f"Etc/GMT{-offset:+d}"  # Etc names are sign-inverted: Etc/GMT-5 is UTC+5


def settings_for(url: str, fake_url: str, rate: float) -> Settings:
    """The shape tests/conftest.make_settings builds, with the benchmark's rate and fake provider."""
    return Settings(
        env="test", database_url=url, redis_url=c.REDIS_URL, secret_key="bench-secret-key-0123456789",
        public_base_url="https://checkins.test", twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token="bench-auth-token-0123456789abcdef", twilio_messaging_service_sid="MG" + "1" * 32,
        twilio_api_base_url=fake_url, sms_transport="twilio", send_rate_per_second=rate, provider_timeout=10.0,
    )


def worker_env(s: Settings) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=s.database_url, REDIS_URL=s.redis_url, SMS_TRANSPORT=s.sms_transport,
        TWILIO_ACCOUNT_SID=s.twilio_account_sid, TWILIO_AUTH_TOKEN=s.twilio_auth_token,
        TWILIO_MESSAGING_SERVICE_SID=s.twilio_messaging_service_sid, TWILIO_API_BASE_URL=s.twilio_api_base_url,
        SEND_RATE_PER_SECOND=f"{s.send_rate_per_second:g}", CHECKINS_ENV=s.env, PUBLIC_BASE_URL=s.public_base_url,
    )
    return env


def prepare(backend: str, n: int, settings: Settings, redis) -> tuple[str, int]:
    """Creates n due patients and runs the tick, leaving n texts in the RQ queues; returns (db url, jobs)."""
    url = c.fresh_database(backend)
    engine = c.engine_for(url)
    now = c.utcnow()
    plan_id = c.seed_reference(engine, now)
    c.load_patients(engine, n, plan_id, first_at=now - timedelta(minutes=10), spread_seconds=300,
                    zones=(midday_zone(now),))
    c.analyze(engine)
    redis.flushdb()
    services = Services(replace(settings, database_url=url), engine=engine)
    created = create_due_checkins(engine, now).checkins_created
    enqueued = enqueue_pending(engine, lambda b: enqueue_sends(services, b), now)
    engine.dispose()
    if created != n or enqueued != n:
        raise SystemExit(f"setup failed: {created} check-ins, {enqueued} texts enqueued, expected {n}")
    return url, sum(Queue(q, connection=redis).count for q in QUEUES)


_heads: list[float] = []  # --trace: when the fake read each POST's request line


def _stamp_head(parse_request):
    def wrapper(self):
        _heads.append(time.monotonic())
        return parse_request(self)
    return wrapper


def run_round(backend: str, args, redis) -> dict:
    _heads.clear()
    cap = args.rate
    with FakeTwilio(latency=args.latency, account_sid=ACCOUNT_SID) as fake:
        settings = settings_for("", fake.url, args.limiter_rate or args.rate)
        url, jobs = prepare(backend, args.texts, settings, redis)
        env = worker_env(replace(settings, database_url=url))
        env["BENCH_TRACE"] = "1" if args.trace else "0"
        cmd = [RQ, "worker", "--burst", "--url", c.REDIS_URL, "--path", str(c.ROOT), "--path", str(c.ROOT / "bench"),
               *worker_class(args), *QUEUES]
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        procs = []
        for i in range(args.workers):
            log = open(c.TempDir.get() / f"worker-{backend}-{i}.log", "w")
            procs.append((subprocess.Popen(cmd, env=env, cwd=c.ROOT, stdout=log, stderr=subprocess.STDOUT), log))
        deadline = start + args.texts / args.rate * 4 + 120
        codes = []
        for proc, log in procs:
            try:
                codes.append(proc.wait(timeout=max(1.0, deadline - time.monotonic())))
            except subprocess.TimeoutExpired:
                proc.kill()
                codes.append(proc.wait())
            log.close()
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times = sorted(m["received_at"] for m in fake.messages)
        distinct = len({m["to"] for m in fake.messages})
        requests = fake.requests
    engine = c.engine_for(url)
    with engine.connect() as conn:
        statuses = dict(conn.execute(text("SELECT status, count(*) FROM message GROUP BY status")).all())
    engine.dispose()
    trace = [tuple(map(float, r.split())) for r in redis.lrange("bench:trace", 0, -1)]
    failed_jobs = sum(FailedJobRegistry(q, connection=redis).count for q in QUEUES)
    n = len(times)
    lo, hi = int(n * args.trim), int(n * (1 - args.trim)) - 1
    steady = (hi - lo) / (times[hi] - times[lo]) if n > 10 and times[hi] > times[lo] else 0.0
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    problems = []
    if n != args.texts or distinct != args.texts or requests != args.texts:
        problems.append(f"provider saw {requests} requests, {n} accepted, {distinct} distinct recipients")
    if statuses.get("sent", 0) != args.texts:
        problems.append(f"message statuses {statuses}")
    if failed_jobs or any(codes):
        problems.append(f"{failed_jobs} failed jobs, worker exit codes {codes}")
    counts = c.window_counts(times)
    busiest = max(range(n), key=counts.__getitem__) if n else 0
    last = times[-1] - start if n else float("nan")
    return dict(jobs=jobs, steady=steady, max_window=counts[busiest] if n else 0, over=sum(k > cap for k in counts),
                busiest_at=times[busiest] - start if n else 0.0, total=last, ramp=times[0] - start if n else 0.0,
                overall=n / last if n else 0.0, cpu=cpu, problems=problems,
                trace=trace_figures(trace, sorted(_heads), times))


def procfile_worker_class() -> str | None:
    """The --worker-class of the Procfile's worker line (None: RQ's default worker)."""
    for line in (c.ROOT / "Procfile").read_text().splitlines():
        if line.startswith("worker:"):
            words = line.split()
            if "--worker-class" in words:
                return words[words.index("--worker-class") + 1]
    return None


def worker_class(args) -> list[str]:
    if args.worker == "procfile" and not args.preload:
        if args.trace:
            return ["--worker-class", "_workers.ProcfileWorker"]  # the Procfile's class, traced
        name = procfile_worker_class()
        return ["--worker-class", name] if name else []  # exactly what the Procfile runs
    kind = "fork" if args.worker == "procfile" else args.worker
    return ["--worker-class", f"_workers.{'Preload' if args.preload else ''}{kind.title()}Worker"]


def trace_figures(trace, heads, received) -> str:
    """Where bunching starts: the most events in any 1 s window at each step from grant to provider."""
    if not trace:
        return ""
    steps = [("limiter slots", sorted(t[0] for t in trace)), ("sender wake-ups", sorted(t[1] for t in trace)),
             ("request heads written", sorted(t[2] for t in trace)), ("request lines read by fake", heads),
             ("fake received_at", received)]

    def spread(values) -> str:
        ms = [v * 1000 for v in values]
        return f"median {c.median(ms):.1f} / p95 {c.p95(ms):.1f} / max {max(ms):.1f} ms"

    return ("\n    trace, max per 1 s window: " + "; ".join(f"{name} {c.max_in_window(ts)}" for name, ts in steps)
            + f"\n    trace, slot -> wake-up {spread([w - s for s, w, _ in trace])};"
            f" wake-up -> request head written {spread([h - w for _, w, h in trace])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=1000, help="texts to send per round (default 1000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per backend (default 3)")
    parser.add_argument("--workers", type=int, default=4, help="rq worker processes (default 4)")
    parser.add_argument("--rate", type=float, default=50.0, help="SEND_RATE_PER_SECOND cap (default 50)")
    parser.add_argument("--latency", type=float, default=0.15, help="fake Twilio response time, s (default 0.15)")
    parser.add_argument("--trim", type=float, default=0.1,
                        help="share of arrivals left out at each end for the steady rate (default 0.1)")
    parser.add_argument("--backend", choices=[*c.BACKENDS, "both"], default="both")
    parser.add_argument("--worker", choices=("procfile", "fork", "simple"), default="procfile",
                        help="procfile: the worker class the Procfile runs (default); fork: RQ's default worker;"
                        " simple: no fork per job")
    parser.add_argument("--preload", action="store_true",
                        help="import the send path (and the SDK's lazily loaded modules) before the first job")
    parser.add_argument("--limiter-rate", type=float, default=None,
                        help="SEND_RATE_PER_SECOND given to the workers if not the cap (they pace at"
                        " checkins.sms.ratelimit.PROVIDER_PACE of it)")
    parser.add_argument("--send-batch", type=int, default=None,
                        help="texts per send job if not checkins.tick.SEND_BATCH (to try bigger jobs)")
    parser.add_argument("--fake-nagle", action="store_true",
                        help="leave Nagle on in the fake's sockets (adds ~40 ms to reused connections)")
    parser.add_argument("--trace", action="store_true",
                        help="record each limiter slot and the sender's wake-up inside the workers")
    args = parser.parse_args()
    if not args.fake_nagle:
        # FakeTwilio writes the response head and body separately with Nagle on, so every request
        # on a kept-alive connection waits ~40 ms for the client's delayed ACK: 190 ms, not 150.
        fake_module._Handler.disable_nagle_algorithm = True
    if args.send_batch:
        tick_module.SEND_BATCH = args.send_batch  # read by tick._batches at enqueue time
    if args.trace:
        fake_module._Handler.parse_request = _stamp_head(fake_module._Handler.parse_request)
    backends = c.BACKENDS if args.backend == "both" else (args.backend,)
    redis = redis_lib.Redis.from_url(c.REDIS_URL)
    redis.ping()
    cap = args.rate
    verdicts, keep_logs = [], False
    try:
        for backend in backends:
            kind = args.worker + (" preloaded" if args.preload else "")
            print(f"\n== send: {args.texts} texts, {args.workers} {kind} workers, cap {cap:g}/s (limiter at"
                  f" {args.limiter_rate or cap:g}/s), {tick_module.SEND_BATCH} texts per job, provider latency"
                  f" {args.latency * 1000:.0f} ms, {backend}, {args.rounds} rounds ==")
            results = []
            for i in range(args.rounds):
                r = run_round(backend, args, redis)
                results.append(r)
                print(f"  round {i + 1}: steady {r['steady']:.1f}/s ({100 * r['steady'] / cap:.1f}% of cap);"
                      f" max in any 1 s window {r['max_window']} (from {r['busiest_at']:.1f} s; {r['over']} windows"
                      f" over the cap); total {r['total']:.1f} s (first text after {r['ramp']:.2f} s, overall"
                      f" {r['overall']:.1f}/s); {r['jobs']} jobs; worker CPU {r['cpu']:.1f} s; checks:"
                      f" {'; '.join(r['problems']) or 'ok'}" + r["trace"])
                keep_logs = keep_logs or bool(r["problems"])
            steady = c.median(r["steady"] for r in results)
            worst = max(r["max_window"] for r in results)
            print(f"  median: steady {steady:.1f}/s = {100 * steady / cap:.1f}% of cap; max 1 s window (worst round)"
                  f" {worst}; total {c.median(r['total'] for r in results):.1f} s; first text after"
                  f" {c.median(r['ramp'] for r in results):.2f} s; worker CPU"
                  f" {c.median(r['cpu'] for r in results) * 1000 / args.texts:.1f} ms/text")
            ok = steady >= TARGET_SHARE * cap and worst <= int(cap) and not any(r["problems"] for r in results)
            verdicts.append(c.verdict(ok, f"send {backend}: steady {100 * steady / cap:.1f}% of cap (target >="
                                      f" {100 * TARGET_SHARE:.0f}%), max 1 s window {worst} (limit {int(cap)})"))
            print("  " + verdicts[-1])
    finally:
        redis.flushdb()
        if keep_logs:
            print(f"\nworker logs kept in {c.TempDir.get()}")
        else:
            c.TempDir.cleanup()
    print("\n" + "\n".join(verdicts))
    return 0 if all("PASS" in v for v in verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
