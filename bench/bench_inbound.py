"""Inbound webhook benchmark: signed Twilio replies at a fixed rate into gunicorn (target 200/s, p99 <= 100 ms).

Each round starts from a freshly migrated database holding a clinic and a
few thousand patients, each with a sent check-in waiting for answers, then
starts gunicorn with the project's app exactly as the Procfile does (worker
settings are options) and:

1. open loop: replies arrive at a constant rate, each request sent at its
   scheduled instant whether or not earlier ones were answered, by client
   processes separate from the server. Latency runs from the scheduled
   instant, so a stalled server cannot hide its queue (no coordinated
   omission). The texts follow real conversations: the patients answer
   mood, side effects, adherence and the open question in turn, with some
   crisis and red-flag lines (urgent alerts queued into Redis), STOP, HELP
   and unknown senders. Every request has its own MessageSid and a valid
   X-Twilio-Signature, computed before the run;
2. closed loop: wrk sends other patients' replies as fast as the server
   answers them, then the same wrk run goes to a bare endpoint (one route
   returning empty TwiML, bench/_inbound_app.py) on the same gunicorn
   settings; the ratio of the two throughputs is reported.

After each phase the database must hold exactly one processed inbound
message (with its reading) per request, and the server's logs and responses
are scanned for "database is locked", tracebacks and worker timeouts.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import multiprocessing as mp
import os
import random
import re
import resource
import shutil
import socket
import subprocess
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import _common as c
import redis as redis_lib
from rq import Queue
from sqlalchemy import bindparam, insert, select, text
from twilio.request_validator import RequestValidator

from checkins.models import Checkin, Medication, Message, Patient
from checkins.phones import try_normalize
from checkins.services import QUEUE_URGENT

# Its own databases: bench_tick.py and bench_send.py drop checkins_bench and flush Redis db 13, and test
# runs and other scripts flush the Redis databases they use (15, 13, 12, 11, 10, 8 seen).
c.PG_DB = os.environ.get("BENCH_INBOUND_PG_DB", "checkins_bench_inbound")
c.REDIS_URL = os.environ.get("BENCH_INBOUND_REDIS_URL", "redis://127.0.0.1:6379/6")
SENTINEL = "bench:inbound:round"  # set at the start of a round: gone at the end means someone flushed the db
AUTH_TOKEN = "bench-auth-token-0123456789abcdef"
ACCOUNT_SID = "AC" + "0" * 32
SERVICE_SID = "MG" + "1" * 32
CLINIC_NUMBER = "+12025550100"  # the clinic row c.seed_reference creates
PUBLIC_URL = "https://checkins.bench"
PATH = "/sms/inbound"
GUNICORN = str(c.ROOT / ".venv" / "bin" / "gunicorn")
APP = "checkins.app:create_app()"
BARE_APP = "_inbound_app:create_app()"
# The Procfile's access log: every request writes one line, as in production.
ACCESS_FORMAT = '%(h)s "%(m)s %(U)s" %(s)s %(M)sms'
P99_TARGET_MS = 100.0
IDLE_REUSE_S = 1.0  # open-loop clients reuse a kept-alive connection idle for less than this
RATE_SHARE = 0.98  # "sustained": the steady part must complete at >= 98% of the offered rate
LOCKED = "database is locked"
QUESTIONS = ["mood", "side_effects", "adherence", "open"]
MEDICATIONS = ("lamotrigine", "sertraline", "lithium", "quetiapine", "escitalopram", "bupropion")

# What patients answer to each question, by language (repeats weight the common answers).
ANSWERS = {
    "en": {
        "mood": ["4", "3", "5", "4", "4 good week", "2 not great", "1 everything is awful", "ok", "3 meh",
                 "4 sleeping better", "5!"],
        "side_effects": ["none", "no", "no", "a bit of nausea", "headaches and dizzy", "dry mouth", "no side effects",
                         "tired all the time", "nope"],
        "adherence": ["yes every day", "yes", "yes", "missed one dose", "forgot twice this week", "yes every day",
                      "I want to stop the lamotrigine, it makes me dizzy"],
        "open": ["no", "no thanks", "no", "can i take ibuprofen with this?", "all good",
                 "when is my next appointment?"],
    },
    "es": {
        "mood": ["4", "3", "5", "4 bien", "2 mal", "1 muy mal", "3 mas o menos"],
        "side_effects": ["nada", "no", "no", "un poco de nausea", "dolor de cabeza"],
        "adherence": ["si todos los dias", "si", "si", "olvide una dosis"],
        "open": ["no gracias", "no", "todo bien"],
    },
}
# Lines that change the conversation, each taking the place of one answer in that share of conversations.
SPECIAL = {
    "crisis": (0.015, {"en": ["i want to kill myself", "honestly i dont want to be alive anymore"],
                       "es": ["ya no quiero vivir", "me quiero morir"]}),
    "red_flag": (0.015, {"en": ["i have a new rash all over my chest and arms", "my face and lips are swelling up"],
                         "es": ["tengo un sarpullido nuevo en todo el pecho", "se me hinchan la cara y los labios"]}),
    "stop": (0.01, {"en": ["STOP"], "es": ["BAJA"]}),
    "help": (0.01, {"en": ["HELP"], "es": ["AYUDA"]}),
}
UNKNOWN_SHARE = 0.005  # texts from numbers no patient has
UNKNOWN_TEXTS = ["hi is this dr bob? my name is X", "wrong number?", "who is this"]


# ---------------------------------------------------------------- data


def patient_phone(i: int) -> str:
    return f"+1202{300 + i // 10000:03d}{i % 10000:04d}"


def unknown_phone(i: int) -> str:
    return f"+1312{400 + i // 10000:03d}{i % 10000:04d}"


def prepare(backend: str, n: int) -> tuple[str, list[tuple[str, str]]]:
    """A fresh database with n patients, each with a check-in whose first question (mood) was sent an hour
    ago; returns (url, [(phone, language)] in id order)."""
    url = c.fresh_database(backend)
    engine = c.engine_for(url)
    now = c.utcnow()
    plan_id = c.seed_reference(engine, now)
    # Next slot a day or more ahead: the current check-in is the one being answered.
    c.load_patients(engine, n, plan_id, first_at=now + timedelta(days=1), spread_seconds=6 * 86400)
    P, K, M = Patient.__table__, Checkin.__table__, Message.__table__
    with engine.begin() as conn:
        rows = conn.execute(select(P.c.id, P.c.language).order_by(P.c.id)).all()
        patients = [(r.id, patient_phone(i), r.language) for i, r in enumerate(rows)]
        # load_patients' +1555 numbers do not parse, so real (parseable) ones: the webhook normalizes From.
        conn.execute(P.update().where(P.c.id == bindparam("pid")).values(phone=bindparam("new_phone")),
                     [dict(pid=pid, new_phone=phone) for pid, phone, _ in patients])
        conn.execute(insert(Medication.__table__), [dict(
            patient_id=pid, name=MEDICATIONS[pid % len(MEDICATIONS)], changed_on=date.today() - timedelta(days=90),
            active=True, created_at=now) for pid, _, _ in patients])
        slot = now - timedelta(hours=1)
        conn.execute(insert(K), [dict(
            patient_id=pid, slot_at=slot, status="sent", questions=QUESTIONS, question_index=0, created_at=slot,
            sent_at=slot, remind_at=slot + timedelta(hours=24)) for pid, _, _ in patients])
        checkins = conn.execute(select(K.c.id, K.c.patient_id)).all()
        phone_of = {pid: phone for pid, phone, _ in patients}
        # The question texts the tick sent, so the message table looks like production's.
        conn.execute(insert(M), [dict(
            direction="outbound", purpose="question", patient_id=r.patient_id, checkin_id=r.id, question="mood",
            phone=phone_of[r.patient_id], body="On a scale of 1 to 5, how has your mood been this week?",
            encoding="GSM-7", segments=1, status="delivered", attempts=1, num_media=0, created_at=slot,
            enqueued_at=slot, claimed_at=slot, sent_at=slot, status_at=slot) for r in checkins])
    for _, phone, _ in patients[:50]:
        assert try_normalize(phone, "US") == phone, phone
    c.analyze(engine)
    engine.dispose()
    return url, [(phone, language) for _, phone, language in patients]


def conversations(rng: random.Random, patients: list[tuple[str, str]], total: int, unknown_from: int
                  ) -> list[tuple[str, str]]:
    """`total` (phone, body) texts: every patient answers the current question in turn (all first answers in
    random order, then all second answers, ...), with special lines and unknown senders mixed in."""
    scripts = []
    for phone, language in patients:
        script = [rng.choice(ANSWERS[language][q]) for q in QUESTIONS]
        for share, lines in SPECIAL.values():
            if rng.random() < share:
                script[rng.randrange(len(script))] = rng.choice(lines[language])
        # Past the last question the check-in is closed: later texts are loose replies.
        script += [rng.choice(ANSWERS[language]["open"]) for _ in range(total // max(1, len(patients)))]
        scripts.append((phone, script))
    texts: list[tuple[str, str]] = []
    step = 0
    while len(texts) < total:
        order = list(range(len(scripts)))
        rng.shuffle(order)
        for i in order:
            phone, script = scripts[i]
            texts.append((phone, script[step]))
        step += 1
    texts = texts[:total]
    for k in range(int(total * UNKNOWN_SHARE)):
        texts[rng.randrange(total)] = (unknown_phone(unknown_from + k), rng.choice(UNKNOWN_TEXTS))
    return texts


def sid_prefix(phase: int, round_no: int) -> str:
    return f"SM{phase:x}{round_no:03x}"


def signed(texts: list[tuple[str, str]], prefix: str) -> list[tuple[str, str, str]]:
    """[(MessageSid, signature, form body)], with the parameters Twilio posts for an incoming SMS."""
    validator = RequestValidator(AUTH_TOKEN)
    url = PUBLIC_URL + PATH
    out = []
    for i, (phone, body) in enumerate(texts):
        sid = prefix + f"{i:0{34 - len(prefix)}x}"
        params = {
            "ToCountry": "US", "ToState": "DC", "SmsMessageSid": sid, "NumMedia": "0", "ToCity": "WASHINGTON",
            "FromZip": "", "SmsSid": sid, "FromState": "DC", "SmsStatus": "received", "FromCity": "",
            "Body": body, "FromCountry": "US", "To": CLINIC_NUMBER, "MessagingServiceSid": SERVICE_SID,
            "ToZip": "", "NumSegments": "1", "MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": phone,
            "ApiVersion": "2010-04-01",
        }
        out.append((sid, validator.compute_signature(url, params), urllib.parse.urlencode(params)))
    return out


def raw_request(port: int, signature: str, body: str) -> bytes:
    data = body.encode()
    return (f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUser-Agent: TwilioProxy/1.1\r\n"
            f"Accept: */*\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(data)}\r\n"
            f"X-Twilio-Signature: {signature}\r\n\r\n").encode() + data


# ---------------------------------------------------------------- server


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU jiffies of the whole machine, from /proc/stat."""
    # user nice system idle iowait irq softirq steal (guest time is already inside user and nice)
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


def proc_cpu(pid: int | str) -> float:
    """User + system CPU seconds of one process (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    except (OSError, IndexError, ValueError):
        return 0.0


def pg_backends_cpu() -> dict[str, float]:
    """CPU seconds of each PostgreSQL backend serving the bench database (by pid)."""
    out = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if cmdline.startswith("postgres:") and f" {c.PG_DB} " in cmdline:
                out[entry.name] = proc_cpu(entry.name)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gunicorn_args(args) -> list[str]:
    out = ["--workers", str(args.workers)]
    if args.worker_class:
        out += ["--worker-class", args.worker_class]
    if args.threads > 1:
        out += ["--threads", str(args.threads)]  # with the default worker class this selects gthread
    return out


def server_env(url: str) -> dict:
    env = dict(os.environ)
    for name in list(env):
        if name.startswith(("TWILIO_", "DATABASE_URL", "REDIS_URL", "SECRET_KEY", "PUBLIC_BASE_URL", "SMS_")):
            del env[name]
    env.update(
        CHECKINS_ENV="production", DATABASE_URL=url, REDIS_URL=c.REDIS_URL, SECRET_KEY="bench-secret-key-0123456789",
        PUBLIC_BASE_URL=PUBLIC_URL, TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN,
        # Nothing is sent: no worker runs, urgent alerts stay queued in the bench Redis database.
        SMS_TRANSPORT="simulator",
    )
    return env


class Server:
    """gunicorn started as the Procfile starts it (bind, access log), stdout/stderr to files."""

    def __init__(self, app: str, args, port: int, env: dict, name: str):
        self.log_dir = c.TempDir.get()
        self.access = self.log_dir / f"{name}-access.log"
        self.errors = self.log_dir / f"{name}-error.log"
        extra = ["--pythonpath", str(c.ROOT / "bench")] if app == BARE_APP else []
        self.cmd = [GUNICORN, *gunicorn_args(args), "--bind", f"127.0.0.1:{port}", "--access-logfile", "-",
                    "--access-logformat", ACCESS_FORMAT, *extra, app]
        self.port, self.env, self.proc = port, env, None

    def __enter__(self) -> "Server":
        self._out, self._err = open(self.access, "w"), open(self.errors, "w")
        self.proc = subprocess.Popen(self.cmd, env=self.env, cwd=c.ROOT, stdout=self._out, stderr=self._err)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"gunicorn exited with {self.proc.returncode}; see {self.errors}:\n"
                                 + self.errors.read_text()[-3000:])
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    conn.close()
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"gunicorn did not answer /healthz within 60 s; see {self.errors}")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()  # graceful: workers finish their requests
            try:
                self.proc.wait(timeout=35)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._out.close()
        self._err.close()

    def cpu_seconds(self) -> float:
        """User + system CPU of the master and its live workers."""
        pids = [self.proc.pid]
        try:
            children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split()
            pids += [int(p) for p in children]
        except OSError:
            pass
        return sum(proc_cpu(pid) for pid in pids)

    def answered(self) -> int:
        return self.access.read_text(errors="replace").count(f'"POST {PATH}"')

    def drain(self, expected: int, limit: float = 120.0) -> None:
        """Waits until the server logged `expected` answers, or logged none for 2 s: a client that gave up
        leaves requests queued in the server, and checking before they finish would count them missing."""
        deadline, last, since = time.monotonic() + limit, -1, time.monotonic()
        while time.monotonic() < deadline:
            n = self.answered()
            if n >= expected:
                return
            if n != last:
                last, since = n, time.monotonic()
            elif time.monotonic() - since > 2.0:
                return
            time.sleep(0.2)

    def log_problems(self) -> dict:
        errors = self.errors.read_text(errors="replace")
        statuses: dict[str, int] = {}
        for line in self.access.read_text(errors="replace").splitlines():
            m = re.search(r'" (\d{3}) ', line)
            if m:
                statuses[m.group(1)] = statuses.get(m.group(1), 0) + 1
        return dict(locked=errors.count(LOCKED), tracebacks=errors.count("Traceback"),
                    timeouts=errors.count("WORKER TIMEOUT"), error_lines=errors.count("[ERROR]"),
                    access_5xx=sum(v for k, v in statuses.items() if k.startswith("5")),
                    access_total=sum(statuses.values()))


# ---------------------------------------------------------------- open-loop load


async def _client(jobs, start_at: float, port: int, timeout: float) -> list[tuple]:
    """Sends each job at start_at + offset over kept-alive connections (a new one whenever none is idle)."""
    # Kept-alive connections with when they were last used; gunicorn closes idle ones after its
    # --keep-alive (2 s), so older ones are dropped rather than written to.
    idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = []
    results: list[tuple] = []

    def take_idle():
        while idle:
            reader, writer, used = idle.pop()
            if time.monotonic() - used < IDLE_REUSE_S and not reader.at_eof():
                return reader, writer
            writer.close()
        return None

    async def connect():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return reader, writer

    async def exchange(reader, writer, payload):
        writer.write(payload)
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:] if h)}
        if "content-length" in headers:
            body = await reader.readexactly(int(headers["content-length"]))
        else:
            body = await reader.read()
        keep = headers.get("connection", "").lower() != "close" and "content-length" in headers
        return status, body, keep

    async def one(idx: int, sched: float, payload: bytes):
        sent = time.monotonic()
        status, error, locked, replies = 0, "", False, 0
        try:
            async with asyncio.timeout(timeout):
                for attempt in range(2):
                    pooled = take_idle() if attempt == 0 else None
                    reader, writer = pooled or await connect()
                    try:
                        status, body, keep = await exchange(reader, writer, payload)
                    except (asyncio.IncompleteReadError, ConnectionError) as exc:
                        writer.close()
                        # A kept-alive connection the server closed as it was reused: nothing was read,
                        # so the request never reached the app; sent again on a new connection.
                        if pooled and not getattr(exc, "partial", b""):
                            continue
                        raise
                    if keep:
                        idle.append((reader, writer, time.monotonic()))
                    else:
                        writer.close()
                    break
            locked = LOCKED.encode() in body
            replies = body.count(b"<Message")
        except TimeoutError:
            error = "timeout"
        except Exception as exc:  # noqa: BLE001 - any failure is a failed request, reported by kind
            error = type(exc).__name__
        results.append((idx, status, sched, sent, time.monotonic(), error, locked, replies))

    tasks = []
    for idx, offset, payload in jobs:
        sched = start_at + offset
        delay = sched - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(idx, sched, payload)))
    await asyncio.gather(*tasks)
    for _, writer, _ in idle:
        writer.close()
    return results


def _client_process(jobs, start_at, port, timeout, pipe) -> None:
    pipe.send(asyncio.run(_client(jobs, start_at, port, timeout)))
    pipe.close()


@dataclass
class OpenLoop:
    sent: int
    steady: int
    ok: int
    achieved: float
    p50: float
    p95: float
    p99: float
    max: float
    non_200: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)
    locked: int = 0
    replies: int = 0
    lag_p99: float = 0.0
    lag_max: float = 0.0
    cpu_ms: float = 0.0
    pg_cpu_ms: float = float("nan")
    machine_busy: float = 0.0
    others_busy: float = 0.0


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, -(-len(ordered) * q // 100) - 1))]


def open_loop(payloads: list[bytes], rate: float, warmup: float, clients: int, timeout: float) -> OpenLoop:
    """Request i is due at i / rate; client process k sends requests k, k + clients, ..."""
    ctx = mp.get_context("fork")
    start_at = time.monotonic() + 1.0  # every client process is up and waiting by then
    procs = []
    for k in range(clients):
        jobs = [(i, i / rate, payloads[i]) for i in range(k, len(payloads), clients)]
        here, there = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_client_process, args=(jobs, start_at, port_of(payloads[0]), timeout, there))
        proc.start()
        there.close()
        procs.append((proc, here))
    results = []
    for proc, pipe in procs:
        results += pipe.recv()
        proc.join()
    results.sort()
    steady = [r for r in results if r[2] - start_at >= warmup]
    ok = [r for r in steady if r[1] == 200 and not r[5]]
    latencies = [(r[4] - r[2]) * 1000 for r in steady]
    lags = [(r[3] - r[2]) * 1000 for r in steady]
    span = max(r[4] for r in steady) - min(r[2] for r in steady) if steady else 0.0
    non_200: dict = {}
    errors: dict = {}
    for r in results:
        if r[5]:
            errors[r[5]] = errors.get(r[5], 0) + 1
        elif r[1] != 200:
            non_200[r[1]] = non_200.get(r[1], 0) + 1
    return OpenLoop(sent=len(results), steady=len(steady), ok=len(ok), achieved=len(ok) / span if span else 0.0,
                    p50=percentile(latencies, 50), p95=percentile(latencies, 95), p99=percentile(latencies, 99),
                    max=max(latencies, default=float("nan")), non_200=non_200, errors=errors,
                    locked=sum(r[6] for r in results), replies=sum(r[7] for r in results),
                    lag_p99=percentile(lags, 99), lag_max=max(lags, default=float("nan")))


def port_of(payload: bytes) -> int:
    return int(re.search(rb"Host: 127\.0\.0\.1:(\d+)", payload).group(1))


# ---------------------------------------------------------------- closed-loop load (wrk)

WRK_SCRIPT = r"""
-- Each wrk thread sends its own share of pre-signed requests, each once (wraps are counted).
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local path, n = args[1], tonumber(args[2])
  reqs = {}
  local i = 0
  for line in io.lines(path) do
    if i % n == tid then
      local sig, body = line:match("^(%S+)\t(.*)$")
      reqs[#reqs + 1] = wrk.format("POST", "/sms/inbound", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Twilio-Signature"] = sig,
        ["User-Agent"] = "TwilioProxy/1.1",
      }, body)
    end
    i = i + 1
  end
  pos, sent, wraps, failed, locked = 0, 0, 0, 0, 0
end

function request()
  pos = pos + 1
  if pos > #reqs then
    pos, wraps = 1, wraps + 1
  end
  sent = sent + 1
  return reqs[pos]
end

function response(status, headers, body)
  if status >= 500 then failed = failed + 1 end
  if body and body:find("database is locked", 1, true) then locked = locked + 1 end
end

function done(summary, latency, requests)
  for _, t in ipairs(threads) do
    io.write(string.format("BENCH thread=%d sent=%d wraps=%d failed=%d locked=%d\n",
      t:get("tid"), t:get("sent"), t:get("wraps"), t:get("failed"), t:get("locked")))
  end
end
"""


@dataclass
class Closed:
    rps: float
    completed: int
    sent: int
    wraps: int
    non_2xx: int
    socket_errors: str
    failed_5xx: int
    locked: int
    p50_ms: float


def wrk(port: int, request_file: Path, args) -> Closed:
    script = c.TempDir.get() / "inbound.lua"
    script.write_text(WRK_SCRIPT)
    # A 30 s timeout: a slow answer is latency here, not a socket error.
    cmd = ["wrk", f"-t{args.wrk_threads}", f"-c{args.wrk_connections}", f"-d{args.wrk_duration}s", "--timeout", "30s",
           "--latency", "-s", str(script), f"http://127.0.0.1:{port}{PATH}",
           "--", str(request_file), str(args.wrk_threads)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=args.wrk_duration + 60).stdout

    def grab(pattern, default="0"):
        m = re.search(pattern, out)
        return m.group(1) if m else default

    threads = [dict(kv.split("=") for kv in line.split()[1:]) for line in out.splitlines() if line.startswith("BENCH")]
    m = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    p50_ms = float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)] if m else float("nan")
    return Closed(rps=float(grab(r"Requests/sec:\s+([\d.]+)")),
                  completed=int(grab(r"(\d+) requests in")),
                  sent=sum(int(t["sent"]) for t in threads), wraps=sum(int(t["wraps"]) for t in threads),
                  non_2xx=int(grab(r"Non-2xx or 3xx responses:\s+(\d+)")),
                  socket_errors=grab(r"Socket errors:\s+(.*)", ""),
                  failed_5xx=sum(int(t["failed"]) for t in threads), locked=sum(int(t["locked"]) for t in threads),
                  p50_ms=p50_ms)


# ---------------------------------------------------------------- checks


def stored(engine, prefix: str) -> dict:
    """The inbound messages whose MessageSid starts with prefix: total, distinct, processed, with a reading."""
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT m.provider_sid, m.processed_at IS NOT NULL, r.message_id IS NOT NULL FROM message m"
            " LEFT JOIN reading r ON r.message_id = m.id"
            " WHERE m.direction = 'inbound' AND m.provider_sid LIKE :p"), dict(p=prefix + "%")).all()
    return dict(sids={r[0] for r in rows}, total=len(rows), processed=sum(1 for r in rows if r[1]),
                read=sum(1 for r in rows if r[2]))


def check_open(engine, sids: list[str], prefix: str) -> list[str]:
    got = stored(engine, prefix)
    problems = []
    if got["total"] != len(sids) or got["sids"] != set(sids):
        problems.append(f"{got['total']} inbound rows ({len(got['sids'])} distinct sids) for {len(sids)} requests"
                        f" ({len(set(sids) - got['sids'])} missing)")
    if got["processed"] != got["total"] or got["read"] != got["total"]:
        problems.append(f"{got['total'] - got['processed']} unprocessed, {got['total'] - got['read']} without reading")
    return problems


def check_closed(engine, prefix: str, run: Closed) -> tuple[int, list[str]]:
    got = stored(engine, prefix)
    problems = []
    # Requests wrk wrote but stopped waiting for at the end may still have been stored: completed <= rows <= sent.
    if run.wraps:
        problems.append(f"wrk ran out of distinct requests ({run.wraps} wraps): raise --wrk-patients")
    if not run.completed <= got["total"] <= run.sent or got["total"] != len(got["sids"]):
        problems.append(f"{got['total']} inbound rows ({len(got['sids'])} distinct) for {run.completed} completed /"
                        f" {run.sent} sent requests")
    if got["processed"] != got["total"] or got["read"] != got["total"]:
        problems.append(f"{got['total'] - got['processed']} unprocessed, {got['total'] - got['read']} without reading")
    return got["total"], problems


def outcome(engine, redis) -> dict:
    """What the replies did: check-ins by status, escalations, alerts queued and the jobs holding them."""
    with engine.connect() as conn:
        checkins = dict(conn.execute(text("SELECT status, count(*) FROM checkin GROUP BY status")).all())
        escalations = dict(conn.execute(text("SELECT level, count(*) FROM escalation GROUP BY level")).all())
        alerts, alerts_enqueued = conn.execute(text(
            "SELECT count(*), count(enqueued_at) FROM message WHERE purpose = 'alert'")).one()
        replies = conn.execute(text("SELECT count(*) FROM message WHERE in_reply_to_id IS NOT NULL")).scalar_one()
        opted_out = conn.execute(text("SELECT count(*) FROM patient WHERE status = 'opted_out'")).scalar_one()
    jobs = Queue(QUEUE_URGENT, connection=redis).count
    return dict(checkins=checkins, escalations=escalations, alerts=alerts, alerts_enqueued=alerts_enqueued,
                urgent_jobs=jobs, replies=replies, opted_out=opted_out)


# ---------------------------------------------------------------- rounds


def run_round(backend: str, round_no: int, args, redis) -> dict:
    rng = random.Random(1000 * round_no + (backend == "sqlite"))
    redis.flushdb()
    redis.set(SENTINEL, f"{backend} {round_no}")
    t0 = time.perf_counter()
    url, patients = prepare(backend, args.open_patients + args.wrk_patients)
    n_open = int(args.rate * (args.warmup + args.duration))
    open_texts = conversations(rng, patients[:args.open_patients], n_open, 0)
    wrk_texts = conversations(rng, patients[args.open_patients:], 4 * args.wrk_patients, 10_000)
    open_prefix, wrk_prefix = sid_prefix(1, round_no), sid_prefix(2, round_no)
    open_reqs = signed(open_texts, open_prefix)
    wrk_file = c.TempDir.get() / "wrk-requests.tsv"
    wrk_file.write_text("".join(f"{sig}\t{body}\n" for _, sig, body in signed(wrk_texts, wrk_prefix)))
    setup_s = time.perf_counter() - t0

    port = free_port()
    payloads = [raw_request(port, sig, body) for _, sig, body in open_reqs]
    engine = c.engine_for(url)
    r: dict = dict(setup_s=setup_s, problems=[])
    # The open loop and the closed loop each get a fresh server, so a backlog the first leaves behind
    # (requests its clients gave up on) neither slows the second nor runs the round long.
    with Server(APP, args, port, server_env(url), f"{backend}-{round_no}") as server:
        cpu0, (busy0, total0), pg0 = server.cpu_seconds(), machine_busy(), pg_backends_cpu()
        clients0, answered0 = resource.getrusage(resource.RUSAGE_CHILDREN), server.answered()
        ol = open_loop(payloads, args.rate, args.warmup, args.clients, args.timeout)
        clients1 = resource.getrusage(resource.RUSAGE_CHILDREN)  # the client processes, reaped
        server_cpu = server.cpu_seconds() - cpu0
        pg_cpu = sum(v - pg0.get(pid, 0.0) for pid, v in pg_backends_cpu().items())
        busy1, total1 = machine_busy()
        # How busy all CPUs were during the open loop, and the part that was neither the server, its
        # PostgreSQL backends nor the load generator: other work on the shared machine.
        all_cpus = (total1 - total0) / os.sysconf("SC_CLK_TCK")
        client_cpu = (clients1.ru_utime + clients1.ru_stime) - (clients0.ru_utime + clients0.ru_stime)
        ol.machine_busy = (busy1 - busy0) / max(1, total1 - total0)
        ol.others_busy = max(0.0, ol.machine_busy - (server_cpu + pg_cpu + client_cpu) / max(1e-9, all_cpus))
        server.drain(ol.sent, limit=args.drain)
        # Per request the server answered, including any it finished after the clients gave up.
        answered = max(1, server.answered() - answered0)
        ol.cpu_ms = (server.cpu_seconds() - cpu0) * 1000 / answered
        if backend == "postgresql":
            ol.pg_cpu_ms = sum(v - pg0.get(pid, 0.0) for pid, v in pg_backends_cpu().items()) * 1000 / answered
    logs = server.log_problems()
    r["problems"] += check_open(engine, [sid for sid, _, _ in open_reqs], open_prefix)
    r["outcome"] = outcome(engine, redis)
    if not args.skip_wrk:
        with Server(APP, args, free_port(), server_env(url), f"{backend}-{round_no}-wrk") as server:
            closed = wrk(server.port, wrk_file, args)
            server.drain(closed.sent, limit=args.drain)  # requests wrk stopped waiting for
        for k, v in server.log_problems().items():
            logs[k] += v
        r["closed_stored"], more = check_closed(engine, wrk_prefix, closed)
        r["problems"] += more
        r["closed"] = closed
    o = outcome(engine, redis)
    if redis.get(SENTINEL) is None:
        # Another process flushed the Redis database: the jobs cannot be counted, only the hand-over.
        print(f"    (Redis {c.REDIS_URL} was flushed by another process during the round: RQ jobs not counted;"
              " set BENCH_INBOUND_REDIS_URL to an unused database)")
        if o["alerts_enqueued"] != o["alerts"]:
            r["problems"].append(f"{o['alerts']} alerts, {o['alerts_enqueued']} handed over")
    elif o["alerts_enqueued"] != o["alerts"] or o["urgent_jobs"] != o["alerts"]:
        r["problems"].append(f"{o['alerts']} alerts, {o['alerts_enqueued']} handed over,"
                             f" {o['urgent_jobs']} urgent jobs")
    engine.dispose()
    if not args.skip_wrk:
        with Server(BARE_APP, args, free_port(), server_env(url), f"bare-{backend}-{round_no}") as bare:
            r["bare"] = wrk(bare.port, wrk_file, args)
        r["ratio"] = r["closed"].rps / r["bare"].rps if r["bare"].rps else 0.0
        if r["bare"].non_2xx or r["bare"].failed_5xx:
            r["problems"].append(f"bare endpoint: {r['bare'].non_2xx} non-2xx")
    r["open"], r["logs"] = ol, logs
    r["locked"] = logs["locked"] + ol.locked + (r["closed"].locked if "closed" in r else 0)
    # 5xx seen by the clients, or logged by gunicorn for requests a client had stopped waiting for.
    seen = sum(v for k, v in ol.non_200.items() if k >= 500) + (r["closed"].failed_5xx if "closed" in r else 0)
    r["five_xx"] = max(seen, logs["access_5xx"])
    if ol.non_200 or ol.errors:
        r["problems"].append(f"open loop: non-200 {ol.non_200}, errors {ol.errors}")
    if logs["tracebacks"] or logs["timeouts"] or logs["error_lines"]:
        r["problems"].append(f"server log: {logs['tracebacks']} tracebacks, {logs['timeouts']} worker timeouts,"
                             f" {logs['error_lines']} [ERROR] lines")
    if "closed" in r and (r["closed"].non_2xx or r["closed"].socket_errors):
        r["problems"].append(f"wrk inbound: {r['closed'].non_2xx} non-2xx, socket errors {r['closed'].socket_errors}")
    return r


def ceiling(ol: OpenLoop) -> float:
    """The rate at which the server and its PostgreSQL backends alone would fill every CPU."""
    per_request = ol.cpu_ms + (ol.pg_cpu_ms if ol.pg_cpu_ms == ol.pg_cpu_ms else 0.0)
    return (os.cpu_count() or 1) * 1000 / per_request if per_request else float("nan")


def round_line(i: int, r: dict, args) -> str:
    ol: OpenLoop = r["open"]
    o = r["outcome"]
    line = (f"  round {i}: open loop {ol.achieved:.1f}/s achieved of {args.rate:g}/s ({ol.steady} timed + "
            f"{ol.sent - ol.steady} warm-up); latency p50 {ol.p50:.1f} / p95 {ol.p95:.1f} / p99 {ol.p99:.1f} /"
            f" max {ol.max:.1f} ms; non-200 {sum(ol.non_200.values()) + sum(ol.errors.values())};"
            f" client lag p99 {ol.lag_p99:.1f} ms; server CPU {ol.cpu_ms:.1f} ms/request"
            + (f" + PostgreSQL {ol.pg_cpu_ms:.1f}" if ol.pg_cpu_ms == ol.pg_cpu_ms else "")
            + f" (at most {ceiling(ol):.0f}/s on {os.cpu_count()} idle CPUs); all CPUs"
            f" {100 * ol.machine_busy:.0f}% busy ({100 * ol.others_busy:.0f}% other work);"
            f" '{LOCKED}' {r['locked']}")
    if "closed" in r:
        cl, bare = r["closed"], r["bare"]
        line += (f"\n    closed loop: inbound {cl.rps:.0f}/s (p50 {cl.p50_ms:.1f} ms, {cl.completed} requests),"
                 f" bare {bare.rps:.0f}/s (p50 {bare.p50_ms:.1f} ms); ratio {r['ratio']:.3f}")
    line += (f"\n    after the open loop: check-ins {o['checkins']}; {o['replies']} TwiML replies; escalations"
             f" {o['escalations']}; {o['alerts']} urgent alerts queued ({o['urgent_jobs']} RQ jobs); {o['opted_out']}"
             f" opted out; setup {r['setup_s']:.1f} s; checks: {'; '.join(r['problems']) or 'ok'}")
    return line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=[*c.BACKENDS, "both"], default="both")
    parser.add_argument("--rate", type=float, default=200.0, help="open-loop arrival rate, requests/s (default 200)")
    parser.add_argument("--duration", type=float, default=30.0, help="timed open-loop seconds (default 30)")
    parser.add_argument("--warmup", type=float, default=3.0,
                        help="seconds at the same rate before the timed part, not counted in latency (default 3)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per backend (default 3)")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 2)),
                        help="gunicorn workers (default: WEB_CONCURRENCY or 2, as in the Procfile)")
    parser.add_argument("--threads", type=int, default=int(os.environ.get("WEB_THREADS", 4)),
                        help="gunicorn threads per worker; above 1 gunicorn uses gthread (default: WEB_THREADS or 4,"
                        " as in the Procfile)")
    parser.add_argument("--worker-class", default=None, help="gunicorn --worker-class (default: gunicorn's)")
    parser.add_argument("--clients", type=int, default=2, help="open-loop client processes (default 2)")
    parser.add_argument("--timeout", type=float, default=15.0,
                        help="open-loop request timeout, s (default 15, Twilio's webhook timeout)")
    parser.add_argument("--open-patients", type=int, default=2000,
                        help="patients answering in the open loop (default 2000)")
    parser.add_argument("--wrk-patients", type=int, default=3000,
                        help="other patients answering in the closed loop, 4 texts each (default 3000)")
    parser.add_argument("--wrk-duration", type=int, default=10, help="closed-loop seconds per endpoint (default 10)")
    parser.add_argument("--wrk-threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--wrk-connections", type=int, default=16, help="wrk connections (default 16)")
    parser.add_argument("--drain", type=float, default=60.0,
                        help="longest wait, s, for requests still queued in the server after a load phase"
                        " (default 60)")
    parser.add_argument("--skip-wrk", action="store_true", help="only the open loop (no throughput ratio)")
    args = parser.parse_args()
    if not args.skip_wrk and shutil.which("wrk") is None:
        parser.error("wrk is not installed (apt-get install wrk), or pass --skip-wrk")
    backends = c.BACKENDS[::-1] if args.backend == "both" else (args.backend,)
    redis = redis_lib.Redis.from_url(c.REDIS_URL)
    redis.ping()
    kind = args.worker_class or ("gthread" if args.threads > 1 else "sync")
    print(f"gunicorn: {' '.join(gunicorn_args(args))} ({kind}); {os.cpu_count()} CPUs; open loop from {args.clients}"
          f" client processes; wrk -t{args.wrk_threads} -c{args.wrk_connections} -d{args.wrk_duration}s")
    verdicts, keep_logs = [], False
    try:
        for backend in backends:
            print(f"\n== inbound: {args.rate:g}/s for {args.duration:g} s (+{args.warmup:g} s warm-up),"
                  f" {args.open_patients + args.wrk_patients:,} patients with a check-in waiting, {backend},"
                  f" {args.rounds} rounds ==", flush=True)
            results = []
            for i in range(1, args.rounds + 1):
                r = run_round(backend, i, args, redis)
                results.append(r)
                keep_logs = keep_logs or bool(r["problems"])
                print(round_line(i, r, args), flush=True)
            med = {k: c.median(getattr(r["open"], k) for r in results) for k in ("achieved", "p50", "p95", "p99")}
            worst = max(r["open"].p99 for r in results)
            cpu = c.median(r["open"].cpu_ms for r in results)
            pg_cpu = c.median(r["open"].pg_cpu_ms for r in results)
            print(f"  median: {med['achieved']:.1f}/s; p50 {med['p50']:.1f} / p95 {med['p95']:.1f} / p99"
                  f" {med['p99']:.1f} ms (worst round p99 {worst:.1f} ms); server CPU {cpu:.1f} ms/request"
                  + (f" + PostgreSQL {pg_cpu:.1f}" if pg_cpu == pg_cpu else "")
                  + f", at most {c.median(ceiling(r['open']) for r in results):.0f}/s on idle CPUs"
                  + (f"; closed loop inbound {c.median(r['closed'].rps for r in results):.0f}/s, bare"
                     f" {c.median(r['bare'].rps for r in results):.0f}/s, ratio"
                     f" {c.median(r['ratio'] for r in results):.3f}" if not args.skip_wrk else ""))
            clean = not any(r["problems"] for r in results)
            sustained = med["achieved"] >= RATE_SHARE * args.rate
            if backend == "postgresql":
                ok = med["p99"] <= P99_TARGET_MS and sustained and clean
                verdicts.append(c.verdict(ok, f"inbound postgresql: p99 {med['p99']:.1f} ms (target <="
                                          f" {P99_TARGET_MS:.0f}) at {med['achieved']:.1f}/s sustained (offered"
                                          f" {args.rate:g}/s), checks {'ok' if clean else 'failed'}"))
            else:
                locked = sum(r["locked"] for r in results)
                five = sum(r["five_xx"] for r in results)
                ok = locked == 0 and five == 0 and clean
                verdicts.append(c.verdict(ok, f"inbound sqlite: {locked} '{LOCKED}', {five} 5xx at"
                                          f" {med['achieved']:.1f}/s (offered {args.rate:g}/s;"
                                          f" p99 {med['p99']:.1f} ms),"
                                          f" checks {'ok' if clean else 'failed'}"))
            print("  " + verdicts[-1], flush=True)
    finally:
        redis.flushdb()
        if keep_logs:
            print(f"\nserver logs kept in {c.TempDir.get()}")
        else:
            c.TempDir.cleanup()
    print("\n" + "\n".join(verdicts))
    return 0 if verdicts and all("PASS" in v for v in verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
