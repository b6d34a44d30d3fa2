"""Chart geometry for a patient's course: mood over time, side effects and adherence per week.

Only numbers and labels here; templates/inbox/_charts.html draws them as
server-rendered SVG with a text alternative, so pages need no script.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

WIDTH, HEIGHT = 640, 170
LEFT, RIGHT, TOP, BOTTOM = 34, 10, 12, 24
ADHERENCE_STATES = ("taking", "missed", "stopped")


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    value: int
    label: str


@dataclass(frozen=True)
class Marker:
    x: float
    label: str


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    segments: tuple[tuple[str, float, float, int], ...]  # (kind, y, height, count)
    label: str


@dataclass
class Course:
    width: int = WIDTH
    height: int = HEIGHT
    weeks: list[str] = field(default_factory=list)  # week labels, oldest first
    week_x: list[float] = field(default_factory=list)
    mood_points: list[Point] = field(default_factory=list)
    mood_polyline: str = ""
    mood_y: dict[int, float] = field(default_factory=dict)  # axis ticks
    low_band: tuple[float, float] = (0.0, 0.0)  # y, height of the low-mood band
    markers: list[Marker] = field(default_factory=list)
    side_effect_bars: list[Bar] = field(default_factory=list)
    side_effect_max: int = 0
    adherence_bars: list[Bar] = field(default_factory=list)
    mood_summary: str = ""
    side_effect_rows: list[tuple[str, int, str]] = field(default_factory=list)  # week, count, names
    adherence_rows: list[tuple[str, dict[str, int]]] = field(default_factory=list)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def course(readings, medications, *, zone: str, today: date, weeks: int = 12, low_mood_max: int = 2) -> Course:
    """`readings`: objects with created_at, mood, side_effects, adherence; `medications`: (name, changed_on)."""
    tz = ZoneInfo(zone)
    first = _week_start(today) - timedelta(weeks=weeks - 1)
    span_days = weeks * 7
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    result = Course()

    def x_of(moment: datetime | date) -> float:
        if isinstance(moment, datetime):
            local = moment.astimezone(tz)
            days = (local.date() - first).days + (local.hour * 60 + local.minute) / 1440
        else:
            days = (moment - first).days
        return round(LEFT + plot_w * days / span_days, 1)

    def y_of(mood: float) -> float:
        return round(TOP + plot_h * (5 - mood) / 4, 1)

    result.weeks = [(first + timedelta(weeks=i)).strftime("%-d %b") for i in range(weeks)]
    result.week_x = [x_of(first + timedelta(weeks=i)) for i in range(weeks)]
    result.mood_y = {m: y_of(m) for m in range(1, 6)}
    band_top = y_of(low_mood_max + 0.5)
    result.low_band = (band_top, round(TOP + plot_h - band_top, 1))

    in_range = [r for r in readings if r.created_at.astimezone(tz).date() >= first]
    for r in sorted(in_range, key=lambda r: r.created_at):
        if r.mood is not None:
            when = r.created_at.astimezone(tz)
            result.mood_points.append(Point(x_of(r.created_at), y_of(r.mood), r.mood,
                                            f"{when:%a %-d %b}: mood {r.mood}/5"))
    result.mood_polyline = " ".join(f"{p.x},{p.y}" for p in result.mood_points)
    result.markers = [Marker(x_of(changed), f"{name} started or changed {changed:%-d %b}")
                      for name, changed in medications if first <= changed <= today]

    per_week_effects: dict[int, Counter] = {}
    per_week_adherence: dict[int, Counter] = {}
    for r in in_range:
        week = ((r.created_at.astimezone(tz).date() - first).days) // 7
        if r.side_effects:
            per_week_effects.setdefault(week, Counter()).update(r.side_effects)
        if r.adherence in ADHERENCE_STATES:
            per_week_adherence.setdefault(week, Counter())[r.adherence] += 1
    result.side_effect_max = max((sum(c.values()) for c in per_week_effects.values()), default=0)
    bar_w = round(plot_w / weeks * 0.7, 1)
    scale_effects = max(result.side_effect_max, 1)
    scale_adherence = max((sum(c.values()) for c in per_week_adherence.values()), default=1)
    for week in range(weeks):
        x = result.week_x[week] + round(plot_w / weeks * 0.15, 1)
        effects = per_week_effects.get(week, Counter())
        total = sum(effects.values())
        height = round(plot_h * total / scale_effects, 1)
        result.side_effect_bars.append(Bar(x, bar_w, (("effects", TOP + plot_h - height, height, total),),
                                           f"Week of {result.weeks[week]}: {total} side effect reports"))
        result.side_effect_rows.append((result.weeks[week], total, ", ".join(
            f"{name.replace('_', ' ')} ×{n}" if n > 1 else name.replace("_", " ") for name, n in effects.most_common())))
        states = per_week_adherence.get(week, Counter())
        bottom, segments = TOP + plot_h, []
        for state in ADHERENCE_STATES:
            if states[state]:
                h = round(plot_h * states[state] / scale_adherence, 1)
                bottom -= h
                segments.append((state, round(bottom, 1), h, states[state]))
        label = ", ".join(f"{state} {states[state]}" for state in ADHERENCE_STATES if states[state]) or "no answers"
        result.adherence_bars.append(Bar(x, bar_w, tuple(segments), f"Week of {result.weeks[week]}: {label}"))
        result.adherence_rows.append((result.weeks[week], {s: states[s] for s in ADHERENCE_STATES}))

    moods = [p.value for p in result.mood_points]
    if moods:
        low = sum(1 for m in moods if m <= low_mood_max)
        result.mood_summary = (f"{len(moods)} mood answers in {weeks} weeks; latest {moods[-1]}/5, "
                               f"lowest {min(moods)}/5; {low} in the low band (≤ {low_mood_max}).")
    else:
        result.mood_summary = f"No mood answers in the last {weeks} weeks."
    return result
