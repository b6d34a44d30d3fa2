"""Normalised text with a map back to the original characters.

Every rule runs on one normalised string; ``origin`` lets a finding point at the
characters the patient actually typed, so the inbox can highlight them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lexicon import FUZZY_TARGETS, G_DROPPED, SMS_SPELLINGS, SWAP_TARGETS
from .spelling_guard import PROTECTED

_APOSTROPHES = frozenset("'\u2019\u2018`\u00b4\u02bc")
# Emoji variation selectors, joiners, keycaps and skin tones carry nothing.
_DROPPED = frozenset("\ufe0f\ufe0e\u200d\u20e3\U0001F3FB\U0001F3FC\U0001F3FD\U0001F3FE\U0001F3FF")
_DASHES = frozenset("\u2013\u2014\u2012\u2212")
_TARGET_SET = frozenset(FUZZY_TARGETS)
_TOKEN = re.compile(r"[a-z0-9]{3,}")
# ... and, where a lone "m" stands, the Spanish SMS "m" for "me" ("se m cae el pelo"), never the "m" of "i m".
_TOKEN_M = re.compile(r"[a-z0-9]{3,}|(?<![a-z0-9])(?<!\bi )m(?= [a-z])")
_SWAPS = {
    w[:i] + w[i + 1] + w[i] + w[i + 2:]: w for w in SWAP_TARGETS for i in range(len(w) - 1)
    if w[i] != w[i + 1]
}
# Spanish infinitives with a pronoun attached ("mandarme", "matarme") differ from one
# another by a letter or two, so they may only be corrected by one edit.
_CLITIC_VERB = re.compile(r"(?:ar|er|ir)(?:me|te|se|le|lo|la|nos|los|las|les)$")

# Clause edges bound negation ("no nausea, headaches daily"): punctuation and contrast words.
_CLAUSE_EDGE = re.compile(
    r"[.!?;:,\n()]+|\b(?:but|tho|though|although|however|except|cept|xcept|exept|pero|aunque|sino|and then|y luego)\b"
)
# Sentence edges bound subject and time ("my brother tried ... . i want to die too").
_SENTENCE_EDGE = re.compile(r"[.!?;\n]+")


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    """Return ``ch`` lower-cased without accents; '' for characters that carry nothing."""
    if ch in _DROPPED:
        return ""
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    low = ch.lower()
    if len(low) != 1:
        return ch
    if low.isspace():
        return " "
    if ord(low) < 128:
        return low
    decomposed = unicodedata.normalize("NFD", low)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return low


@lru_cache(maxsize=65536)
def correct_spelling(token: str) -> str:
    """Return the target word ``token`` is a likely misspelling of, or ``token`` itself."""
    fixed = SMS_SPELLINGS.get(token) or _SWAPS.get(token)
    if fixed:
        return fixed
    if token.endswith("in") and token + "g" in G_DROPPED:
        return token + "g"
    if len(token) < 5 or token in _TARGET_SET or token in PROTECTED or not token.isalpha():
        return token
    limit = 1 if len(token) <= 7 or _CLITIC_VERB.search(token) else 2
    found = process.extractOne(
        token, FUZZY_TARGETS, scorer=OSA.distance, score_cutoff=limit,
        processor=None,
    )
    if found is None:
        return token
    word = found[0]
    # A different first letter is usually a different word ("fizzy" is not "dizzy").
    return word if word[0] == token[0] else token


@dataclass(frozen=True)
class Text:
    """Normalised reply text plus the structure every detector needs."""

    norm: str
    origin: tuple[int, ...]  # norm index -> original index; one extra entry for the end
    clause_edges: tuple[int, ...]  # sorted starts of clause separators
    sentence_edges: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original-text span of the normalised span [start, end)."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def clause_bounds(self, pos: int) -> tuple[int, int]:
        """Return (start, end) of the clause holding ``pos``."""
        return _bounds(self.clause_edges, pos, len(self.norm))

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Return (start, end) of the sentence holding ``pos``."""
        return _bounds(self.sentence_edges, pos, len(self.norm))


def _bounds(edges: tuple[int, ...], pos: int, length: int) -> tuple[int, int]:
    i = bisect_right(edges, pos)
    start = edges[i - 1] if i else 0
    end = edges[i] if i < len(edges) else length
    return start, end


def normalize(text: str) -> Text:
    """Return the normalised form of ``text`` with its offset map and clause edges."""
    if text.isascii():
        norm, origin = _fold_ascii(text)
    else:
        norm, origin = _fold_any(text)
    norm, origin = _join_pauses(*_respell(norm, origin))
    origin.append(len(text))
    return Text(
        norm=norm,
        origin=tuple(origin),
        clause_edges=tuple(m.start() for m in _CLAUSE_EDGE.finditer(norm)),
        sentence_edges=tuple(m.start() for m in _SENTENCE_EDGE.finditer(norm)),
    )


_ASCII_SPACE = str.maketrans("\t\n\r\f\v", "     ")
# Characters the ASCII fast path drops: apostrophes, repeated spaces, a third repeated letter.
_ASCII_DROP = re.compile(r"['`]+|(?<= ) +|^ +| +$|([a-z])\1\1+")
_ASCII_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _fold_ascii(text: str) -> tuple[str, list[int]]:
    """Fast path of ``_fold_any`` for plain ASCII text (most SMS)."""
    low = _ASCII_HYPHEN.sub(" ", text.lower().translate(_ASCII_SPACE))
    keep = bytearray(b"\x01") * len(low)
    for m in _ASCII_DROP.finditer(low):
        start = m.start() + 2 if m.group(1) else m.start()
        keep[start:m.end()] = bytes(m.end() - start)
    origin = list(compress(range(len(low)), keep))
    norm = "".join(compress(low, keep))
    if norm.endswith(" "):  # a space left before dropped trailing characters
        norm, origin = norm.rstrip(" "), origin[:len(norm.rstrip(" "))]
    return norm, origin


def _fold_any(text: str) -> tuple[str, list[int]]:
    """Return folded text (lower case, no accents, squeezed) and its offset map."""
    chars: list[str] = []
    origin: list[int] = []
    prev = " "
    run = 0
    n = len(text)
    for i, ch in enumerate(text):
        f = _fold(ch)
        if not f or f == "'":
            continue  # "don't" -> "dont": patterns need one spelling only
        if f == " ":
            if prev == " ":
                continue
        elif f == "-" and prev.isalpha() and i + 1 < n and text[i + 1].isalpha():
            f = " "  # "self-harm" -> "self harm"
        if f == prev and f.isalpha():
            run += 1
            if run >= 2:
                continue  # "soooo" -> "soo"
        else:
            run = 0
        chars.append(f)
        origin.append(i)
        prev = f
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    if chars and chars[0] == " ":
        chars.pop(0)
        origin.pop(0)
    return "".join(chars), origin


# An ellipsis before the rest of a phrase is a pause, not the end of a sentence: "qué ganas de desaparecer... de la
# oficina jaja", "no quiero seguir... con el horario". Joined, the phrase is read whole, its place or object included.
_PAUSE = re.compile(
    r"(?<=[a-z])\s*(?:\.{2,}|\u2026)\s*(?=(?:de|del|con|en|el|la|los|las|al|a (?:la|el|mi|mis)|of|with|at|from|about|in|on|the|my|mi|this"
    r"|este|esta)\b)"
)


def _join_pauses(norm: str, origin: list[int]) -> tuple[str, list[int]]:
    """Return ``norm`` with pausing ellipses inside a phrase made one space, and the matching offset map."""
    if ".." not in norm and "\u2026" not in norm:
        return norm, origin
    return _splice(norm, origin, ((*m.span(), " ") for m in _PAUSE.finditer(norm)))


def _respell(norm: str, origin: list[int]) -> tuple[str, list[int]]:
    """Return ``norm`` with misspelt key words replaced, and the matching offset map."""
    tokens = _TOKEN_M if " m " in norm or norm.startswith("m ") else _TOKEN
    fixes = ((*m.span(), correct_spelling(m.group())) for m in tokens.finditer(norm))
    return _splice(norm, origin, ((s, e, fixed) for s, e, fixed in fixes if fixed != norm[s:e]))


def _splice(norm: str, origin: list[int], edits) -> tuple[str, list[int]]:
    """Return ``norm`` with each (start, end, text) of ``edits`` (in order) put in place, and the offset map:
    the new characters point at the characters they replace, the last one repeated."""
    pieces: list[str] = []
    new_origin: list[int] = []
    last = 0
    for s, e, text in edits:
        pieces.append(norm[last:s])
        new_origin.extend(origin[last:s])
        pieces.append(text)
        new_origin.extend(origin[s + min(k, e - s - 1)] for k in range(len(text)))
        last = e
    if not pieces:
        return norm, origin
    pieces.append(norm[last:])
    new_origin.extend(origin[last:])
    return "".join(pieces), new_origin
