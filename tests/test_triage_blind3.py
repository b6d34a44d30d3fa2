"""A third independent evaluation set, scored against the acceptance bars.

``tests/data/replies-blind-3.jsonl`` holds 300 replies written from the triage spec
alone, half of them Spanish. Crisis wording varies along axes rather than stock
phrases: verbs and nouns for death and nonexistence (vanish, be gone, check out,
ctb, dejar de existir, irme para siempre), modal frames (want, hope, ready to,
planning, would be easier if), tense, hedges, typos and emoji; red flags are lay
descriptions. Hard negatives cover English and Spanish idioms, denials, past and
third-party crises, media, questions about risk and ordinary errands that share
words with crises. Run with ``pytest -s`` to see the figures and any misses.
"""

from __future__ import annotations

import functools
from pathlib import Path

from checkins.triage.evaluation import BARS, evaluate, load_labelled

BLIND3 = Path(__file__).parent / "data" / "replies-blind-3.jsonl"
TERMS = {
    "nausea", "vomiting", "diarrhea", "constipation", "headache", "dizziness", "drowsiness",
    "insomnia", "weight_gain", "appetite_change", "dry_mouth", "sweating", "sexual", "tremor",
    "restlessness", "anxiety", "rash", "blurred_vision", "palpitations", "vivid_dreams",
    "emotional_blunting", "hair_loss", "stomach_pain",
}


@functools.cache
def _rows() -> tuple[dict, ...]:
    return tuple(load_labelled(BLIND3))


def test_blind3_set_meets_every_bar():
    rows = list(_rows())
    report = evaluate(rows)
    print("\n" + report.format(f"blind set {BLIND3.name} ({len(rows)} replies)"))
    for miss in report.misses:
        print(f"  miss {miss['id']} {miss['text']!r}: {miss['wrong']} {miss['reasons']}")
    for name in BARS:
        assert report.scores[name].n > 0, f"blind set measures nothing for {name}"
    failing = ", ".join(f"{s.name}={s.value:.3f}" for s in report.failing())
    assert report.passes, f"below the bar: {failing}"


def test_blind3_set_is_well_formed():
    rows = _rows()
    assert len(rows) == 300
    assert [row["id"] for row in rows] == [f"blind3-{i:03d}" for i in range(1, len(rows) + 1)]
    for row in rows:
        expect = row["expect"]
        assert row["asked"] in {"mood", "side_effects", "adherence", "open"}, row["id"]
        assert row["language"] in {"en", "es"}, row["id"]
        assert expect["triage"] in {"urgent", "high", "routine", "none"}, row["id"]
        assert isinstance(expect["crisis"], bool), row["id"]
        assert not expect["crisis"] or expect["triage"] == "urgent", row["id"]
        assert set(expect["side_effects"]) <= TERMS, row["id"]
        assert expect["adherence"] in {None, "taking", "missed", "stopped"}, row["id"]
        assert expect["keyword"] in {None, "stop", "start", "help"}, row["id"]
        assert expect["mood"] is None or 1 <= expect["mood"] <= 5, row["id"]


def test_blind3_set_mix():
    rows = _rows()
    urgent = sum(row["expect"]["triage"] == "urgent" for row in rows)
    assert urgent >= 110
    assert sum(not row["expect"]["crisis"] for row in rows) >= 100
    assert sum(row["language"] == "es" for row in rows) / len(rows) >= 0.35
