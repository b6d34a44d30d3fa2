"""Input, output and settings types of the reply classifier."""

from __future__ import annotations

from dataclasses import dataclass, field

ASKED_VALUES = frozenset({"mood", "side_effects", "adherence", "open"})

URGENT, HIGH, ROUTINE, NONE = "urgent", "high", "routine", "none"
LEVEL_RANK = {NONE: 0, ROUTINE: 1, HIGH: 2, URGENT: 3}


@dataclass(frozen=True)
class Reply:
    """One SMS reply with the context it answers."""

    text: str
    asked: str = "open"
    medications: tuple[str, ...] = ()
    language: str | None = None

    def __post_init__(self) -> None:
        # Callers often hold lists (JSON); keep the dataclass hashable.
        if not isinstance(self.medications, tuple):
            object.__setattr__(self, "medications", tuple(self.medications or ()))
        if self.asked not in ASKED_VALUES:
            object.__setattr__(self, "asked", "open")


@dataclass(frozen=True)
class Thresholds:
    """Clinic-tunable mood cut-offs (1 very low ... 5 very good)."""

    low_mood_max: int = 2  # mood <= this: high (low_mood)
    routine_mood_max: int = 3  # mood <= this, above low: routine (mid_mood)


@dataclass(frozen=True)
class Classification:
    """What the classifier read in a reply and how urgently it must be seen."""

    triage: str
    crisis: bool = False
    keyword: str | None = None
    mood: int | None = None
    side_effects: tuple[str, ...] = ()
    adherence: str | None = None
    reasons: tuple[str, ...] = ()
    matches: tuple[tuple[int, int, str], ...] = field(default=(), compare=False)

    def to_dict(self) -> dict:
        """Return the JSON output fields (no match spans)."""
        return {
            "triage": self.triage,
            "crisis": self.crisis,
            "keyword": self.keyword,
            "mood": self.mood,
            "side_effects": list(self.side_effects),
            "adherence": self.adherence,
            "reasons": list(self.reasons),
        }
