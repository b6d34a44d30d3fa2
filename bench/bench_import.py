"""CSV import benchmark: the preview (every row checked, nothing saved) of 10,000 rows. Target: <= 5 s.

Each backend gets a freshly migrated database holding the clinic, 20
prescribers and --enrolled patients, some of whose numbers reappear in the
file. The file mixes valid rows with the problems the preview must catch:
invalid and landline numbers, unknown zones and prescribers, numbers twice in
the file or already enrolled, bad dates. Each round times
`patient_import.preview` in a transaction, as the admin page runs it, and
checks the report's counts; then one confirm (`patient_import.save`) is timed
for information and rolled back.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import timedelta

import _common as c
from sqlalchemy import insert
from sqlmodel import Session

from checkins import patient_import
from checkins.db import transaction
from checkins.models import Patient
from checkins.outbox import get_clinic

# Its own database, so other benchmarks running meanwhile are not disturbed (no Redis needed).
c.PG_DB = os.environ.get("BENCH_IMPORT_PG_DB", "checkins_bench_import")
TARGET_S = 5.0
HEADER = ",".join(patient_import.COLUMNS)
AREAS = ("202", "212", "312", "415", "617", "713", "305", "206")


def _number(i: int) -> str:
    return f"+1{AREAS[i // 10000 % len(AREAS)]}555{i % 10000:04d}"


def build_file(rows: int, enrolled: int, seed: int = 7) -> bytes:
    """Returns the CSV: about 93% valid rows, the rest with one problem each."""
    rng = random.Random(seed)
    lines = [HEADER]
    for i in range(rows):
        zone, language = c.ZONES[i % len(c.ZONES)], c.LANGUAGES[i % 2]
        phone = _number(enrolled + i)
        email = f"prescriber{i % c.PRESCRIBERS}@example.org"
        meds = f"sertraline:2026-01-{1 + i % 28:02d};lithium:2025-11-02" if i % 3 == 0 else ""
        consent = ("2026-01-05", "written") if i % 5 else ("", "")
        birth = f"{1950 + i % 50}-0{1 + i % 9}-1{i % 10}"
        roll = rng.random()
        if roll < 0.02:
            phone = "555-12"                      # wrong number of digits
        elif roll < 0.03:
            phone = "+44 20 7183 8750"            # landline
        elif roll < 0.04:
            zone = "Mars/Olympus"
        elif roll < 0.05:
            email = "nobody@example.org"
        elif roll < 0.055:
            phone = _number(enrolled + i - 1)     # the row before's number
        elif roll < 0.06:
            phone = _number(rng.randrange(enrolled))  # already enrolled
        elif roll < 0.065:
            birth = "12/31/1980"
        lines.append(f"Pat{i},Bench,{phone},{zone},{language},{email},{birth},{meds},{consent[0]},{consent[1]}")
    return ("\n".join(lines) + "\n").encode()


def load_enrolled(engine, n: int, plan_id: int, now) -> None:
    with engine.begin() as conn:
        first_user = conn.exec_driver_sql('SELECT min(id) FROM "user"').scalar_one()
        conn.execute(insert(Patient.__table__), [dict(
            first_name=f"Old{i}", last_name="Bench", phone=_number(i), timezone="America/New_York", language="en",
            prescriber_id=first_user + i % c.PRESCRIBERS, plan_id=plan_id, status="active", missed_in_row=0,
            created_at=now) for i in range(n)])


def run_backend(backend: str, args) -> bool:
    url = c.fresh_database(backend)
    engine = c.engine_for(url)
    now = c.utcnow()
    plan_id = c.seed_reference(engine, now)
    load_enrolled(engine, args.enrolled, plan_id, now)
    c.analyze(engine)
    data = build_file(args.rows, args.enrolled)
    times, counts = [], None
    for round_no in range(1, args.rounds + 1):
        with transaction(engine) as session:
            clinic = get_clinic(session)
            t0 = time.perf_counter()
            result = patient_import.preview(session, data, clinic, now=now, consent_text="I agree.")
            elapsed = time.perf_counter() - t0
        round_counts = (len(result.rows), len(result.valid_rows), len(result.invalid_rows))
        ok = round_counts[0] == args.rows and (counts is None or round_counts == counts)
        counts = round_counts
        times.append(elapsed)
        print(f"[{backend}] round {round_no}: preview {elapsed:.2f} s, {args.rows / elapsed:,.0f} rows/s; "
              f"{counts[1]:,} valid, {counts[2]:,} with problems, {len(result.problems):,} problems"
              f"{'' if ok else '  CHECK FAILED'}")
        if not ok:
            return False
    # One confirm, for information: check again and insert every valid row, then roll back.
    with Session(engine) as session:
        with session.begin():
            clinic = get_clinic(session)
            t0 = time.perf_counter()
            _result, saved = patient_import.save(session, data, clinic, expected=result.fingerprint,
                                                 recorded_by=None, now=now + timedelta(seconds=1),
                                                 consent_text="I agree.")
            confirm = time.perf_counter() - t0
            session.rollback()
    median = c.median(times)
    passed = median <= TARGET_S and saved is not None and len(saved) == counts[1]
    print(f"[{backend}] median preview {median:.2f} s ({args.rows / median:,.0f} rows/s), target <= {TARGET_S:.0f} s;"
          f" confirm (check again + insert {counts[1]:,} patients, rolled back) {confirm:.2f} s")
    print(f"VERDICT {backend}: {'PASS' if passed else 'FAIL'}")
    engine.dispose()
    return passed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--enrolled", type=int, default=20_000)
    parser.add_argument("--backend", choices=(*c.BACKENDS, "both"), default="both")
    args = parser.parse_args()
    backends = c.BACKENDS if args.backend == "both" else (args.backend,)
    try:
        results = [run_backend(b, args) for b in backends]
    finally:
        c.TempDir.cleanup()
    print(f"VERDICT: {'PASS' if all(results) else 'FAIL'}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
