"""A learned second opinion on crisis language: it can raise a reply to crisis, never lower one.

Rules miss wordings nobody wrote a rule for (each new labelled set found
20-40% of its crisis replies missed). A logistic regression over word and
character n-grams, trained on every labelled reply the project has, catches
many of those from their vocabulary alone. It speaks where the rules found
no crisis words; where all they found was an idiom, only a near-certain
score counts; where they read crisis words as denied, past or someone else's,
the rest of the reply, scored without those words, must overrule them
(``overrules``), unless the writer says it is not the patient; where the
writer says who the patient is ("he's not your patient"), it has no say. Its
finding reads `crisis` with the reason `crisis_model`, so the prescriber
sees it came from the model. The weights are a data file made by
`scripts/train_crisis_model.py` (scikit-learn, a training-only dependency);
scoring them is plain Python.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from .lexicon import CONTRAST

WEIGHTS = Path(__file__).with_name("crisis_model.json")
# Scaling gives a one-word reply its word's full weight ("tonight", "ya" scored above 0.9), so
# the model only reads replies of at least this many words; the rules read the shorter ones.
MIN_WORDS = 3
# At most this many words is a short reply, where the rules' reading needs a confident score to overrule.
SHORT_WORDS = 5
_WORDS = re.compile(r"[^\W\d_]+")
# The model's tokens: runs of letters, digits and apostrophes.
_TOKENS = re.compile(r"(?:[^\W_]|')+")


def features(norm: str) -> dict[str, float]:
    """Word unigrams and bigrams, and the in-word character 3-5-grams of each distinct word.

    Each of the two groups is scaled to unit length, so a long message does not
    outweigh a short one by its word count alone. A character n-gram shared by two
    words counts twice, so that a text's score is a sum of per-word scores.
    """
    words, lexical = _lexical(norm)
    out = dict.fromkeys(lexical, 1.0 / math.sqrt(len(lexical))) if lexical else {}
    grams: Counter[str] = Counter()
    for word in words:
        grams.update(_word_grams(word))
    total = sum(grams.values())
    out.update((gram, count / math.sqrt(total)) for gram, count in grams.items())
    return out


def _lexical(norm: str) -> tuple[set[str], set[str]]:
    """The distinct words of ``norm`` and its word unigram and bigram features."""
    words = _TOKENS.findall(norm)
    lexical = {"w:" + w for w in words}
    lexical.update(f"b:{a} {b}" for a, b in zip(words, words[1:]))
    return set(words), lexical


@lru_cache(maxsize=65536)
def _word_grams(word: str) -> tuple[str, ...]:
    """The character 3-5-grams of one word, padded; words recur, so they are kept."""
    padded = f" {word} "
    return tuple("c:" + padded[i:i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1))


@lru_cache(maxsize=65536)
def _word_score(word: str) -> tuple[float, int]:
    """The summed weight of a word's character n-grams, and how many there are."""
    weights = _model().weights
    grams = _word_grams(word)
    return sum(map(weights.get, grams, repeat(0.0))), len(grams)


def use_weights(path: Path) -> None:
    """Score with the weights file at ``path`` from now on (the training script's held-out runs)."""
    global WEIGHTS
    WEIGHTS = path
    _model.cache_clear()
    _word_score.cache_clear()


class _Model(NamedTuple):
    bias: float
    threshold: float
    guarded_threshold: float
    idiom_threshold: float
    overrule_threshold: float
    weights: dict[str, float]


@cache
def _model() -> _Model:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return _Model(data["bias"], data["threshold"], data["guarded_threshold"], data["idiom_threshold"], data["overrule_threshold"],
                  data["weights"])


def crisis_probability(norm: str) -> float:
    model = _model()
    bias, weights = model.bias, model.weights
    words, lexical = _lexical(norm)
    # every feature of a group carries the same scale (see ``features``)
    z = bias + (sum(map(weights.get, lexical, repeat(0.0))) / math.sqrt(len(lexical)) if lexical else 0.0)
    scored = [_word_score(word) for word in words]
    total = sum(n for _, n in scored)
    if total:
        z += sum(w for w, _ in scored) / math.sqrt(total)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _word_count(norm: str) -> int:
    return len(_WORDS.findall(norm))


# Words that carry a reply on past a plain answer: "yes every day. but ...", "sí me la tomo, tmb ...".
_MORE_TO_SAY = re.compile(r"\b(?:" + CONTRAST + r"|also|actually|honestly|tambien|tmb|la verdad|neta)\b")
BARE_WORDS = 10


def bare_confirmation(norm: str) -> bool:
    """True for a reply of at most ``BARE_WORDS`` words that carries on with nothing ("ya me tomé la de la noche")."""
    return _word_count(norm) <= BARE_WORDS and _MORE_TO_SAY.search(norm) is None


def short(norm: str) -> bool:
    """True for a reply of ``SHORT_WORDS`` words or fewer, where scaling gives each word the most weight."""
    return _word_count(norm) <= SHORT_WORDS


def overrules(norm: str, rest: str) -> bool:
    """True when the score is high enough to overrule the rules' reading of crisis words as denied, past or someone
    else's (``overrule_threshold``): a carer whose tie to the patient no rule knows, a denial taken back in new words.
    ``rest`` is the text with the crisis words the rules read taken out: what they read is theirs to judge, so the
    score must come from the rest ("i don't want to die" scores high on its words alone)."""
    return _word_count(norm) >= MIN_WORDS and crisis_probability(rest) >= _model().overrule_threshold


def says_crisis(norm: str, set_aside: Callable[[str], bool] = lambda _norm: False, beside_idiom: bool = False) -> bool:
    """True when the model puts the text at or above its trained threshold.

    Where the rules set a crisis phrase aside on purpose (``set_aside``: "cut myself
    shaving"), or read the reply as something else, only a more confident score overrules
    them; where all the crisis words they found were idioms (``beside_idiom``), only a
    near-certain one does (the thresholds are chosen in ``scripts/train_crisis_model.py``).
    """
    if _word_count(norm) < MIN_WORDS:
        return False
    model = _model()
    p = crisis_probability(norm)
    if beside_idiom:
        return p >= model.idiom_threshold
    return p >= model.threshold and (p >= model.guarded_threshold or not set_aside(norm))
