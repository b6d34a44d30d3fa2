"""The shared labelled corpus and the hand-written case set, scored against the acceptance bars.

Run with ``pytest -s`` to see the figures. The corpus path comes from
``CHECKINS_TRIAGE_CORPUS`` (default: the shared copy beside the triage spec); a
missing corpus fails rather than skips, so a broken checkout cannot pass quietly.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from checkins.triage.evaluation import BARS, evaluate, load_labelled
from tests.test_triage_cases import CASES

CORPUS = Path(os.environ.get("CHECKINS_TRIAGE_CORPUS", "/work/shared/replies-corpus.jsonl"))


@functools.cache
def _load() -> list[dict]:
    return load_labelled(CORPUS)


@pytest.fixture
def corpus():
    # Called inside each test, so a missing corpus fails the test (not an error, not a skip).
    def rows():
        if not CORPUS.is_file():
            pytest.fail(f"labelled corpus not found at {CORPUS}; set CHECKINS_TRIAGE_CORPUS to its path")
        loaded = _load()
        assert loaded, f"{CORPUS} holds no replies"
        return loaded
    return rows


def _check(report, title):
    print("\n" + report.format(title))
    for miss in report.misses:
        print(f"  miss {miss['id'] or ''} {miss['text']!r}: {miss['wrong']} {miss['reasons']}")
    failing = ", ".join(f"{s.name}={s.value:.3f}" for s in report.failing())
    assert report.passes, f"below the bar: {failing}"


def test_corpus_meets_every_bar(corpus):
    rows = corpus()
    report = evaluate(rows)
    for name in BARS:
        assert report.scores[name].n > 0, f"corpus measures nothing for {name}"
    _check(report, f"corpus {CORPUS} ({len(rows)} replies)")


def test_case_set_meets_every_bar():
    report = evaluate(CASES)
    _check(report, f"hand-written case set ({len(CASES)} replies)")


def test_every_corpus_label_uses_the_spec_vocabulary(corpus):
    terms = {"nausea", "vomiting", "diarrhea", "constipation", "headache", "dizziness",
             "drowsiness", "insomnia", "weight_gain", "appetite_change", "dry_mouth", "sweating",
             "sexual", "tremor", "restlessness", "anxiety", "rash", "blurred_vision",
             "palpitations", "vivid_dreams", "emotional_blunting", "hair_loss", "stomach_pain"}
    for row in corpus():
        expect = row["expect"]
        assert expect["triage"] in {"urgent", "high", "routine", "none"}, row["id"]
        assert set(expect["side_effects"]) <= terms, row["id"]
        assert expect["adherence"] in {None, "taking", "missed", "stopped"}, row["id"]
        assert expect["keyword"] in {None, "stop", "start", "help"}, row["id"]
        assert expect["mood"] is None or 1 <= expect["mood"] <= 5, row["id"]
