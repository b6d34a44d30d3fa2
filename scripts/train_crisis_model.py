"""Trains the crisis second opinion (checkins/triage/crisis_model.json) on every labelled reply.

    .venv/bin/pip install -e '.[test,train]'
    .venv/bin/python scripts/train_crisis_model.py                 # train on all, write the weights
    .venv/bin/python scripts/train_crisis_model.py --hold-out      # each group held out in turn

Training data, in groups: the shared corpus (CHECKINS_TRIAGE_CORPUS), each
tests/data/replies-blind*.jsonl, the hand-written cases (tests/test_triage_cases.py), the
safety-net lists (tests/test_triage_safety_net.py) and everyday replies that are never a crisis
(tests/data/everyday-replies.txt, counted EVERYDAY_WEIGHT times). A logistic regression on the features of
checkins.triage.crisis_model (classes weighted to balance); weights smaller than PRUNE are dropped,
which changes no decision measured but keeps the file small. With --hold-out the model is trained
without one group and the whole classifier (rules plus that model) is scored on it: crisis recall
there is only meaningful for a group the rules were not fitted to, false alarms for any.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from checkins.triage import Reply, classify, crisis_model  # noqa: E402
from checkins.triage.evaluation import load_labelled  # noqa: E402
from checkins.triage.normalize import normalize  # noqa: E402

CORPUS = Path(os.environ.get("CHECKINS_TRIAGE_CORPUS", "/work/shared/replies-corpus.jsonl"))
C = 4.0  # inverse regularisation, chosen by leave-one-group-out
# The fit runs to this tolerance (about 100-130 iterations). At scikit-learn's default (1e-4) it stopped after about
# 35, short of the optimum, and small changes to the training data swung false alarms on the older labelled sets
# between 74 and 117 of about 23,900; fitted to 1e-6 they stay at 62-63 with or without the newest 1,000 replies.
TOL = 1e-6
# The crisis probability at which the model speaks, and where a rule's own guard set a crisis phrase
# aside ("cut myself shaving") or the rules read the reply as something else, the probability at which
# it overrules them. Chosen by replaying the last four rounds of fresh labelled sets (180-199) against the
# rules as they stood before each round and a model fitted as above to the sets before it: 0.5 and 0.7 caught
# 685 of their 761 crisis replies against 673 at 0.6 and 0.75, for 81 false alarms of 2,639 against 68 (3.1%
# against 2.6%); 0.4 and 0.65 caught 6 more again but for 12 more false alarms and ten hand-written look-alikes
# ("nothing matters more than my kids", "me quiero ir de vacaciones").
THRESHOLD = 0.5
GUARDED_THRESHOLD = 0.7
# Where every crisis word the rules found was an idiom, the probability at which the model speaks. Replayed
# on three rounds of fresh sets (132-146) with the rules and model as they stood before each, 0.85 caught 2
# more of their 450 crisis replies ("los cortes son nuevos" after "un calor de muerte") and 0.95 one, neither
# raising a false alarm there; but 0.85 alarmed on four hand-written look-alikes ("these pills saved my life",
# scored 0.89-0.93). Denials stay silent: "i don't want to die" scores above 0.9 on its words alone. Raised to 0.97 when
# the model trained with sets 170-174 put two hand-written look-alikes ("mañana ya no voy a estar aquí, me voy para lima
# hasta febrero") at 0.95-0.96: on the next fresh round (175-179, 157 crisis replies) and on every older labelled set, 0.97
# caught the same crises as 0.95 with the same false alarms.
IDIOM_THRESHOLD = 0.97
# Where all the rules found was crisis words they denied, or read as past or someone else's, the probability at which the
# model overrules them, scored on the reply with those words taken out (``crisis_model.overrules``). Replayed on six rounds
# of fresh sets (200-229: 984 crisis replies, 4,116 others) with the rules and model as they stood before each round, against
# leaving those readings to the rules (891 caught, 80 false alarms): 0.8 caught 915 for 86 false alarms, 0.85 913 for 85,
# 0.9 909 for 83, 0.95 903 for 80. Scored on the whole reply instead, 0.9 caught 924 but alarmed on plain denials
# ("no pienso en suicidarme", "i don't want to die"), whose words alone score above 0.9.
OVERRULE_THRESHOLD = 0.8
# Everyday replies count this many times in training: they are the commonest replies of all, and the model
# saw crisis in their words ("ya me tomé las pastillas"). Trained without half of them, the other half drew
# crisis false alarms on 1.8% (4 asked contexts each) at weight 3 against 3.2% at weight 1, for one fewer
# crisis caught in each of the last three rounds of fresh sets (of about 220).
EVERYDAY_WEIGHT = 3.0
PRUNE = 0.05


def groups() -> dict[str, list[tuple[Reply, bool]]]:
    """Every labelled reply the project has, by source: (reply, is crisis)."""
    from tests.test_triage_cases import CASES
    from tests.test_triage_safety_net import CRISIS, NOT_CRISIS

    def labelled(path: Path) -> list[tuple[Reply, bool]]:
        return [(Reply(text=r["text"], asked=r["asked"], medications=tuple(r["medications"]),
                       language=r["language"]), bool(r["expect"]["crisis"])) for r in load_labelled(path)]

    out = {"corpus": labelled(CORPUS)}
    for path in sorted((ROOT / "tests" / "data").glob("replies-blind*.jsonl")):
        out[path.stem] = labelled(path)
    # A hand-written case says whether it is a crisis, or implies it by a triage below urgent.
    out["cases"] = [(Reply(text=c["text"], asked=c["asked"], medications=tuple(c["medications"]),
                           language=c["language"]), c["expect"].get("crisis", False)) for c in CASES
                    if "crisis" in c["expect"] or c["expect"].get("triage", "urgent") != "urgent"]
    out["safety-net"] = [(Reply(text=t), True) for t in CRISIS] + [(Reply(text=t), False) for t in NOT_CRISIS]
    out["everyday"] = [(Reply(text=t), False) for t in everyday_replies()]
    return out


def everyday_replies() -> list[str]:
    """Ordinary replies that share words with overdoses ("took it every day"): negatives only."""
    path = ROOT / "tests" / "data" / "everyday-replies.txt"
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def train(data: dict[str, list[tuple[Reply, bool]]]) -> dict:
    rows = [(reply, label, EVERYDAY_WEIGHT if name == "everyday" else 1.0)
            for name, group in data.items() for reply, label in group]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([crisis_model.features(normalize(reply.text).norm) for reply, _, _ in rows])
    y = [label for _, label, _ in rows]
    fit = LogisticRegression(C=C, tol=TOL, max_iter=5000, class_weight="balanced").fit(
        x, y, sample_weight=[weight for _, _, weight in rows])
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.feature_names_, fit.coef_[0])
               if abs(w) >= PRUNE}
    return {"bias": round(float(fit.intercept_[0]), 4), "threshold": THRESHOLD,
            "guarded_threshold": GUARDED_THRESHOLD, "idiom_threshold": IDIOM_THRESHOLD,
            "overrule_threshold": OVERRULE_THRESHOLD, "trained_on": list(data),
            "replies": len(rows), "crisis": sum(y), "weights": dict(sorted(weights.items()))}


def score(rows: list[tuple[Reply, bool]]) -> str:
    """Crisis recall and false alarms of the whole classifier (rules plus the current model)."""
    said = [(classify(reply).crisis, label) for reply, label in rows]
    crises = [s for s, label in said if label]
    others = [s for s, label in said if not label]
    recall = sum(crises) / len(crises) if crises else float("nan")
    alarms = sum(others) / len(others) if others else float("nan")
    return f"crisis recall {recall:.3f} (n={len(crises)}), crisis false alarms {alarms:.3f} (n={len(others)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--hold-out", nargs="*", metavar="GROUP",
                        help="train without each group in turn and score on it (no names: every group)")
    args = parser.parse_args()
    if not CORPUS.exists():
        parser.error(f"labelled corpus not found at {CORPUS}; set CHECKINS_TRIAGE_CORPUS")
    data = groups()
    if args.hold_out is None:
        model = train(data)
        crisis_model.WEIGHTS.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {crisis_model.WEIGHTS} ({len(model['weights'])} weights, {model['replies']} replies)")
        return 0
    unknown = set(args.hold_out) - set(data)
    if unknown:
        parser.error(f"unknown group(s) {sorted(unknown)}; groups: {', '.join(data)}")
    for name in args.hold_out or list(data):
        model = train({other: rows for other, rows in data.items() if other != name})
        with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
            json.dump(model, tmp)
            tmp.flush()
            crisis_model.use_weights(Path(tmp.name))
            print(f"{name:>22} held out: {score(data[name])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
