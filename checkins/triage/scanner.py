"""A fast word-start scanner for large phrase alternations.

One regex of several hundred alternatives tries every alternative at every word
boundary, which is most of the cost of classifying a reply. The scanner files each
alternative under the (up to) seven characters it can start with and, at each word
start, runs only the alternatives filed under the longest such key the text starts with. Results
equal ``finditer`` over ``\\b(?:...)`` with the same named groups, for patterns
that start with a word character.
"""

from __future__ import annotations

import re
from re import _constants as sre_c  # the parser is stable within Python 3.11
from re import _parser as sre_parse

_KEY_LEN = 7  # five let a third more starts through to a failed match; nine made the tables larger for less
_MAX_PREFIXES = 512  # more starts than this are cut shorter until they fit
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)


def prefixes(pattern: str, k: int = _KEY_LEN) -> set[str]:
    """Return the strings a match of ``pattern`` can start with.

    A string shorter than ``k`` means "starts with this, then anything": the
    answer is always safe to dispatch on, only less precise.
    """
    found = _prefixes(list(sre_parse.parse(pattern)), k)
    while len(found) > _MAX_PREFIXES and k > 1:
        k -= 1
        found = {s[:k] for s in found}
    return found


def _prefixes(items: list, k: int) -> set[str]:
    if k == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op is sre_c.LITERAL:
        return {chr(av) + s for s in _prefixes(rest, k - 1)}
    if op is sre_c.IN:
        chars = _charset(av)
        if chars is None:
            return {""}
        tails = _prefixes(rest, k - 1)
        return {c + s for c in chars for s in tails}
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return _prefixes(rest, k)
    if op is sre_c.SUBPATTERN:
        return _prefixes(list(av[-1]) + rest, k)
    if op is sre_c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            found |= _prefixes(list(branch) + rest, k)
        return found
    if op in _REPEATS:
        low, high, item = av
        found = _prefixes(list(item) + rest, k) if high == 1 else _prefixes(list(item), k)
        if low == 0:
            found |= _prefixes(rest, k)
        return found
    return {""}


def _charset(av) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in av:
        if op is sre_c.LITERAL:
            chars.add(chr(arg))
        elif op is sre_c.CATEGORY and arg is sre_c.CATEGORY_SPACE:
            chars.add(" ")
        elif op is sre_c.RANGE and arg[1] - arg[0] < 64:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars


def _walk(pattern: str, start: int = 0):
    """Yield (index, character, depth before it) for the characters that are pattern syntax:
    those outside escapes and character classes."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            yield i, ch, depth
            depth += (ch == "(") - (ch == ")")
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """Return the top-level alternatives of ``pattern`` ("a|(b|c)" -> ["a", "(b|c)"])."""
    cuts = [i for i, ch, depth in _walk(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)])]


class Scanner:
    """Named groups of patterns, matched at word starts with prefix dispatch.

    Each group is a list of patterns or one pattern string whose top-level
    alternatives are split apart; ``suffix`` is appended to every alternative.
    Texts are normalised: their only whitespace is a single space, so a pattern's
    ``\\s`` is filed under " ".
    """

    def __init__(self, groups: list[tuple[str, list[str] | str]], suffix: str = ""):
        by_key: dict[str, list[tuple[int, str, str]]] = {}  # prefix -> (order, group, pattern)
        order = 0
        for name, patterns in groups:
            if isinstance(patterns, str):
                patterns = split_alternatives(patterns)
            for pattern in patterns:
                if suffix:
                    pattern = f"(?:{pattern}){suffix}"
                entry = (order, name, pattern)
                order += 1
                for prefix in prefixes(pattern):
                    by_key.setdefault(prefix, []).append(entry)
        any_start = by_key.pop("", [])
        # A key's regex holds its own patterns and those filed under its shorter prefixes; it is compiled when a
        # text first reaches it, as most keys never are.
        self._table = _Compiled({
            key: [e for n in range(1, len(key) + 1) for e in by_key.get(key[:n], ())] + any_start
            for key in by_key
        })
        self._any = _compile(any_start) if any_start else None
        # The gate finds, in C, the word starts where some pattern could begin, and captures the
        # longest key there; it matches empty so that one start never hides the next.
        trie = "(" + _trie_regex(by_key) + ")" if by_key else "()"
        self._gate = re.compile(r"(?<!\w)(?=\w)(?=" + trie + "?)" if any_start else r"(?<!\w)(?=" + trie + ")")

    def finditer(self, text: str, start: int = 0):
        """Yield non-overlapping leftmost matches, like ``re.finditer``."""
        pos = start
        table, any_start = self._table, self._any
        gate = self._gate.search
        while True:
            g = gate(text, pos)
            if g is None:
                return
            p = g.start()
            key = g.group(1)
            rx = table[key] if key else any_start
            m = rx.match(text, p) if rx is not None else None
            if m:
                yield m
                pos = max(m.end(), p + 1)
            else:
                pos = p + 1

    def search(self, text: str, start: int = 0):
        """Return the first match, or None."""
        return next(self.finditer(text, start), None)


class _Compiled(dict):
    """Key -> the compiled regex of its entries, compiled when a text first reaches the key.

    Only a miss runs Python (``__missing__``); a hit is a plain dict lookup, as it is on every gate hit.
    """

    def __init__(self, entries: dict[str, list]):
        super().__init__()
        self._entries = entries

    def __missing__(self, key: str) -> re.Pattern:
        rx = self[key] = _compile(self._entries[key])
        return rx


def _trie_regex(keys) -> str:
    """Return a regex matching the longest of ``keys`` that starts the text."""
    heads: dict[str, list[str]] = {}
    for key in keys:
        heads.setdefault(key[0], []).append(key[1:])
    alternatives = []
    for head, tails in sorted(heads.items()):
        longer = [tail for tail in tails if tail]
        if not longer:
            alternatives.append(re.escape(head))
        elif len(longer) < len(tails):  # the head is a key itself: take a longer one where it fits
            alternatives.append(re.escape(head) + "(?:" + _trie_regex(longer) + ")?")
        else:
            alternatives.append(re.escape(head) + _trie_regex(longer))
    if len(alternatives) > 1 and all(len(a) == 1 or (a.startswith("\\") and len(a) == 2) for a in alternatives):
        return "[" + "".join(alternatives) + "]"
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def _compile(entries: list) -> re.Pattern:
    """Return one regex of ``entries`` in their original order, grouped by name."""
    grouped: dict[str, list[str]] = {}
    seen = set()
    for order, name, pattern in sorted(entries, key=lambda e: e[0]):
        if order not in seen:
            seen.add(order)
            grouped.setdefault(name, []).append(pattern)
    return re.compile("|".join(f"(?P<{name}>" + "|".join(p) + ")" for name, p in grouped.items()))


def without_guards(pattern: str) -> str:
    """Return ``pattern`` with its lookarounds (``(?!...)``, ``(?<!...)``, ``(?=...)``) removed.

    What matches the result but not the original is a phrase a guard ruled out on purpose
    ("cut myself shaving", "live like this with the nausea", "saying goodbye to my old job").
    """
    out, kept_from = [], 0
    for i, _ch, _depth in _walk(pattern):
        if i >= kept_from and pattern.startswith(("(?!", "(?<!", "(?="), i):
            out.append(pattern[kept_from:i])
            kept_from = next(j + 1 for j, ch, depth in _walk(pattern, i) if ch == ")" and depth == 1)
    out.append(pattern[kept_from:])
    return "".join(out)
