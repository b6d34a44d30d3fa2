"""Tests for checkins.schedule: cadence walking, DST, quiet hours, dense windows."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from checkins.schedule import (
    Cadence,
    ScheduleError,
    in_quiet_hours,
    load_zone,
    next_allowed_instant,
    next_checkin_at,
    upcoming_checkins,
)

UTC = timezone.utc
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
EVERY_DAY = frozenset(range(7))
# Quiet only 23:00–01:00, so small-hours slots around DST changes are not moved by quiet hours.
NIGHT_OWL = {"quiet_start": time(23, 0), "quiet_end": time(1, 0)}


def at(zone: str, *args: int, fold: int = 0) -> datetime:
    """An aware datetime in `zone` built from wall-clock fields."""
    return datetime(*args, tzinfo=ZoneInfo(zone), fold=fold)


def local(instant: datetime, zone: str) -> datetime:
    return instant.astimezone(ZoneInfo(zone))


def walk(cadence: Cadence, zone: str, after: datetime, until: datetime, changed_on: date | None = None) -> list[datetime]:
    """Feed each result back as `after`, as the caller stores "last check-in"; stop past `until`."""
    slots = []
    cursor = after
    while True:
        cursor = next_checkin_at(cadence, zone, cursor, changed_on)
        if cursor >= until:
            return slots
        slots.append(cursor)
        assert len(slots) < 1000, "walk did not terminate"


# --- basic cadence -----------------------------------------------------------


def test_weekly_default_returns_next_weekday_at_local_send_time_in_utc():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    # Wednesday 2025-06-04 noon in New York -> next Monday 2025-06-09 09:00 EDT.
    result = next_checkin_at(cadence, "America/New_York", at("America/New_York", 2025, 6, 4, 12, 0))
    assert result == datetime(2025, 6, 9, 13, 0, tzinfo=UTC)
    assert result.tzinfo is UTC


def test_weekly_walk_repeats_every_seven_days():
    cadence = Cadence(weekdays=frozenset({FRI}), send_time=time(10, 15))
    slots = upcoming_checkins(cadence, "Europe/Berlin", at("Europe/Berlin", 2025, 6, 2, 0, 0), count=4)
    assert [local(s, "Europe/Berlin").date() for s in slots] == [
        date(2025, 6, 6),
        date(2025, 6, 13),
        date(2025, 6, 20),
        date(2025, 6, 27),
    ]
    assert {local(s, "Europe/Berlin").time() for s in slots} == {time(10, 15)}


def test_multiple_weekdays_are_all_used_in_order():
    cadence = Cadence(weekdays=frozenset({MON, WED, FRI}), send_time=time(9, 0))
    slots = upcoming_checkins(cadence, "America/Chicago", at("America/Chicago", 2025, 6, 1, 12, 0), count=6)
    assert [local(s, "America/Chicago").date() for s in slots] == [
        date(2025, 6, 2),
        date(2025, 6, 4),
        date(2025, 6, 6),
        date(2025, 6, 9),
        date(2025, 6, 11),
        date(2025, 6, 13),
    ]


def test_it_returns_a_slot_strictly_after_after():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    slot = at("America/New_York", 2025, 6, 9, 9, 0)
    assert next_checkin_at(cadence, "America/New_York", slot) == at("America/New_York", 2025, 6, 16, 9, 0)
    just_before = slot - timedelta(microseconds=1)
    assert next_checkin_at(cadence, "America/New_York", just_before) == slot


def test_it_accepts_after_in_any_zone():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    in_utc = datetime(2025, 6, 9, 12, 59, tzinfo=UTC)  # 08:59 in New York
    in_tokyo = in_utc.astimezone(ZoneInfo("Asia/Tokyo"))  # already Monday 21:59 in Tokyo
    expected = datetime(2025, 6, 9, 13, 0, tzinfo=UTC)
    assert next_checkin_at(cadence, "America/New_York", in_utc) == expected
    assert next_checkin_at(cadence, "America/New_York", in_tokyo) == expected


def test_it_accepts_a_zoneinfo_instead_of_a_name():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    after = datetime(2025, 6, 4, tzinfo=UTC)
    assert next_checkin_at(cadence, ZoneInfo("Asia/Tokyo"), after) == next_checkin_at(cadence, "Asia/Tokyo", after)
    assert local(next_checkin_at(cadence, ZoneInfo("Asia/Tokyo"), after), "Asia/Tokyo") == at(
        "Asia/Tokyo", 2025, 6, 9, 9, 0
    )


def test_it_walks_local_calendar_dates_not_utc_dates():
    # Auckland 09:00 Monday is Sunday 21:00 UTC: the weekday is the patient's.
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    result = next_checkin_at(cadence, "Pacific/Auckland", datetime(2025, 6, 4, tzinfo=UTC))
    assert result == datetime(2025, 6, 8, 21, 0, tzinfo=UTC)
    assert local(result, "Pacific/Auckland").weekday() == MON


# --- DST ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "start", "change_day"),
    [
        ("America/New_York", date(2025, 2, 10), date(2025, 3, 9)),  # spring forward
        ("America/New_York", date(2025, 10, 6), date(2025, 11, 2)),  # fall back
        ("Europe/Berlin", date(2025, 3, 3), date(2025, 3, 30)),  # spring forward
        ("Europe/Berlin", date(2025, 9, 29), date(2025, 10, 26)),  # fall back
        ("Australia/Adelaide", date(2025, 3, 10), date(2025, 4, 6)),  # +10:30 -> +09:30
        ("Australia/Adelaide", date(2025, 9, 8), date(2025, 10, 5)),  # +09:30 -> +10:30
    ],
)
def test_it_walks_ten_weeks_across_dst_keeping_local_0900_without_skips_or_doubles(zone, start, change_day):
    # Sunday is included so a slot falls on the change day itself.
    weekdays = frozenset({MON, THU, SUN})
    cadence = Cadence(weekdays=weekdays, send_time=time(9, 0))
    after = datetime.combine(start, time(0, 0), tzinfo=ZoneInfo(zone))
    until = datetime.combine(start + timedelta(weeks=10), time(0, 0), tzinfo=ZoneInfo(zone))

    slots = walk(cadence, zone, after, until)

    expected_dates = [start + timedelta(days=n) for n in range(70) if (start + timedelta(days=n)).weekday() in weekdays]
    assert len(slots) == 30
    assert [local(s, zone).date() for s in slots] == expected_dates
    assert all(local(s, zone).time() == time(9, 0) for s in slots)
    assert change_day in expected_dates
    # The walk really crossed a change: the UTC offset differs at the ends.
    assert local(slots[0], zone).utcoffset() != local(slots[-1], zone).utcoffset()


def test_a_0230_slot_on_spring_forward_day_moves_forward_by_the_gap_new_york():
    cadence = Cadence(weekdays=frozenset({SUN}), send_time=time(2, 30), **NIGHT_OWL)
    slots = upcoming_checkins(cadence, "America/New_York", at("America/New_York", 2025, 3, 1, 12, 0), count=3)
    # 02:30 does not exist on 2025-03-09 (02:00 -> 03:00 EDT): sent at 03:30 EDT.
    assert slots == [
        datetime(2025, 3, 2, 7, 30, tzinfo=UTC),  # 02:30 EST
        datetime(2025, 3, 9, 7, 30, tzinfo=UTC),  # 03:30 EDT
        datetime(2025, 3, 16, 6, 30, tzinfo=UTC),  # 02:30 EDT
    ]
    assert local(slots[1], "America/New_York").time() == time(3, 30)


def test_a_0230_slot_on_spring_forward_day_moves_forward_by_the_gap_berlin():
    cadence = Cadence(weekdays=EVERY_DAY, send_time=time(2, 30), **NIGHT_OWL)
    after = at("Europe/Berlin", 2025, 3, 29, 12, 0)
    slots = upcoming_checkins(cadence, "Europe/Berlin", after, count=2)
    assert [local(s, "Europe/Berlin").replace(tzinfo=None) for s in slots] == [
        datetime(2025, 3, 30, 3, 30),
        datetime(2025, 3, 31, 2, 30),
    ]


def test_an_ambiguous_0130_slot_on_fall_back_day_fires_once_at_the_first_occurrence():
    cadence = Cadence(weekdays=EVERY_DAY, send_time=time(1, 30), **NIGHT_OWL)
    slots = upcoming_checkins(cadence, "America/New_York", at("America/New_York", 2025, 11, 1, 12, 0), count=3)
    assert slots == [
        datetime(2025, 11, 2, 5, 30, tzinfo=UTC),  # 01:30 EDT, first occurrence
        datetime(2025, 11, 3, 6, 30, tzinfo=UTC),  # next day 01:30 EST; not 2025-11-02 06:30 UTC (the repeat)
        datetime(2025, 11, 4, 6, 30, tzinfo=UTC),
    ]


def test_after_inside_the_repeated_hour_does_not_fire_the_slot_again():
    cadence = Cadence(weekdays=EVERY_DAY, send_time=time(1, 30), **NIGHT_OWL)
    second_0115 = at("America/New_York", 2025, 11, 2, 1, 15, fold=1)  # after the first 01:30 fired
    assert next_checkin_at(cadence, "America/New_York", second_0115) == datetime(2025, 11, 3, 6, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "send_time", "expected_utc"),
    [
        ("Asia/Kolkata", time(9, 0), datetime(2025, 6, 9, 3, 30, tzinfo=UTC)),  # +05:30
        ("Asia/Kathmandu", time(9, 0), datetime(2025, 6, 9, 3, 15, tzinfo=UTC)),  # +05:45
        ("Asia/Kathmandu", time(8, 5), datetime(2025, 6, 9, 2, 20, tzinfo=UTC)),
    ],
)
def test_it_keeps_local_time_in_half_and_quarter_hour_zones(zone, send_time, expected_utc):
    cadence = Cadence(weekdays=frozenset({MON}), send_time=send_time)
    slots = upcoming_checkins(cadence, zone, datetime(2025, 6, 4, tzinfo=UTC), count=8)
    assert slots[0] == expected_utc
    assert [s - slots[0] for s in slots] == [timedelta(weeks=n) for n in range(8)]
    assert {local(s, zone).time() for s in slots} == {send_time}


def test_it_keeps_local_time_in_adelaide_across_its_half_hour_dst_change():
    cadence = Cadence(weekdays=frozenset({SUN}), send_time=time(9, 0))
    slots = upcoming_checkins(cadence, "Australia/Adelaide", datetime(2025, 3, 29, tzinfo=UTC), count=3)
    assert slots == [
        datetime(2025, 3, 29, 22, 30, tzinfo=UTC),  # Sun 30 Mar 09:00 ACDT (+10:30)
        datetime(2025, 4, 5, 23, 30, tzinfo=UTC),  # Sun 6 Apr 09:00 ACST (+09:30; clocks went back at 03:00)
        datetime(2025, 4, 12, 23, 30, tzinfo=UTC),  # Sun 13 Apr 09:00 ACST
    ]


# --- quiet hours ---------------------------------------------------------------


def test_default_quiet_hours_move_a_2130_slot_to_0800_next_day():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(21, 30))
    result = next_checkin_at(cadence, "America/New_York", at("America/New_York", 2025, 6, 4, 12, 0))
    assert local(result, "America/New_York") == at("America/New_York", 2025, 6, 10, 8, 0)


def test_a_slot_shifted_to_next_morning_is_returned_when_after_falls_overnight():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(21, 30))
    overnight = at("America/New_York", 2025, 6, 10, 7, 0)  # Tuesday, before the shifted Monday slot
    result = next_checkin_at(cadence, "America/New_York", overnight)
    assert local(result, "America/New_York") == at("America/New_York", 2025, 6, 10, 8, 0)


def test_a_slot_shifted_to_next_morning_is_not_produced_twice():
    cadence = Cadence(weekdays=EVERY_DAY, send_time=time(21, 30))
    slots = upcoming_checkins(cadence, "America/New_York", at("America/New_York", 2025, 6, 2, 12, 0), count=5)
    assert len(set(slots)) == 5
    assert [local(s, "America/New_York").replace(tzinfo=None) for s in slots] == [
        datetime(2025, 6, d, 8, 0) for d in range(3, 8)
    ]


def test_a_shifted_slot_takes_the_next_mornings_offset_across_spring_forward():
    cadence = Cadence(weekdays=frozenset({SAT}), send_time=time(22, 0))
    result = next_checkin_at(cadence, "America/New_York", at("America/New_York", 2025, 3, 8, 12, 0))
    assert result == datetime(2025, 3, 9, 12, 0, tzinfo=UTC)  # Sunday 08:00 EDT


@pytest.mark.parametrize(
    ("send_time", "expected_local"),
    [
        (time(8, 0), datetime(2025, 6, 9, 8, 0)),  # opening minute is allowed
        (time(7, 59), datetime(2025, 6, 9, 8, 0)),
        (time(20, 59), datetime(2025, 6, 9, 20, 59)),
        (time(21, 0), datetime(2025, 6, 10, 8, 0)),  # quiet starts at 21:00 exactly
        (time(0, 0), datetime(2025, 6, 9, 8, 0)),
    ],
)
def test_send_time_at_default_quiet_boundaries(send_time, expected_local):
    cadence = Cadence(weekdays=frozenset({MON}), send_time=send_time)
    result = next_checkin_at(cadence, "America/New_York", at("America/New_York", 2025, 6, 4, 12, 0))
    assert local(result, "America/New_York").replace(tzinfo=None) == expected_local


@pytest.mark.parametrize(
    ("send_time", "expected_local"),
    [
        (time(19, 59), datetime(2025, 6, 9, 19, 59)),
        (time(20, 0), datetime(2025, 6, 10, 8, 0)),
        (time(20, 30), datetime(2025, 6, 10, 8, 0)),
    ],
)
def test_florida_clinic_window_0800_to_2000(send_time, expected_local):
    cadence = Cadence(weekdays=frozenset({MON}), send_time=send_time, quiet_start=time(20, 0), quiet_end=time(8, 0))
    result = next_checkin_at(cadence, "America/New_York", at("America/New_York", 2025, 6, 4, 12, 0))
    assert local(result, "America/New_York").replace(tzinfo=None) == expected_local


@pytest.mark.parametrize(
    ("wall", "quiet"),
    [
        (time(3, 0), True),
        (time(23, 59), True),
        (time(0, 0), True),
        (time(6, 59), True),
        (time(7, 0), False),
        (time(12, 0), False),
        (time(21, 59), False),
        (time(22, 0), True),
    ],
)
def test_in_quiet_hours_with_a_window_across_midnight(wall, quiet):
    instant = datetime.combine(date(2025, 6, 9), wall, tzinfo=ZoneInfo("Europe/Berlin"))
    assert in_quiet_hours(instant, "Europe/Berlin", time(22, 0), time(7, 0)) is quiet


@pytest.mark.parametrize(
    ("wall", "quiet"),
    [
        (time(0, 59), False),
        (time(1, 0), True),
        (time(3, 0), True),
        (time(5, 59), True),
        (time(6, 0), False),
        (time(23, 0), False),
    ],
)
def test_in_quiet_hours_with_a_non_wrapping_window(wall, quiet):
    instant = datetime.combine(date(2025, 6, 9), wall, tzinfo=ZoneInfo("Europe/Berlin"))
    assert in_quiet_hours(instant, "Europe/Berlin", time(1, 0), time(6, 0)) is quiet


def test_in_quiet_hours_uses_patient_local_time_not_the_instants_zone():
    noon_utc = datetime(2025, 6, 9, 12, 0, tzinfo=UTC)  # 21:30 in Adelaide (+09:30)
    assert in_quiet_hours(noon_utc, "Australia/Adelaide", time(21, 0), time(8, 0)) is True
    assert in_quiet_hours(noon_utc, "Europe/London", time(21, 0), time(8, 0)) is False


@pytest.mark.parametrize(
    ("send_time", "expected_local"),
    [
        (time(0, 30), datetime(2025, 6, 9, 0, 30)),
        (time(1, 0), datetime(2025, 6, 9, 6, 0)),
        (time(3, 0), datetime(2025, 6, 9, 6, 0)),  # same day, not the next
        (time(6, 0), datetime(2025, 6, 9, 6, 0)),
        (time(22, 0), datetime(2025, 6, 9, 22, 0)),
    ],
)
def test_a_non_wrapping_quiet_window_0100_to_0600_moves_slots_to_0600_same_day(send_time, expected_local):
    cadence = Cadence(weekdays=frozenset({MON}), send_time=send_time, quiet_start=time(1, 0), quiet_end=time(6, 0))
    result = next_checkin_at(cadence, "Europe/Berlin", at("Europe/Berlin", 2025, 6, 4, 12, 0))
    assert local(result, "Europe/Berlin").replace(tzinfo=None) == expected_local


def test_next_allowed_instant_returns_an_allowed_instant_itself_in_utc():
    instant = at("America/New_York", 2025, 6, 9, 12, 34, 56)
    result = next_allowed_instant(instant, "America/New_York", time(21, 0), time(8, 0))
    assert result == instant
    assert result.tzinfo is UTC


@pytest.mark.parametrize(
    ("local_wall", "expected_local"),
    [
        (datetime(2025, 6, 9, 21, 0), datetime(2025, 6, 10, 8, 0)),
        (datetime(2025, 6, 9, 23, 59, 59), datetime(2025, 6, 10, 8, 0)),
        (datetime(2025, 6, 10, 0, 0), datetime(2025, 6, 10, 8, 0)),
        (datetime(2025, 6, 10, 7, 59, 30), datetime(2025, 6, 10, 8, 0)),
    ],
)
def test_next_allowed_instant_moves_quiet_instants_to_quiet_end(local_wall, expected_local):
    zone = ZoneInfo("America/New_York")
    result = next_allowed_instant(local_wall.replace(tzinfo=zone), zone, time(21, 0), time(8, 0))
    assert result == expected_local.replace(tzinfo=zone)
    assert result.tzinfo is UTC


def test_quiet_end_inside_a_dst_gap_ends_quiet_hours_at_the_transition():
    # Quiet 01:00–02:30 in Berlin; on 2025-03-30 clocks jump 02:00 -> 03:00, so 02:30
    # never shows and the first allowed instant is the jump itself (03:00 CEST).
    instant = at("Europe/Berlin", 2025, 3, 30, 1, 30)
    result = next_allowed_instant(instant, "Europe/Berlin", time(1, 0), time(2, 30))
    assert result == datetime(2025, 3, 30, 1, 0, tzinfo=UTC)
    assert local(result, "Europe/Berlin").time() == time(3, 0)


def test_quiet_end_in_a_repeated_hour_uses_the_next_occurrence():
    # Quiet 00:30–01:30 New York; on 2025-11-02 01:00–02:00 repeats. At the second 01:10
    # it is quiet again, and quiet ends at the second 01:30.
    instant = at("America/New_York", 2025, 11, 2, 1, 10, fold=1)
    result = next_allowed_instant(instant, "America/New_York", time(0, 30), time(1, 30))
    assert result == datetime(2025, 11, 2, 6, 30, tzinfo=UTC)


# --- dense cadence ---------------------------------------------------------------


DENSE = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0), dense_weekdays=frozenset({THU}), dense_weeks=4)


def dates_walked(cadence: Cadence, start: date, end: date, changed_on: date | None, zone: str = "America/New_York"):
    tz = ZoneInfo(zone)
    slots = walk(
        cadence,
        zone,
        datetime.combine(start, time(0, 0), tzinfo=tz),
        datetime.combine(end, time(0, 0), tzinfo=tz),
        changed_on,
    )
    return [local(s, zone).date() for s in slots]


def test_dense_cadence_inside_window_and_back_to_normal_after_it():
    # Changed on Thursday 2025-06-05: dense window is [Jun 5, Jul 3).
    walked = dates_walked(DENSE, date(2025, 5, 26), date(2025, 7, 22), changed_on=date(2025, 6, 5))
    assert walked == [
        date(2025, 5, 26),  # Mon, before the change
        date(2025, 6, 2),  # Mon; Thu May 29 is before the window
        date(2025, 6, 5),  # Thu, first day of the window (inclusive)
        date(2025, 6, 9),
        date(2025, 6, 12),
        date(2025, 6, 16),
        date(2025, 6, 19),
        date(2025, 6, 23),
        date(2025, 6, 26),  # last Thursday inside the window
        date(2025, 6, 30),
        # Thu Jul 3 is exactly 4 weeks after the change: outside (exclusive end).
        date(2025, 7, 7),
        date(2025, 7, 14),
        date(2025, 7, 21),
    ]


def test_dense_window_last_day_is_included_and_the_day_after_is_not():
    cadence = Cadence(weekdays=frozenset({WED}), send_time=time(9, 0), dense_weekdays=frozenset({SUN}), dense_weeks=1)
    # Changed Monday 2025-06-02: window [Jun 2, Jun 9); Sunday Jun 8 is its last day.
    walked = dates_walked(cadence, date(2025, 5, 30), date(2025, 6, 20), changed_on=date(2025, 6, 2))
    assert walked == [date(2025, 6, 4), date(2025, 6, 8), date(2025, 6, 11), date(2025, 6, 18)]


def test_medication_change_long_ago_has_no_effect():
    walked = dates_walked(DENSE, date(2025, 6, 1), date(2025, 6, 30), changed_on=date(2025, 4, 1))
    assert walked == [date(2025, 6, 2), date(2025, 6, 9), date(2025, 6, 16), date(2025, 6, 23)]


def test_medication_change_in_the_future_starts_dense_cadence_on_that_date():
    walked = dates_walked(DENSE, date(2025, 6, 1), date(2025, 6, 24), changed_on=date(2025, 6, 12))
    # Thu Jun 5 is before the change; Thu Jun 12 is the change day.
    assert walked == [date(2025, 6, 2), date(2025, 6, 9), date(2025, 6, 12), date(2025, 6, 16), date(2025, 6, 19), date(2025, 6, 23)]


def test_dense_weekdays_without_a_change_date_are_not_used():
    walked = dates_walked(DENSE, date(2025, 6, 1), date(2025, 6, 17), changed_on=None)
    assert walked == [date(2025, 6, 2), date(2025, 6, 9), date(2025, 6, 16)]


def test_dense_weekdays_with_zero_dense_weeks_are_not_used():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0), dense_weekdays=frozenset({THU}), dense_weeks=0)
    walked = dates_walked(cadence, date(2025, 6, 1), date(2025, 6, 17), changed_on=date(2025, 6, 2))
    assert walked == [date(2025, 6, 2), date(2025, 6, 9), date(2025, 6, 16)]


def test_dense_window_is_measured_in_patient_local_dates():
    # Thursday 09:00 in Auckland is Wednesday 21:00 UTC; the change on Thursday counts.
    walked = dates_walked(DENSE, date(2025, 6, 1), date(2025, 6, 10), changed_on=date(2025, 6, 5), zone="Pacific/Auckland")
    assert walked == [date(2025, 6, 2), date(2025, 6, 5), date(2025, 6, 9)]


# --- upcoming_checkins -----------------------------------------------------------


def test_upcoming_checkins_returns_count_strictly_increasing_successive_slots():
    cadence = Cadence(weekdays=frozenset({MON, THU}), send_time=time(9, 0))
    after = at("America/New_York", 2025, 6, 4, 12, 0)
    slots = upcoming_checkins(cadence, "America/New_York", after, count=7)
    assert len(slots) == 7
    assert all(a < b for a, b in zip(slots, slots[1:]))
    expected, cursor = [], after
    for _ in range(7):
        cursor = next_checkin_at(cadence, "America/New_York", cursor)
        expected.append(cursor)
    assert slots == expected


def test_upcoming_checkins_defaults_to_five_and_allows_zero():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    after = datetime(2025, 6, 4, tzinfo=UTC)
    assert len(upcoming_checkins(cadence, "UTC", after)) == 5
    assert upcoming_checkins(cadence, "UTC", after, count=0) == []


def test_upcoming_checkins_applies_the_dense_window():
    slots = upcoming_checkins(DENSE, "UTC", datetime(2025, 6, 1, tzinfo=UTC), medication_changed_on=date(2025, 6, 1), count=3)
    assert [s.date() for s in slots] == [date(2025, 6, 2), date(2025, 6, 5), date(2025, 6, 9)]


# --- validation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"weekdays": frozenset()}, "weekdays"),
        ({"weekdays": frozenset({7})}, "weekdays"),
        ({"weekdays": frozenset({-1})}, "weekdays"),
        ({"weekdays": frozenset({True})}, "weekdays"),
        ({"weekdays": [MON]}, "weekdays"),
        ({"dense_weekdays": frozenset({9})}, "dense_weekdays"),
        ({"dense_weeks": -1}, "dense_weeks"),
        ({"dense_weeks": 1.5}, "dense_weeks"),
        ({"send_time": "09:00"}, "send_time"),
        ({"send_time": time(9, 0, tzinfo=UTC)}, "send_time"),
        ({"quiet_start": time(8, 0), "quiet_end": time(8, 0)}, "quiet_start"),
        ({"quiet_end": None}, "quiet_end"),
    ],
)
def test_invalid_cadence_raises_schedule_error_naming_the_field(changes, field):
    fields = {"weekdays": frozenset({MON}), "send_time": time(9, 0), **changes}
    cadence = Cadence(**fields)
    with pytest.raises(ScheduleError) as raised:
        cadence.validate()
    assert raised.value.field == field
    assert str(raised.value).startswith(f"{field}: ")
    with pytest.raises(ScheduleError) as raised_by_call:
        next_checkin_at(cadence, "UTC", datetime(2025, 6, 4, tzinfo=UTC))
    assert raised_by_call.value.field == field


def test_valid_cadence_passes_validation():
    Cadence(
        weekdays=frozenset({MON, SUN}),
        send_time=time(9, 0),
        dense_weekdays=frozenset({THU}),
        dense_weeks=4,
        quiet_start=time(1, 0),
        quiet_end=time(6, 0),
    ).validate()


def test_schedule_error_is_a_value_error_with_field_and_message():
    error = ScheduleError("weekdays", "must contain at least one weekday")
    assert isinstance(error, ValueError)
    assert (error.field, error.message) == ("weekdays", "must contain at least one weekday")
    assert str(error) == "weekdays: must contain at least one weekday"


def test_naive_after_is_rejected_naming_after():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    with pytest.raises(ValueError) as raised:
        next_checkin_at(cadence, "UTC", datetime(2025, 6, 4, 12, 0))
    assert raised.value.field == "after"
    with pytest.raises(ScheduleError) as raised_upcoming:
        upcoming_checkins(cadence, "UTC", datetime(2025, 6, 4, 12, 0))
    assert raised_upcoming.value.field == "after"


@pytest.mark.parametrize("func", [in_quiet_hours, next_allowed_instant])
def test_quiet_hour_functions_reject_naive_instants_and_empty_windows(func):
    with pytest.raises(ScheduleError) as naive:
        func(datetime(2025, 6, 4, 12, 0), "UTC", time(21, 0), time(8, 0))
    assert naive.value.field == "instant"
    with pytest.raises(ScheduleError) as empty:
        func(datetime(2025, 6, 4, 12, 0, tzinfo=UTC), "UTC", time(8, 0), time(8, 0))
    assert empty.value.field == "quiet_start"


@pytest.mark.parametrize("count", [-1, 2.0])
def test_upcoming_checkins_rejects_bad_count(count):
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    with pytest.raises(ScheduleError) as raised:
        upcoming_checkins(cadence, "UTC", datetime(2025, 6, 4, tzinfo=UTC), count=count)
    assert raised.value.field == "count"


def test_medication_changed_on_must_be_a_date_not_a_datetime():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    with pytest.raises(ScheduleError) as raised:
        next_checkin_at(cadence, "UTC", datetime(2025, 6, 4, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC))
    assert raised.value.field == "medication_changed_on"


# --- time zones ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Mars/Olympus_Mons", "", "America", "../etc/passwd", "/etc/localtime", "localtime", "UTC "])
def test_unknown_time_zone_raises_schedule_error_naming_timezone(name):
    with pytest.raises(ScheduleError) as raised:
        load_zone(name)
    assert raised.value.field == "timezone"
    assert raised.value.message == f"unknown time zone {name!r}"


def test_unknown_time_zone_is_rejected_by_next_checkin_at():
    cadence = Cadence(weekdays=frozenset({MON}), send_time=time(9, 0))
    with pytest.raises(ScheduleError) as raised:
        next_checkin_at(cadence, "Europe/Atlantis", datetime(2025, 6, 4, tzinfo=UTC))
    assert raised.value.field == "timezone"


def test_non_string_time_zone_is_rejected():
    with pytest.raises(ScheduleError) as raised:
        load_zone(None)  # type: ignore[arg-type]
    assert raised.value.field == "timezone"


def test_load_zone_returns_a_cached_zoneinfo():
    zone = load_zone("Asia/Kathmandu")
    assert isinstance(zone, ZoneInfo)
    assert zone.key == "Asia/Kathmandu"
    assert load_zone("Asia/Kathmandu") is zone
