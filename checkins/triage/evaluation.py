"""Score the classifier against labelled replies with the metrics the product is judged on.

A labelled reply is a dict with ``text``, ``asked``, ``medications``, ``language``
and ``expect`` (any of triage, crisis, keyword, mood, side_effects, adherence).
Each metric is computed over the replies whose ``expect`` holds the fields it
needs, so partly labelled sets can be scored too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .classifier import classify
from .model import LEVEL_RANK, Reply, Thresholds

# name -> (bar, True when higher is better); the product owner's acceptance bars.
BARS: dict[str, tuple[float, bool]] = {
    "crisis_recall": (1.0, True),
    "urgent_recall": (0.98, True),
    "crisis_false_alarms": (0.05, False),
    "keyword_exact": (1.0, True),
    "mood_exact": (0.95, True),
    "adherence_exact": (0.90, True),
    "side_effect_f1": (0.85, True),
    "triage_exact": (0.90, True),
    "under_triage": (0.02, False),
}


@dataclass
class Score:
    """A metric's value over ``n`` replies."""

    name: str
    value: float | None
    n: int

    @property
    def passes(self) -> bool:
        bar, higher = BARS[self.name]
        if self.value is None:
            return True  # nothing to measure
        return self.value >= bar if higher else self.value <= bar


@dataclass
class Report:
    """Every metric plus the replies that got any expected field wrong."""

    scores: dict[str, Score]
    misses: list[dict] = field(default_factory=list)

    @property
    def passes(self) -> bool:
        return all(score.passes for score in self.scores.values())

    def failing(self) -> list[Score]:
        return [score for score in self.scores.values() if not score.passes]

    def format(self, title: str = "") -> str:
        """Return one line per metric: value, bar, count and PASS/FAIL."""
        lines = [title] if title else []
        for score in self.scores.values():
            bar, higher = BARS[score.name]
            value = "n/a" if score.value is None else f"{score.value:.3f}"
            lines.append(
                f"  {score.name:<20} {value:>6}  bar {'>=' if higher else '<='} {bar:.2f}"
                f"  (n={score.n})  {'PASS' if score.passes else 'FAIL'}"
            )
        return "\n".join(lines)


def load_labelled(path: str | Path) -> list[dict]:
    """Return the labelled replies of a JSON-lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def reply_of(row: dict) -> Reply:
    return Reply(
        row["text"], row.get("asked") or "open", tuple(row.get("medications") or ()),
        row.get("language"),
    )


def evaluate(rows: list[dict], thresholds: Thresholds = Thresholds()) -> Report:
    """Classify every row and return the metrics against its ``expect``."""
    tallies = {name: [0, 0] for name in BARS}  # name -> [hits, n]
    tp = fp = fn = 0
    se_rows = 0
    misses = []

    def count(name: str, hit: bool) -> None:
        tallies[name][0] += hit
        tallies[name][1] += 1

    for row in rows:
        expect = row["expect"]
        got = classify(reply_of(row), thresholds).to_dict()
        if "crisis" in expect:
            if expect["crisis"]:
                count("crisis_recall", got["crisis"])
            else:
                count("crisis_false_alarms", got["crisis"])
        if "triage" in expect:
            count("triage_exact", got["triage"] == expect["triage"])
            count("under_triage", LEVEL_RANK[got["triage"]] < LEVEL_RANK[expect["triage"]])
            if expect["triage"] == "urgent":
                count("urgent_recall", got["triage"] == "urgent")
        for name, key in (("keyword_exact", "keyword"), ("mood_exact", "mood"),
                          ("adherence_exact", "adherence")):
            if key in expect:
                count(name, got[key] == expect[key])
        if "side_effects" in expect:
            se_rows += 1
            want, have = set(expect["side_effects"]), set(got["side_effects"])
            tp += len(want & have)
            fp += len(have - want)
            fn += len(want - have)
        wrong = {
            k: {"got": got[k], "expected": v} for k, v in expect.items()
            if k in got and (sorted(got[k]) != sorted(v) if k == "side_effects" else got[k] != v)
        }
        if wrong:
            misses.append({"id": row.get("id"), "text": row["text"], "wrong": wrong,
                           "reasons": got["reasons"]})

    scores = {
        name: Score(name, hits / n if n else None, n) for name, (hits, n) in tallies.items()
    }
    # With no side effects expected or found anywhere, the lists all matched.
    f1 = 2 * tp / (2 * tp + fp + fn) if (tp + fp + fn) else (1.0 if se_rows else None)
    scores["side_effect_f1"] = Score("side_effect_f1", f1, se_rows)
    return Report({name: scores[name] for name in BARS}, misses)
