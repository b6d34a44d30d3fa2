"""Inbox benchmark: the triage queue and the escalation page at clinic scale on PostgreSQL.

Loads 50,000 patients over 20 prescribers, 1,000,000 texts from the last six
months with their readings, 10,000 open or acknowledged escalations (and
resolved ones) and medications into a fresh database, then drives the pages
in-process through the Flask test client, signed in through the real form:
  - bob, a prescriber with an ordinary share (1/20) of the patients;
  - carol, who owns a big share (25% by default: 2,500 of 10,000 escalations);
  - alice, the admin, who sees everything (including a deep queue page).
Per endpoint it prints p50/p95/max server time, the SQL statements per request
and the time spent in the database, then EXPLAIN ANALYZE of the slowest query
of each page. Target: p95 <= 150 ms for the queue and the escalation page, and
a statement count per request that does not grow with the page (no N+1).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import re
import time
from collections import defaultdict
from contextlib import contextmanager
import os
from datetime import date, timedelta
from datetime import time as clock

import _common as c
from sqlalchemy import create_engine, event, insert, text

from checkins import inbox
from checkins.app import create_app
from checkins.migrate import upgrade_to_head
from checkins.models import Clinic, Plan, Role, User
from checkins.passwords import hash_password
from checkins.services import Services
from checkins.settings import Settings
from tests.support.factories import PASSWORD
from tests.support.web import sign_in

PG_DB = "checkins_bench_inbox"
REDIS_URL = os.environ.get("BENCH_INBOX_REDIS_URL", "redis://127.0.0.1:6379/11")  # sign-in throttle only
TARGET_MS = 150.0
PRESCRIBERS = 20
DAYS = 182
ZONES = c.ZONES
MEDICATIONS = ("sertraline", "lamotrigine", "lithium", "quetiapine", "bupropion", "escitalopram", "aripiprazole",
               "venlafaxine", "clozapine", "trazodone", "fluoxetine", "valproate")
QUESTIONS = ("mood", "side_effects", "adherence", "open")
PROMPTS = {
    "mood": "Hi, it's your care team. How has your mood been this week? Reply 1 (very low) to 5 (very good).",
    "side_effects": "Any side effects from your medication this week? Tell us in a few words, or reply NONE.",
    "adherence": "Have you been taking your medication as prescribed? Reply YES, MISSED or STOPPED.",
    "open": "Anything else you'd like your prescriber to know? Reply here, or NO.",
}
# (body, triage, mood, adherence, side effects, reasons, matches) per question.
REPLIES = {
    "mood": [
        ("1 - really bad week, can't get out of bed", "high", 1, None, [], ["low_mood"], [[0, 1, "low_mood"]]),
        ("2 not great honestly", "routine", 2, None, [], ["low_mood"], [[0, 1, "low_mood"]]),
        ("3 ok I guess", "none", 3, None, [], [], []),
        ("4 pretty good", "none", 4, None, [], [], []),
        ("4", "none", 4, None, [], [], []),
        ("5 great, feeling like myself again", "none", 5, None, [], [], []),
    ],
    "side_effects": [
        ("none", "none", None, None, [], [], []),
        ("no side effects", "none", None, None, [], [], []),
        ("a bit of nausea in the mornings", "routine", None, None, ["nausea"], ["side_effects"],
         [[9, 16, "side_effects"]]),
        ("headaches and trouble sleeping", "routine", None, None, ["headache", "insomnia"], ["side_effects"],
         [[0, 9, "side_effects"], [14, 30, "side_effects"]]),
        ("I've got a rash on my arms since Tuesday", "high", None, None, ["rash"], ["red_flag:rash"],
         [[12, 16, "red_flag:rash"]]),
        ("feeling dizzy and tired all day", "routine", None, None, ["dizziness", "fatigue"], ["side_effects"],
         [[8, 13, "side_effects"], [18, 23, "side_effects"]]),
    ],
    "adherence": [
        ("yes", "none", None, "taking", [], [], []),
        ("yes taking it every day", "none", None, "taking", [], [], []),
        ("missed a couple of doses this week", "routine", None, "missed", [], ["missed_doses"],
         [[0, 25, "missed_doses"]]),
        ("I stopped taking it, it made me feel weird", "high", None, "stopped", [], ["stopped_medication"],
         [[2, 9, "stopped_medication"]]),
    ],
    "open": [
        ("no", "none", None, None, [], [], []),
        ("no questions, thanks", "none", None, None, [], [], []),
        ("work has been stressful but I'm managing", "none", None, None, [], [], []),
        ("can we talk about lowering the dose at my next visit?", "routine", None, None, [], ["question"],
         [[0, 53, "question"]]),
        ("some days I feel like there's no point to anything", "urgent", None, None, [], ["crisis"],
         [[24, 50, "crisis"]]),
    ],
}
# (level, reasons) with weights: ~5% urgent, ~25% high, ~70% routine.
ESCALATION_KINDS = [
    ("urgent", ["crisis"], 3), ("urgent", ["red_flag:chest_pain"], 1), ("urgent", ["red_flag:seizure"], 1),
    ("high", ["low_mood"], 8), ("high", ["red_flag:rash"], 5), ("high", ["stopped_medication"], 6),
    ("high", ["severe_side_effects", "missed_doses"], 6),
    ("routine", ["low_mood"], 15), ("routine", ["question"], 15), ("routine", ["side_effects"], 15),
    ("routine", ["missed_doses"], 10), ("routine", ["not_responding"], 10), ("routine", ["mid_mood"], 5),
]


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _array(values) -> str:
    return "ARRAY[" + ", ".join(_quote(v) for v in values) + "]"


# ---------------------------------------------------------------------------------------------- loading


def database_url() -> str:
    return c.PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + PG_DB


def existing_dataset(url: str) -> dict | None:
    """The parameters of a database loaded by an earlier run (--keep), or None."""
    admin = create_engine(c.PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), dict(n=PG_DB)).first()
    admin.dispose()
    if not exists:
        return None
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT params FROM bench_inbox_meta")).first()
            return json.loads(row[0]) if row else None
    except Exception:  # noqa: BLE001 - no meta table: an unfinished load
        return None
    finally:
        engine.dispose()


def fresh_database() -> str:
    admin = create_engine(c.PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {PG_DB}"))
    admin.dispose()
    url = database_url()
    upgrade_to_head(url)
    return url


def _step(label: str, t0: float) -> float:
    now = time.perf_counter()
    print(f"    {label}: {now - t0:.1f} s", flush=True)
    return now


def _copy(engine, table: str, columns: tuple[str, ...], rows) -> None:
    raw = engine.raw_connection()
    try:
        with raw.driver_connection.cursor() as cur:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        raw.commit()
    finally:
        raw.close()


def _message_counts(n_patients: int, n_messages: int, rng: random.Random) -> list[int]:
    """Texts per patient: about 1% heavy (hundreds), the rest around the mean; sums to n_messages."""
    heavy = set(rng.sample(range(n_patients), max(1, n_patients // 100)))
    weights = [rng.uniform(15, 45) if i in heavy else rng.uniform(0.2, 1.8) for i in range(n_patients)]
    scale = n_messages / sum(weights)
    counts = [max(2, int(w * scale)) for w in weights]
    # Hand the rounding remainder (or excess) out over ordinary patients.
    diff = n_messages - sum(counts)
    ordinary = [i for i in range(n_patients) if i not in heavy]
    i = 0
    while diff != 0:
        j = ordinary[i % len(ordinary)]
        if diff > 0:
            counts[j] += 1
            diff -= 1
        elif counts[j] > 2:
            counts[j] -= 1
            diff += 1
        i += 1
    return counts


def load(url: str, args) -> dict:
    rng = random.Random(20260202)
    engine = c.engine_for(url)
    now = c.utcnow()
    start = now - timedelta(days=DAYS)
    t0 = t_all = time.perf_counter()
    hashed = hash_password(PASSWORD)
    with engine.begin() as conn:
        conn.execute(text("SELECT setseed(0.42)"))
        conn.execute(insert(Clinic.__table__), [dict(
            name="Bench Clinic", phone="+12025550100", default_region="US", timezone="America/New_York",
            show_medication_names=False, oncall_phone="+12025550199", low_mood_max=2, urgent_clock_minutes=15,
            high_clock_days=1, idle_timeout_minutes=15, created_at=start)])
        plan_id = conn.execute(insert(Plan.__table__).returning(Plan.__table__.c.id), [dict(
            name="Weekly", questions=list(QUESTIONS), weekdays=[0], send_time=clock(10, 0), dense_weekdays=[0, 3],
            dense_weeks=4, reminder_hours=24, missed_threshold=2, quiet_start=clock(21, 0),
            quiet_end=clock(8, 0), is_default=True, created_at=start)]).scalar_one()
        users = [dict(email="alice@example.org", name="Alice Admin", role=Role.ADMIN, phone=None,
                      password_hash=hashed, active=True, created_at=start),
                 dict(email="bob@example.org", name="Dr. Bob Baker", role=Role.PRESCRIBER, phone="+12025550171",
                      password_hash=hashed, active=True, created_at=start),
                 dict(email="carol@example.org", name="Dr. Carol Cruz", role=Role.PRESCRIBER,
                      phone="+12025550172", password_hash=hashed, active=True, created_at=start)]
        users += [dict(email=f"prescriber{i}@example.org", name=f"Dr. Bench {i}", role=Role.PRESCRIBER,
                       phone=f"+1202556{i:04d}", password_hash=None, active=True, created_at=start)
                  for i in range(3, PRESCRIBERS + 1)]
        ids = conn.execute(insert(User.__table__).returning(User.__table__.c.id, User.__table__.c.email),
                           users).all()
    by_email = {email: uid for uid, email in ids}
    bob, carol = by_email["bob@example.org"], by_email["carol@example.org"]
    others = [uid for email, uid in by_email.items() if email.startswith("prescriber")]

    # Patients: bob 1/20, carol the big share, the 18 others the rest; interleaved.
    n = args.patients
    n_bob, n_carol = round(n / PRESCRIBERS), round(n * args.big_share)
    owners = [bob] * n_bob + [carol] * n_carol
    owners += [others[i % len(others)] for i in range(n - len(owners))]
    rng.shuffle(owners)
    statuses = ["active"] * 94 + ["paused"] * 4 + ["opted_out"] * 2

    def patient_rows():
        for i, owner in enumerate(owners, start=1):
            status = rng.choice(statuses)
            next_at = now + timedelta(seconds=rng.randrange(7 * 86400)) if status == "active" else None
            yield (f"Pat{i}", rng.choice(("Garcia", "Smith", "Nguyen", "Okafor", "Kowalski", "Haddad")),
                   f"+1555{i:07d}", ZONES[i % len(ZONES)], "es" if i % 7 == 0 else "en",
                   date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55)), owner, plan_id, status,
                   start - timedelta(days=30), "written", next_at, now - timedelta(days=rng.randrange(7)), 0,
                   start - timedelta(days=30))

    _copy(engine, "patient", ("first_name", "last_name", "phone", "timezone", "language", "birth_date",
                              "prescriber_id", "plan_id", "status", "consent_at", "consent_method", "next_checkin_at",
                              "last_checkin_at", "missed_in_row", "created_at"), patient_rows())
    t0 = _step(f"{n:,} patients", t0)

    with engine.connect() as conn:
        patient_ids = [r[0] for r in conn.execute(text("SELECT id FROM patient ORDER BY id"))]
    counts = _message_counts(len(patient_ids), args.messages, rng)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS bench_plan"))
        conn.execute(text("CREATE UNLOGGED TABLE bench_plan (patient_id int PRIMARY KEY, n int NOT NULL)"))
    _copy(engine, "bench_plan", ("patient_id", "n"), zip(patient_ids, counts))

    # Texts: question, reply, question, reply ... spread evenly over six months per patient, with jitter,
    # inserted in time order so a patient's rows lie scattered over the heap as they would in production.
    def pick(question: str, h: str) -> str:
        bodies = [r[0] for r in REPLIES[question]]
        return f"({_array(bodies)})[{h} % {len(bodies)} + 1]"

    question = f"({_array(QUESTIONS)})[((k - 1) / 2) % 4 + 1]"
    h = "((p.patient_id * 7919 + k * 104729) % 1000003)"
    reply = "CASE q.question " + " ".join(f"WHEN {_quote(name)} THEN {pick(name, h)}" for name in QUESTIONS) + " END"
    prompt = "CASE q.question " + " ".join(f"WHEN {_quote(name)} THEN {_quote(PROMPTS[name])}"
                                            for name in QUESTIONS) + " END"
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL work_mem = '256MB'"))
        conn.execute(text(
            "INSERT INTO message (direction, purpose, patient_id, question, phone, body, encoding, segments, status,"
            " attempts, num_media, processed_at, created_at, enqueued_at, claimed_at, sent_at, status_at) "
            "SELECT t.direction, t.purpose, t.patient_id, t.question, t.phone, t.body, 'GSM-7', 1, t.status,"
            " t.attempts, 0, t.processed_at, t.at, t.sent, t.sent, t.sent, t.status_at FROM ("
            "  SELECT CASE WHEN k % 2 = 1 THEN 'outbound' ELSE 'inbound' END AS direction,"
            "   CASE WHEN k % 2 = 1 THEN 'question' ELSE 'inbound' END AS purpose, p.patient_id, q.question,"
            "   pt.phone, CASE WHEN k % 2 = 1 THEN " + prompt + " ELSE " + reply + " END AS body,"
            "   CASE WHEN k % 2 = 1 THEN 'delivered' ELSE 'received' END AS status,"
            "   CASE WHEN k % 2 = 1 THEN 1 ELSE 0 END AS attempts,"
            "   CASE WHEN k % 2 = 0 THEN ts.at + interval '2 seconds' END AS processed_at, ts.at,"
            "   CASE WHEN k % 2 = 1 THEN ts.at END AS sent, CASE WHEN k % 2 = 1 THEN ts.at + interval '5 seconds'"
            "   ELSE ts.at END AS status_at"
            "  FROM bench_plan p JOIN patient pt ON pt.id = p.patient_id"
            "  CROSS JOIN LATERAL generate_series(1, p.n) AS k"
            "  CROSS JOIN LATERAL (SELECT " + question + " AS question) q"
            "  CROSS JOIN LATERAL (SELECT to_timestamp(:start + :span * ((k - 1) / 2 + 0.5 + 0.4 * (random() - 0.5))"
            "    / ((p.n + 1) / 2)) + CASE WHEN k % 2 = 0 THEN make_interval(mins => 3 + (" + h + " % 240)::int)"
            "    ELSE interval '0' END AS at) ts"
            " ) t ORDER BY t.at"), dict(start=int(start.timestamp()), span=DAYS * 86400 - 6 * 3600))
    t0 = _step(f"{args.messages:,} texts", t0)

    # Readings for every inbound text, from the reply it carries.
    values = []
    for name, replies in REPLIES.items():
        for body, triage, mood, adherence, effects, reasons, matches in replies:
            values.append(f"({_quote(name)}, {_quote(body)}, {_quote(triage)}, {mood if mood else 'NULL'}, "
                          f"{_quote(adherence) if adherence else 'NULL'}, {_quote(json.dumps(effects))}, "
                          f"{_quote(json.dumps(reasons))}, {_quote(json.dumps(matches))})")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO reading (message_id, patient_id, checkin_id, asked, triage, crisis, keyword, mood,"
            " adherence, side_effects, reasons, matches, created_at) "
            "SELECT m.id, m.patient_id, NULL, m.question, r.triage, r.triage = 'urgent', NULL, r.mood, r.adherence,"
            " r.side_effects::json, r.reasons::json, r.matches::json, m.created_at + interval '2 seconds'"
            " FROM message m JOIN (VALUES " + ", ".join(values) + ") AS r(question, body, triage, mood, adherence,"
            " side_effects, reasons, matches) ON r.question = m.question AND r.body = m.body"
            " WHERE m.direction = 'inbound' ORDER BY m.id"))
    t0 = _step("readings", t0)

    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO medication (patient_id, name, dose, changed_on, active, created_at)"
            f" SELECT p.id, ({_array(MEDICATIONS)})[(p.id * 31 + g * 7) % {len(MEDICATIONS)} + 1],"
            " ((p.id + g) % 4 + 1) * 25 || ' mg', CURRENT_DATE - ((p.id * 13 + g * 101) % 200),"
            " (p.id + g) % 9 <> 0, :start"
            " FROM patient p CROSS JOIN LATERAL generate_series(1, 1 + p.id % 3) AS g"), dict(start=start))
    t0 = _step("medications", t0)

    # Escalations: the unresolved ones on distinct random patients, resolved ones on others.
    kinds = [(level, reasons) for level, reasons, w in ESCALATION_KINDS for _ in range(w)]
    eligible = [pid for pid, k in zip(patient_ids, counts) if k >= 2]
    chosen = rng.sample(eligible, min(len(eligible), args.escalations + args.resolved))
    rows = []
    for i, pid in enumerate(chosen):
        level, reasons = rng.choice(kinds)
        if i < args.escalations:
            status = "open" if rng.random() < 0.7 else "acknowledged"
        else:
            status = "resolved"
        rows.append((pid, level, json.dumps(reasons), status, 1 + rng.randrange(3), rng.randrange(3600 * 48)))
    with engine.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE bench_esc (patient_id int, level text, reasons text, status text,"
                          " links int, ack_after int) ON COMMIT DROP"))
        conn.execute(text("INSERT INTO bench_esc VALUES (:p, :l, :r, :s, :n, :a)"),
                     [dict(p=p, l=l_, r=r, s=s, n=n_, a=a) for p, l_, r, s, n_, a in rows])
        # The newest 1-3 replies of the patient triggered it.
        conn.execute(text(
            "CREATE TEMP TABLE bench_link ON COMMIT DROP AS SELECT b.patient_id, m.id AS message_id, m.created_at"
            " FROM bench_esc b CROSS JOIN LATERAL (SELECT id, created_at FROM message"
            "  WHERE patient_id = b.patient_id AND direction = 'inbound' ORDER BY created_at DESC LIMIT b.links) m"))
        conn.execute(text(
            "INSERT INTO escalation (patient_id, prescriber_id, level, reasons, status, created_at, updated_at,"
            " urgent_since, alerted_at, acknowledged_at, acknowledged_by_id, resolved_at, resolved_by_id,"
            " resolution_note, false_alarm) "
            "SELECT b.patient_id, pt.prescriber_id, b.level, b.reasons::json, b.status, t.first_at,"
            " t.last_at + CASE WHEN b.status = 'open' THEN interval '0' ELSE make_interval(secs => b.ack_after) END,"
            " CASE WHEN b.level = 'urgent' THEN t.first_at END, t.first_at,"
            " CASE WHEN b.status <> 'open' THEN t.last_at + make_interval(secs => b.ack_after) END,"
            " CASE WHEN b.status <> 'open' THEN pt.prescriber_id END,"
            " CASE WHEN b.status = 'resolved' THEN t.last_at + make_interval(secs => b.ack_after + 600) END,"
            " CASE WHEN b.status = 'resolved' THEN pt.prescriber_id END,"
            " CASE WHEN b.status = 'resolved' THEN 'Called the patient; plan unchanged.' END,"
            " b.status = 'resolved' AND b.ack_after % 10 = 0"
            " FROM bench_esc b JOIN patient pt ON pt.id = b.patient_id"
            " JOIN (SELECT patient_id, min(created_at) AS first_at, max(created_at) AS last_at FROM bench_link"
            "  GROUP BY patient_id) t ON t.patient_id = b.patient_id"
            " ORDER BY t.first_at"))
        conn.execute(text(
            "INSERT INTO escalation_message (escalation_id, message_id)"
            " SELECT e.id, l.message_id FROM escalation e JOIN bench_link l ON l.patient_id = e.patient_id"))
        # The triggering replies carry the escalation's level and reasons.
        conn.execute(text(
            "UPDATE reading r SET triage = e.level, reasons = e.reasons, crisis = e.reasons::text LIKE '%crisis%'"
            " FROM escalation_message em JOIN escalation e ON e.id = em.escalation_id"
            " WHERE r.message_id = em.message_id"))
        conn.execute(text("DROP TABLE bench_plan"))
    t0 = _step(f"{len(rows):,} escalations and their links", t0)
    c.analyze(engine)
    t0 = _step("VACUUM ANALYZE", t0)
    load_s = time.perf_counter() - t_all
    params = dict(patients=args.patients, messages=args.messages, escalations=args.escalations,
                  resolved=args.resolved, big_share=args.big_share, load_s=round(load_s, 1))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE bench_inbox_meta (params text NOT NULL)"))
        conn.execute(text("INSERT INTO bench_inbox_meta VALUES (:p)"), dict(p=json.dumps(params)))
    engine.dispose()
    return params


def describe(engine) -> dict:
    with engine.connect() as conn:
        one = lambda sql: conn.execute(text(sql)).scalar_one()  # noqa: E731
        return dict(
            patients=one("SELECT count(*) FROM patient"), messages=one("SELECT count(*) FROM message"),
            inbound=one("SELECT count(*) FROM message WHERE direction = 'inbound'"),
            readings=one("SELECT count(*) FROM reading"), medications=one("SELECT count(*) FROM medication"),
            unresolved=one("SELECT count(*) FROM escalation WHERE status IN ('open', 'acknowledged')"),
            resolved=one("SELECT count(*) FROM escalation WHERE status = 'resolved'"),
            links=one("SELECT count(*) FROM escalation_message"),
            audit=one("SELECT count(*) FROM audit_event"),
            max_thread=one("SELECT max(c) FROM (SELECT count(*) AS c FROM message GROUP BY patient_id) x"),
            mean_thread=one("SELECT round(avg(c), 1) FROM (SELECT count(*) AS c FROM message GROUP BY patient_id) x"),
            size=one(f"SELECT pg_size_pretty(pg_database_size('{PG_DB}'))"),
        )


# ---------------------------------------------------------------------------------------------- measuring


class Recorder:
    """Counts and times the SQL statements sent while `active`."""

    def __init__(self, engine):
        self.active = False
        self.statements: list[tuple[str, object, float]] = []
        self._started: dict[int, float] = {}
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany):
        if self.active:
            self._started[id(cursor)] = time.perf_counter()

    def _after(self, conn, cursor, statement, parameters, context, executemany):
        started = self._started.pop(id(cursor), None)
        if self.active and started is not None:
            self.statements.append((statement, parameters, (time.perf_counter() - started) * 1000))

    @contextmanager
    def request(self):
        self.statements = []
        self.active = True
        try:
            yield self
        finally:
            self.active = False


class Endpoint:
    def __init__(self, who: str, name: str, paths: list[str], gated: bool):
        self.who, self.name, self.paths, self.gated = who, name, paths, gated
        self.times: list[float] = []
        self.db_times: list[float] = []
        self.cpu_times: list[float] = []
        self.statement_counts: list[int] = []
        self.slow: dict[str, list] = defaultdict(lambda: [0.0, 0, None, 0.0])  # total, n, worst params, worst


def measure(client, recorder: Recorder, endpoint: Endpoint, requests: int, warmup: int) -> None:
    paths = endpoint.paths
    for i in range(warmup):
        response = client.get(paths[i % len(paths)])
        assert response.status_code == 200, (paths[i % len(paths)], response.status_code)
    for i in range(requests):
        path = paths[i % len(paths)]
        with recorder.request():
            t0, cpu0 = time.perf_counter(), time.process_time()
            response = client.get(path)
            elapsed = (time.perf_counter() - t0) * 1000
            cpu = (time.process_time() - cpu0) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{endpoint.who} {path}: HTTP {response.status_code}")
        endpoint.times.append(elapsed)
        endpoint.cpu_times.append(cpu)
        endpoint.statement_counts.append(len(recorder.statements))
        endpoint.db_times.append(sum(d for _s, _p, d in recorder.statements))
        for statement, parameters, duration in recorder.statements:
            slot = endpoint.slow[statement]
            slot[0] += duration
            slot[1] += 1
            if duration >= slot[3]:
                slot[2], slot[3] = parameters, duration


def explain(engine, statement: str, parameters) -> str:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters).all()
        conn.rollback()
    return "\n".join("      " + r[0] for r in rows)


def _short(statement: str, width: int = 150) -> str:
    flat = re.sub(r"\s+", " ", statement).strip()
    return flat if len(flat) <= width else flat[:width - 3] + "..."


def statements_by_page_size(client, recorder: Recorder, path: str) -> dict[int, int]:
    """Statements for one queue request at several page sizes (same data): must not change."""
    defaults = inbox.queue.__defaults__
    found = {}
    try:
        for size in (5, 50, 200):
            inbox.queue.__defaults__ = (1, size)
            with recorder.request():
                response = client.get(path)
            assert response.status_code == 200
            found[size] = len(recorder.statements)
    finally:
        inbox.queue.__defaults__ = defaults
    return found


def profile(client, path: str, n: int = 30) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(n):
        client.get(path)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=50_000, help="patients (default 50000)")
    parser.add_argument("--messages", type=int, default=1_000_000, help="texts in and out (default 1000000)")
    parser.add_argument("--escalations", type=int, default=10_000,
                        help="open or acknowledged escalations (default 10000)")
    parser.add_argument("--resolved", type=int, default=20_000, help="resolved escalations (default 20000)")
    parser.add_argument("--big-share", type=float, default=0.25,
                        help="share of the patients carol owns (default 0.25); bob owns 1/20")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per endpoint (default 200)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests per endpoint first (default 20)")
    parser.add_argument("--keep", action="store_true",
                        help=f"reuse the database {PG_DB} of an earlier run when it holds the same sizes"
                        " (and keep it afterwards, which happens anyway)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the queue and escalation page")
    args = parser.parse_args()

    url = database_url()
    wanted = dict(patients=args.patients, messages=args.messages, escalations=args.escalations,
                  resolved=args.resolved, big_share=args.big_share)
    previous = existing_dataset(url) if args.keep else None
    if previous and all(previous.get(k) == v for k, v in wanted.items()):
        upgrade_to_head(url)  # picks up new migrations (indexes) on the kept data
        print(f"== reusing {PG_DB} (loaded in {previous['load_s']} s by an earlier run) ==")
        load_s = previous["load_s"]
    else:
        print(f"== loading {PG_DB}: {args.patients:,} patients, {args.messages:,} texts,"
              f" {args.escalations:,} unresolved + {args.resolved:,} resolved escalations ==", flush=True)
        url = fresh_database()
        load_s = load(url, args)["load_s"]
        print(f"  loaded in {load_s:.1f} s")

    engine = c.engine_for(url)
    sizes = describe(engine)
    print(f"  data: {sizes['patients']:,} patients, {sizes['messages']:,} texts ({sizes['inbound']:,} inbound,"
          f" {sizes['readings']:,} readings; {sizes['mean_thread']} per patient, at most {sizes['max_thread']}),"
          f" {sizes['unresolved']:,} unresolved + {sizes['resolved']:,} resolved escalations"
          f" ({sizes['links']:,} message links), {sizes['medications']:,} medications,"
          f" {sizes['audit']:,} audit events; {sizes['size']}")

    with engine.connect() as conn:
        users = {email.split("@")[0]: uid for uid, email in conn.execute(text('SELECT id, email FROM "user"'))}
        rng = random.Random(7)

        def escalations_of(prescriber):
            where = "" if prescriber is None else f" AND p.prescriber_id = {int(prescriber)}"
            ids = [r[0] for r in conn.execute(text(
                "SELECT e.id FROM escalation e JOIN patient p ON p.id = e.patient_id"
                " WHERE e.status IN ('open', 'acknowledged')" + where + " ORDER BY e.id"))]
            return ids, rng.sample(ids, min(args.requests, len(ids)))

        def heavy_patients(prescriber, k=20):
            where = "" if prescriber is None else f" WHERE p.prescriber_id = {int(prescriber)}"
            return [r[0] for r in conn.execute(text(
                "SELECT p.id FROM patient p JOIN (SELECT patient_id, count(*) AS n FROM message GROUP BY patient_id)"
                " m ON m.patient_id = p.id" + where + " ORDER BY m.n DESC, p.id LIMIT :k"), dict(k=k))]

        def heavy_escalations(prescriber, k=20):
            where = "" if prescriber is None else f" AND p.prescriber_id = {int(prescriber)}"
            return [r[0] for r in conn.execute(text(
                "SELECT e.id FROM escalation e JOIN patient p ON p.id = e.patient_id"
                " JOIN (SELECT patient_id, count(*) AS n FROM message GROUP BY patient_id) m ON m.patient_id = p.id"
                " WHERE e.status IN ('open', 'acknowledged')" + where + " ORDER BY m.n DESC, e.id LIMIT :k"),
                dict(k=k))]

        def one_escalation_patient(prescriber):
            return conn.execute(text(
                "SELECT e.patient_id FROM escalation e JOIN patient p ON p.id = e.patient_id"
                " WHERE e.status = 'open' AND p.prescriber_id = :p ORDER BY e.id LIMIT 1"), dict(p=prescriber)).scalar()

        plan = {}
        for who, prescriber in (("bob", users["bob"]), ("carol", users["carol"]), ("alice", None)):
            all_ids, sample = escalations_of(prescriber)
            plan[who] = dict(open=len(all_ids), sample=sample, heavy=heavy_patients(prescriber),
                             heavy_escalations=heavy_escalations(prescriber),
                             one=one_escalation_patient(prescriber or users["bob"]))

    settings = Settings(env="test", database_url=url, redis_url=REDIS_URL, secret_key="bench-secret-key-0123456789",
                        sms_transport="simulator")
    services = Services(settings, engine=engine)
    app = create_app({"SETTINGS": settings, "SERVICES": services, "TESTING": True})
    recorder = Recorder(engine)

    results: list[Endpoint] = []
    size_checks = {}
    profiles = {}
    for who in ("bob", "carol", "alice"):
        p = plan[who]
        client = app.test_client()
        response = sign_in(client, f"{who}@example.org")
        assert response.status_code == 302, f"sign-in as {who} failed ({response.status_code})"
        deep = max(1, min(40, -(-p["open"] // inbox.PAGE_SIZE)))
        endpoints = [
            Endpoint(who, "/inbox", ["/inbox"], True),
            Endpoint(who, f"/inbox?page={deep}", [f"/inbox?page={deep}"], True),
            Endpoint(who, "/inbox?level=urgent", ["/inbox?level=urgent"], True),
            Endpoint(who, "/inbox?patient=<id>", [f"/inbox?patient={p['one']}"], True),
            Endpoint(who, "/inbox/escalations/<id>", [f"/inbox/escalations/{i}" for i in p["sample"]], True),
            Endpoint(who, "/inbox/escalations/<id> (longest)",
                     [f"/inbox/escalations/{i}" for i in p["heavy_escalations"]], True),
            Endpoint(who, "/patients/<id> (longest threads)", [f"/patients/{i}" for i in p["heavy"]], False),
            Endpoint(who, "/inbox/poll.json", ["/inbox/poll.json"], False),
        ]
        print(f"\n== {who}: {p['open']:,} unresolved escalations in scope; deep page {deep};"
              f" load average {os.getloadavg()[0]:.1f} ==", flush=True)
        for endpoint in endpoints:
            measure(client, recorder, endpoint, args.requests, args.warmup)
            results.append(endpoint)
            t = endpoint.times
            counts = endpoint.statement_counts
            print(f"  {endpoint.name:<34} p50 {c.median(t):6.1f} ms  p95 {c.p95(t):6.1f} ms  max {max(t):6.1f} ms"
                  f"  | SQL {min(counts)}-{max(counts)} statements/request,"
                  f" median {c.median(endpoint.db_times):5.1f} ms in the database,"
                  f" {c.median(endpoint.cpu_times):5.1f} ms app CPU", flush=True)
        size_checks[who] = statements_by_page_size(client, recorder, "/inbox")
        if args.profile and who == "alice":
            profiles["/inbox"] = profile(client, "/inbox")
            profiles["/inbox/escalations/<id>"] = profile(client, f"/inbox/escalations/{p['sample'][0]}")

    print("\n== slowest statement per page (mean over the timed requests), EXPLAIN ANALYZE of its slowest run ==")
    for endpoint in results:
        if endpoint.who == "bob" and endpoint.name == "/inbox?patient=<id>":
            continue
        statement, (total, n, parameters, worst) = max(endpoint.slow.items(), key=lambda kv: kv[1][0] / kv[1][1])
        print(f"\n  {endpoint.who} {endpoint.name}: mean {total / n:.2f} ms, worst {worst:.2f} ms over {n} runs:"
              f" {_short(statement)}")
        if statement.lstrip().upper().startswith("SELECT"):
            print(explain(engine, statement, parameters))

    for name, report in profiles.items():
        print(f"\n== cProfile, 30 requests of {name} as alice ==\n{report}")

    print("\n== statements per /inbox request at page sizes 5 / 50 / 200 (same data) ==")
    for who, found in size_checks.items():
        print(f"  {who}: " + " / ".join(f"{n}" for n in found.values()))

    print(f"\n  machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end"
          f" (other processes share it: compare medians and app CPU)")
    print(f"  dataset: {sizes['patients']:,} patients, {sizes['messages']:,} texts,"
          f" {sizes['unresolved']:,} unresolved escalations; load {load_s:.1f} s; {args.requests} timed requests"
          f" per endpoint after {args.warmup} warm-up")
    verdicts = []
    for endpoint in results:
        if not endpoint.gated:
            continue
        tail = c.p95(endpoint.times)
        verdicts.append((tail <= TARGET_MS, c.verdict(tail <= TARGET_MS, f"{endpoint.who} {endpoint.name}: p95"
                                                      f" {tail:.1f} ms vs {TARGET_MS:.0f} ms")))
    for who, found in size_checks.items():
        flat = len(set(found.values())) == 1
        verdicts.append((flat, c.verdict(flat, f"{who} /inbox statements do not grow with the page size"
                                               f" ({' / '.join(map(str, found.values()))} at 5 / 50 / 200 rows)")))
    for endpoint in results:
        # A lookup skipped when there is nothing to look up (nobody acknowledged yet) may save one
        # statement; anything more would mean queries per row.
        low, high = min(endpoint.statement_counts), max(endpoint.statement_counts)
        if high - low > 1:
            verdicts.append((False, c.verdict(False, f"{endpoint.who} {endpoint.name}: statements vary per request"
                                                     f" ({low}-{high})")))
    for _ok, line in verdicts:
        print(line)
    engine.dispose()
    return 0 if all(ok for ok, _line in verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
