"""Check-in scheduling: when a patient's next text goes out.

Pure calendar arithmetic (standard library only). Every function takes explicit
instants, so the cron tick, the web app and the tests all share one notion of
"now" supplied by the caller.

Schedules are defined on the patient's local calendar: a cadence of weekdays and
a local wall time, more weekdays during a "dense window" after a medication was
started or changed, and no texts during quiet hours. All returned instants are
aware datetimes in UTC, suitable for storing and passing back as ``after``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "Cadence",
    "ScheduleError",
    "in_quiet_hours",
    "load_zone",
    "next_allowed_instant",
    "next_checkin_at",
    "upcoming_checkins",
]

UTC = timezone.utc

# Names ZoneInfo accepts that describe the server rather than a place; a patient's
# schedule must never depend on how the host happens to be configured.
_HOST_ALIASES = frozenset({"localtime", "posixrules"})

# Dates scanned before the local date of `after`: a slot shifted by quiet hours
# lands less than a day later, and one spare day covers DST changes at midnight.
_LOOKBACK_DAYS = 2
# Dates scanned from `after` onwards: every weekday occurs within 7 days; one
# spare day for midnight DST changes.
_LOOKAHEAD_DAYS = 8


class ScheduleError(ValueError):
    """Invalid schedule input; ``field`` names the offending input."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True)
class Cadence:
    """A patient's check-in plan, in patient-local wall time."""

    weekdays: frozenset[int]
    send_time: time
    dense_weekdays: frozenset[int] = frozenset()
    dense_weeks: int = 0
    quiet_start: time = time(21, 0)
    quiet_end: time = time(8, 0)

    def validate(self) -> None:
        """Return None if the cadence is usable; raise ScheduleError naming the first bad field."""
        _check_weekdays("weekdays", self.weekdays, allow_empty=False)
        _check_weekdays("dense_weekdays", self.dense_weekdays, allow_empty=True)
        if not _is_int(self.dense_weeks):
            raise ScheduleError("dense_weeks", "must be a whole number of weeks")
        if self.dense_weeks < 0:
            raise ScheduleError("dense_weeks", "must not be negative")
        _check_wall_time("send_time", self.send_time)
        _check_quiet_window(self.quiet_start, self.quiet_end)


def _active_weekdays(cadence: Cadence, local_date: date, medication_changed_on: date | None) -> frozenset[int]:
    """Return the weekdays active on `local_date`: the union with dense_weekdays inside the dense window."""
    if (
        medication_changed_on is not None
        and cadence.dense_weeks > 0
        # A day difference rather than date + timedelta: no overflow for huge dense_weeks.
        and 0 <= (local_date - medication_changed_on).days < 7 * cadence.dense_weeks
    ):
        return cadence.weekdays | cadence.dense_weekdays
    return cadence.weekdays


def _is_int(value: object) -> bool:
    # bool is an int subclass, but True as a weekday or week count is a bug upstream.
    return isinstance(value, int) and not isinstance(value, bool)


def _check_weekdays(field: str, value: object, *, allow_empty: bool) -> None:
    if not isinstance(value, (frozenset, set)):
        raise ScheduleError(field, "must be a set of weekday numbers (0 = Monday … 6 = Sunday)")
    if not value and not allow_empty:
        raise ScheduleError(field, "must contain at least one weekday")
    for day in value:
        if not _is_int(day) or not 0 <= day <= 6:
            raise ScheduleError(field, f"{day!r} is not a weekday number (0 = Monday … 6 = Sunday)")


def _check_wall_time(field: str, value: object) -> None:
    if not isinstance(value, time):
        raise ScheduleError(field, "must be a time of day")
    if value.tzinfo is not None:
        # The zone comes from the patient; an offset here would silently conflict with it.
        raise ScheduleError(field, "must be a local wall time without a time zone")


def _check_quiet_window(quiet_start: object, quiet_end: object) -> None:
    _check_wall_time("quiet_start", quiet_start)
    _check_wall_time("quiet_end", quiet_end)
    if quiet_start == quiet_end:
        raise ScheduleError("quiet_start", "must differ from quiet_end, otherwise no time of day is allowed")


def _check_aware(field: str, value: object) -> None:
    if not isinstance(value, datetime):
        raise ScheduleError(field, "must be a datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ScheduleError(field, "must be timezone-aware")


@lru_cache(maxsize=None)
def _load_zone_cached(name: str) -> ZoneInfo:
    # Only successful look-ups are cached (exceptions are not), so the cache is
    # bounded by the number of real zone names.
    return ZoneInfo(name)


def load_zone(name: str) -> ZoneInfo:
    """Return the (cached) ZoneInfo for an IANA zone name; raise ScheduleError("timezone", ...) otherwise."""
    if not isinstance(name, str):
        raise ScheduleError("timezone", f"unknown time zone {name!r}")
    if not name or name in _HOST_ALIASES:
        raise ScheduleError("timezone", f"unknown time zone {name!r}")
    try:
        return _load_zone_cached(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # ValueError: malformed keys such as absolute paths; OSError: directories like "America".
        raise ScheduleError("timezone", f"unknown time zone {name!r}") from None


def _zone(tz: str | ZoneInfo) -> ZoneInfo:
    if isinstance(tz, ZoneInfo):
        return tz
    return load_zone(tz)


def _resolve_slot(zone: ZoneInfo, local_date: date, wall: time) -> datetime:
    """Return the UTC instant of a local wall time: first occurrence if ambiguous, moved forward by the gap if nonexistent."""
    # PEP 495: fold=0 means the first occurrence in a repeat, and in a gap it uses
    # the pre-transition offset, which lands the wall time forward by the gap.
    return datetime.combine(local_date, wall, tzinfo=zone).astimezone(UTC)


def _wall_time_instants(zone: ZoneInfo, local_date: date, wall: time) -> list[datetime]:
    """Return the UTC instants at which the local clock shows `wall` on `local_date`; for a gap, the transition instant."""
    naive = datetime.combine(local_date, wall)
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    offset_first, offset_second = first.utcoffset(), second.utcoffset()
    if offset_first == offset_second:
        return [first.astimezone(UTC)]
    if offset_first > offset_second:
        # Clocks went back: the wall time happens twice.
        return [first.astimezone(UTC), second.astimezone(UTC)]
    # Clocks jumped over `wall`: the first instant showing a later wall time is the transition.
    return [_transition_between(zone, second.astimezone(UTC), first.astimezone(UTC))]


def _transition_between(zone: ZoneInfo, lo: datetime, hi: datetime) -> datetime:
    """Return the first instant in (lo, hi] whose UTC offset equals hi's (a single transition lies between)."""
    target = hi.astimezone(zone).utcoffset()
    step = timedelta(seconds=1)
    # Bisection to the second: the gap is at most a few hours, so ~14 iterations; rare path.
    while hi - lo > step:
        mid = lo + (hi - lo) // 2
        mid = mid - timedelta(microseconds=mid.microsecond)
        if mid <= lo:
            mid = lo + step
        if mid.astimezone(zone).utcoffset() == target:
            hi = mid
        else:
            lo = mid
    return hi


def _is_quiet_wall(wall: time, quiet_start: time, quiet_end: time) -> bool:
    # Allowed window is [quiet_end, quiet_start); it wraps midnight when quiet_end > quiet_start.
    if quiet_end < quiet_start:
        return not (quiet_end <= wall < quiet_start)
    return quiet_start <= wall < quiet_end


def _next_allowed(instant_utc: datetime, zone: ZoneInfo, quiet_start: time, quiet_end: time) -> datetime:
    local = instant_utc.astimezone(zone)
    if not _is_quiet_wall(local.time(), quiet_start, quiet_end):
        return instant_utc
    # Quiet ends the next time the local clock reaches quiet_end; quiet lasts under
    # a day, so that is today or tomorrow (the extra day absorbs midnight DST changes).
    start = local.date()
    for offset in range(3):
        candidates = [
            c for c in _wall_time_instants(zone, start + timedelta(days=offset), quiet_end) if c > instant_utc
        ]
        if candidates:
            return min(candidates)
    raise AssertionError("quiet hours did not end within three days")  # unreachable for real zones


def in_quiet_hours(instant: datetime, tz: str | ZoneInfo, quiet_start: time, quiet_end: time) -> bool:
    """Return True if `instant` falls in quiet hours in zone `tz` (allowed window is [quiet_end, quiet_start))."""
    _check_aware("instant", instant)
    _check_quiet_window(quiet_start, quiet_end)
    zone = _zone(tz)
    return _is_quiet_wall(instant.astimezone(zone).time(), quiet_start, quiet_end)


def next_allowed_instant(instant: datetime, tz: str | ZoneInfo, quiet_start: time, quiet_end: time) -> datetime:
    """Return `instant` (as UTC) if allowed, else the first instant after it outside quiet hours (aware UTC)."""
    _check_aware("instant", instant)
    _check_quiet_window(quiet_start, quiet_end)
    zone = _zone(tz)
    return _next_allowed(instant.astimezone(UTC), zone, quiet_start, quiet_end)


def _check_medication_date(value: object) -> None:
    if value is None:
        return
    # datetime is a date subclass, but its calendar date depends on a zone we can't know here.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ScheduleError("medication_changed_on", "must be a date (patient-local calendar date)")


def _next_checkin(cadence: Cadence, zone: ZoneInfo, after_utc: datetime, medication_changed_on: date | None) -> datetime:
    local_today = after_utc.astimezone(zone).date()
    day = local_today - timedelta(days=_LOOKBACK_DAYS)
    last = local_today + timedelta(days=_LOOKAHEAD_DAYS)
    one_day = timedelta(days=1)
    # Candidates never decrease with the date (slots are a day apart and quiet
    # hours only push forward), so the first one past `after` is the earliest.
    while day <= last:
        if day.weekday() in _active_weekdays(cadence, day, medication_changed_on):
            slot = _resolve_slot(zone, day, cadence.send_time)
            slot = _next_allowed(slot, zone, cadence.quiet_start, cadence.quiet_end)
            if slot > after_utc:
                return slot
        day += one_day
    raise AssertionError("no check-in found within the scan window")  # unreachable: weekdays is non-empty


def next_checkin_at(
    cadence: Cadence,
    tz: str | ZoneInfo,
    after: datetime,
    medication_changed_on: date | None = None,
) -> datetime:
    """First check-in instant (aware UTC) strictly after `after` (aware; any zone)."""
    cadence.validate()
    _check_aware("after", after)
    _check_medication_date(medication_changed_on)
    zone = _zone(tz)
    return _next_checkin(cadence, zone, after.astimezone(UTC), medication_changed_on)


def upcoming_checkins(
    cadence: Cadence,
    tz: str | ZoneInfo,
    after: datetime,
    medication_changed_on: date | None = None,
    count: int = 5,
) -> list[datetime]:
    """Return the next `count` check-in instants (aware UTC, strictly increasing) after `after`."""
    cadence.validate()
    _check_aware("after", after)
    _check_medication_date(medication_changed_on)
    if not _is_int(count) or count < 0:
        raise ScheduleError("count", "must be a non-negative whole number")
    zone = _zone(tz)
    result: list[datetime] = []
    cursor = after.astimezone(UTC)
    for _ in range(count):
        cursor = _next_checkin(cadence, zone, cursor, medication_changed_on)
        result.append(cursor)
    return result
