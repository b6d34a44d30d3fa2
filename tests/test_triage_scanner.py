"""The word-start scanner finds exactly what one plain alternation would, only faster."""

from __future__ import annotations

import json
import re

import pytest

from checkins.triage import crisis_terms, symptom_terms
from checkins.triage.normalize import normalize
from checkins.triage.scanner import Scanner, prefixes, split_alternatives, without_guards
from tests.test_triage_cases import CASES
from tests.test_triage_corpus import CORPUS

CRISIS_GROUPS = crisis_terms.GROUPS
SYMPTOM_GROUPS = [(name, pats) for name, (_, pats) in symptom_terms.ATOMS.items()]


def _reference(groups) -> re.Pattern:
    body = "|".join(f"(?P<{name}>" + "|".join(pats) + ")" for name, pats in groups)
    return re.compile(r"\b(?:" + body + ")")


def _texts() -> list[str]:
    texts = [c["text"] for c in CASES]
    if CORPUS.is_file():
        texts += [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8") if line.strip()]
    return [normalize(t).norm for t in texts]


@pytest.mark.parametrize("scanner,groups", [
    (crisis_terms.CRISIS, CRISIS_GROUPS), (symptom_terms.SYMPTOM, SYMPTOM_GROUPS),
], ids=["crisis", "symptoms"])
def test_scanner_equals_one_alternation(scanner, groups):
    reference = _reference(groups)
    for text in _texts():
        want = [(m.span(), m.lastgroup) for m in reference.finditer(text)]
        got = [(m.span(), m.lastgroup) for m in scanner.finditer(text)]
        assert got == want, text


@pytest.mark.parametrize("groups", [CRISIS_GROUPS, SYMPTOM_GROUPS], ids=["crisis", "symptoms"])
def test_every_pattern_has_a_start_to_dispatch_on(groups):
    # one that may start anywhere (r"\d+ minutos") is compiled into every key's regex: start-up
    # of the symptom scanner nearly tripled for two such patterns; "[0-9]+" dispatches on its digits
    anywhere = [p for _, pats in groups for p in (split_alternatives(pats) if isinstance(pats, str) else pats)
                if "" in prefixes(p)]
    assert not anywhere


def test_no_scanner_has_a_pattern_tried_at_every_word():
    # the same for every scanner of the classifier: one "\d+ pills short" in the concerns scanner made its regexes
    # four times larger and start-up a fifth slower
    import importlib
    import pkgutil

    import checkins.triage as triage
    scanners = {f"{info.name}.{name}": value for info in pkgutil.iter_modules(triage.__path__)
                for name, value in vars(importlib.import_module(f"checkins.triage.{info.name}")).items()
                if isinstance(value, Scanner)}
    assert len(scanners) >= 10
    assert [name for name, scanner in scanners.items() if scanner._any is not None] == []


def test_prefixes_are_the_first_characters():
    assert prefixes("kill(?:ing)? myself", 5) == {"killi", "kill "}
    assert prefixes("(?:want|wanna) to die", 5) == {"want ", "wanna"}
    assert prefixes("[ab]cdef|e", 5) == {"acdef", "bcdef", "e"}
    assert prefixes("x?yzwvu", 5) == {"xyzwv", "yzwvu"}
    assert prefixes(r"i\s+want", 5) == {"i "}  # normalised text has only single spaces
    assert prefixes(r"[0-9]+ pills", 5) == {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
    assert prefixes(r"\w+ing") == {""}  # could start anywhere
    # seven by default: the longer key rules out more of the words that share a start ("kill time", "killing it")
    assert prefixes("kill(?:ing)? myself") == {"killing", "kill my"}


def test_too_many_prefixes_are_cut_shorter_not_to_one_character():
    # 26 * 26 = 676 three-letter starts are more than a key may file; their two-letter starts, 26 of them, are not
    found = prefixes("a[a-z][a-z]bc")
    assert found == {"a" + chr(c) for c in range(ord("a"), ord("z") + 1)}


def test_a_pattern_that_may_start_anywhere_still_dispatches_with_the_rest():
    scanner = Scanner([("any", [r"\w+ing"]), ("key", ["abc"])])
    assert [(m.group(), m.lastgroup) for m in scanner.finditer("abc singing xabc")] == [
        ("abc", "key"), ("singing", "any"),
    ]


def test_short_and_long_keys_dispatch_together():
    # "ab" then anything, beside the longer keys "abc" and "abd": each start tries both
    scanner = Scanner([("short", [r"ab\w*z"]), ("long", ["abcd", "abd"])])
    assert [(m.group(), m.lastgroup) for m in scanner.finditer("abxz abcd abd abcz")] == [
        ("abxz", "short"), ("abcd", "long"), ("abd", "long"), ("abcz", "short"),
    ]


def test_split_alternatives_keeps_groups_and_classes_whole():
    assert split_alternatives(r"a|(b|c)|[|]|d\|e") == ["a", "(b|c)", "[|]", r"d\|e"]


def test_groups_and_order():
    scanner = Scanner([("first", ["ab", "abc"]), ("second", "abcd|x")], suffix=r"\b")
    assert [(m.group(), m.lastgroup) for m in scanner.finditer("abcd x ab")] == [
        ("abcd", "second"), ("x", "second"), ("ab", "first"),
    ]
    assert scanner.search("zz abc").group() == "abc"
    assert scanner.search("nothing here") is None


def test_without_guards_drops_lookarounds_and_keeps_the_rest():
    assert without_guards(r"dye(?! (?:my|it))\b") == r"dye\b"
    assert without_guards(r"(?<!se )me corte(?=\s*$)") == "me corte"
    # a "(?!" inside a character class or after a backslash is text, not a guard
    assert without_guards(r"a[(?!]b\(?!c") == r"a[(?!]b\(?!c"
    assert re.fullmatch(without_guards(r"cut myself(?! shaving)"), "cut myself")
