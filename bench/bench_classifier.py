"""Reply classifier benchmark: replies classified per second on one core (target >= 5,000).

Each round classifies every reply of the shared labelled corpus plus the
hand-written case set (tests/test_triage_cases.py) several times over, in one
process and one thread. A round line shows the wall-clock rate and the CPU-time
rate of this process; the machine is shared, so the verdict is on the median
CPU-time rate, with the wall-clock median printed beside it. The corpus metrics
against the acceptance bars are printed once.

A second measurement classifies the replies of the labelled sets in tests/data,
which are phrased like the held-out set (longer, and mostly about danger), and
has its own verdict.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import _common as c

from checkins.triage import classify
from checkins.triage.evaluation import evaluate, load_labelled, reply_of
from tests.test_triage_cases import CASES

TARGET_RATE = 5_000  # replies/s on one core
CORPUS = os.environ.get("CHECKINS_TRIAGE_CORPUS", "/work/shared/replies-corpus.jsonl")
LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data"


def one_round(replies, repeat: int) -> tuple[float, float]:
    """Return (wall seconds, CPU seconds) to classify ``replies`` ``repeat`` times."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for reply in replies:
            classify(reply)
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    parser.add_argument("--repeat", type=int, default=10, help="passes over the replies per round (default 10)")
    parser.add_argument("--corpus", default=CORPUS, help=f"labelled corpus (default {CORPUS})")
    args = parser.parse_args()

    corpus = load_labelled(args.corpus)
    print(f"\n== corpus metrics: {args.corpus} ({len(corpus)} replies) ==")
    report = evaluate(corpus)
    print(report.format())
    verdicts = [c.verdict(report.passes, "corpus metrics meet every bar")]
    print("  " + verdicts[-1])

    replies = [reply_of(row) for row in corpus] + [reply_of(case) for case in CASES]
    n = len(replies) * args.repeat
    print(f"\n== classify: {len(corpus)} corpus + {len(CASES)} case replies, x{args.repeat} per round,"
          f" {args.rounds} rounds, one core ==")
    one_round(replies, 1)  # warm the spelling and folding caches, as a running service would be
    walls, cpus = [], []
    for i in range(args.rounds):
        wall, cpu = one_round(replies, args.repeat)
        walls.append(n / wall)
        cpus.append(n / cpu)
        print(f"  round {i + 1}: {n:,} replies in {wall:.2f} s wall ({n / wall:,.0f} replies/s),"
              f" {cpu:.2f} s CPU ({n / cpu:,.0f} replies/s)")
    rate, wall_rate = c.median(cpus), c.median(walls)
    print(f"  median: {rate:,.0f} replies/s on CPU time, {wall_rate:,.0f} replies/s wall clock"
          f" ({1e6 / rate:.0f} us per reply)")
    verdicts.append(c.verdict(rate >= TARGET_RATE, f"classifier: {rate:,.0f} replies/s vs target {TARGET_RATE:,}"))
    print("  " + verdicts[-1])

    # The labelled sets are phrased like the held-out set: longer, and far more of them about crises.
    sets = [reply_of(row) for path in sorted(LABELLED.glob("replies-blind*.jsonl")) for row in load_labelled(path)]
    if sets:
        mean = sum(len(r.text) for r in sets) / len(sets)
        corpus_mean = sum(len(r.text) for r in replies) / len(replies)
        print(f"\n== classify: the {len(sets):,} replies of the labelled sets (mean {mean:.0f} characters, against"
              f" {corpus_mean:.0f} above), once per round, {args.rounds} rounds, one core ==")
        one_round(sets, 1)
        set_rates = []
        for i in range(args.rounds):
            wall, cpu = one_round(sets, 1)
            set_rates.append(len(sets) / cpu)
            print(f"  round {i + 1}: {len(sets) / wall:,.0f} replies/s wall, {len(sets) / cpu:,.0f} replies/s CPU")
        set_rate = c.median(set_rates)
        verdicts.append(c.verdict(set_rate >= TARGET_RATE,
                                  f"classifier on the labelled sets: {set_rate:,.0f} replies/s vs target {TARGET_RATE:,}"))
        print("  " + verdicts[-1])
    print("\n" + "\n".join(verdicts))
    return 0 if all("PASS" in v for v in verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
