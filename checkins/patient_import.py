"""Importing patients from a CSV file: read it, check every row, report, then save the valid rows together.

No Flask here. Rows are checked with `patients.check_patient` (the rules of
validate_patient) against lookups loaded once per file: the users, the default
plan and which of the file's numbers are already enrolled (one IN query per
thousand numbers). So a preview costs a handful of queries whatever its size,
and saving re-runs the same checks in the saving transaction first.

Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from checkins.models import Clinic, Patient, Plan, Role, User
from checkins.patients import CONSENT_METHODS, MedicationInput, PatientInput, check_patient, enroll_checked
from checkins.phones import PhoneError, normalize_phone
from checkins.schedule import ScheduleError, load_zone

COLUMNS = ("first_name", "last_name", "phone", "timezone", "language", "prescriber_email", "birth_date",
           "medications", "consent_at", "consent_method")
REQUIRED_COLUMNS = ("first_name", "last_name", "phone", "timezone", "prescriber_email")
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
REPORT_COLUMNS = ("row", "field", "problem")
_IN_CHUNK = 900  # numbers per IN (...) lookup, under every SQLite build's parameter limit
# check_patient's field names, as the file's columns call them.
_FIELD_COLUMN = {"prescriber": "prescriber_email"}


class FileRefused(ValueError):
    """The upload cannot be read as a patient CSV; the message says why and what to do."""


@dataclass(frozen=True)
class Problem:
    row: int
    field: str
    problem: str


@dataclass
class Row:
    number: int
    first_name: str
    last_name: str
    phone: str  # E.164 when the number parsed, otherwise as written
    problems: list[Problem] = field(default_factory=list)
    cleaned: dict | None = None
    medications: list[MedicationInput] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems

    def refuse(self, column: str, problem: str) -> None:
        self.problems.append(Problem(self.number, column, problem))


@dataclass
class Preview:
    rows: list[Row]
    ignored_columns: list[str]
    fingerprint: str

    @property
    def valid_rows(self) -> list[Row]:
        return [r for r in self.rows if r.valid]

    @property
    def invalid_rows(self) -> list[Row]:
        return [r for r in self.rows if not r.valid]

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]


def read_rows(data: bytes, filename: str | None = None) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """Returns ((row number, cells by column) for each non-empty row, ignored column names); raises FileRefused."""
    if filename is not None and not filename.lower().endswith(".csv"):
        raise FileRefused("Choose a .csv file (in a spreadsheet: File → Save as → CSV UTF-8).")
    if len(data) > MAX_BYTES:
        raise FileRefused(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB; split it into smaller files.")
    if not data.strip():
        raise FileRefused("The file is empty.")
    if b"\x00" in data:
        raise FileRefused("This is not a CSV file (it holds binary data). Save the sheet as CSV UTF-8.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused("The file is not UTF-8 text. In a spreadsheet use File → Save as → CSV UTF-8.") from None
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        raise FileRefused("The file could not be read as CSV (an unclosed quote?).") from None
    if not records:
        raise FileRefused("The file is empty.")
    header = [h.strip().lower() for h in records[0]]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise FileRefused("The first line must name the columns; missing: " + ", ".join(missing)
                          + ". Expected: " + ",".join(COLUMNS) + ".")
    ignored = [h for h in header if h and h not in COLUMNS]
    rows = []
    for index, cells in enumerate(records[1:], start=2):
        if not any(c.strip() for c in cells):
            continue  # spreadsheets leave blank lines at the end
        values = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)
                  if name in COLUMNS}
        if len(cells) > len(header):
            values["__extra__"] = "1"
        rows.append((index, values))
    if not rows:
        raise FileRefused("The file has a header but no patient rows.")
    if len(rows) > MAX_ROWS:
        raise FileRefused(f"The file has {len(rows):,} rows; the limit is {MAX_ROWS:,} per import.")
    return rows, ignored


class _Lookups:
    """What every row is checked against, loaded once per file."""

    def __init__(self, session: Session, clinic: Clinic, numbers: set[str]):
        self.users = {u.email.strip().lower(): u for u in session.exec(select(User)).all()}
        self.plan = session.exec(select(Plan).where(Plan.is_default == True)).first()  # noqa: E712
        self.clinic_zone = ZoneInfo(clinic.timezone)
        self.enrolled: dict[str, int] = {}
        ordered = sorted(numbers)
        for i in range(0, len(ordered), _IN_CHUNK):
            chunk = ordered[i:i + _IN_CHUNK]
            self.enrolled.update(session.exec(select(Patient.phone, Patient.id).where(Patient.phone.in_(chunk))).all())


class _PhoneMemo:
    """normalize_phone with each distinct spelling parsed once per file."""

    def __init__(self):
        self._seen: dict[tuple[str, str], str | PhoneError] = {}

    def __call__(self, raw: str, region: str) -> str:
        key = (raw, region)
        result = self._seen.get(key)
        if result is None:
            try:
                result = normalize_phone(raw, region)
            except PhoneError as exc:
                result = exc
            self._seen[key] = result
        if isinstance(result, PhoneError):
            raise PhoneError(result.reason)
        return result


def _parse_date(row: Row, column: str, value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        row.refuse(column, "is not a date (use YYYY-MM-DD)")
        return None


def _parse_medications(row: Row, value: str) -> list[MedicationInput]:
    medications = []
    for number, item in enumerate((part for part in value.split(";") if part.strip()), start=1):
        name, _, started = item.partition(":")
        started = started.strip()
        if not started:
            row.refuse("medications", f"medication {number} has no start date (write name:YYYY-MM-DD)")
            continue
        try:
            medications.append(MedicationInput(name=name.strip(), started_on=date.fromisoformat(started)))
        except ValueError:
            row.refuse("medications", f"medication {number} has a start date that is not YYYY-MM-DD")
    return medications


def _parse_consent(row: Row, values: dict[str, str], zone: ZoneInfo,
                   now: datetime) -> tuple[datetime | None, str | None]:
    raw, method = values.get("consent_at", ""), values.get("consent_method", "").lower() or None
    if not raw:
        if method:
            row.refuse("consent_at", "is required when consent_method is given")
        return None, method
    try:
        at = datetime.fromisoformat(raw)
    except ValueError:
        row.refuse("consent_at", "is not a date or date and time (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
        return None, method
    if at.tzinfo is None:
        at = at.replace(tzinfo=zone)  # written in the patient's local time
    if at > now:
        row.refuse("consent_at", "is in the future")
    if method is None:
        row.refuse("consent_method", "is required with consent_at: " + ", ".join(CONSENT_METHODS))
    return at, method


def _check_row(number: int, values: dict[str, str], lookups: _Lookups, clinic: Clinic, memo: _PhoneMemo,
               consent_text: str | None, now: datetime) -> Row:
    row = Row(number, values.get("first_name", ""), values.get("last_name", ""), values.get("phone", ""))
    if values.get("__extra__"):
        row.refuse("row", "has more cells than the header has columns")
    try:
        zone = load_zone(values.get("timezone", ""))
    except ScheduleError:
        zone = lookups.clinic_zone  # the time zone problem itself is reported by check_patient
    today = now.astimezone(zone).date()
    email = values.get("prescriber_email", "").lower()
    prescriber = lookups.users.get(email)
    if not email:
        row.refuse("prescriber_email", "is required")
    elif prescriber is None:
        row.refuse("prescriber_email", "is not the email of a prescriber here")
    elif prescriber.role != Role.PRESCRIBER:
        row.refuse("prescriber_email", "belongs to an admin, not a prescriber")
    elif not prescriber.active:
        row.refuse("prescriber_email", "belongs to a deactivated prescriber")
    birth_date = _parse_date(row, "birth_date", values.get("birth_date", ""))
    medications = _parse_medications(row, values.get("medications", ""))
    consent_at, consent_method = _parse_consent(row, values, zone, now)
    data = PatientInput(
        first_name=row.first_name, last_name=row.last_name, phone=row.phone, timezone=values.get("timezone", ""),
        language=values.get("language", "").lower() or "en", prescriber_id=prescriber.id if prescriber else None,
        birth_date=birth_date, consent_at=consent_at, consent_method=consent_method,
        consent_text=consent_text if consent_at else None, medications=medications,
    )
    cleaned, errors = check_patient(data, clinic, phone_owner=lookups.enrolled.get, prescriber=prescriber,
                                    plan=lookups.plan, today=today, normalize=memo)
    if "phone" in cleaned:
        row.phone = cleaned["phone"]
    said = {p.field for p in row.problems}
    for key, message in errors.items():
        column = _FIELD_COLUMN.get(key, key)
        if column in said and column != "medications":
            continue  # already said more precisely above
        if key.startswith("medications["):
            index = int(key[len("medications["):key.index("]")])
            column, message = "medications", f"medication {index + 1}: {key.rsplit('.', 1)[1]} {message}"
        if column == "plan":
            message = "no default check-in plan is set up (Admin → Plans)"
        if column == "timezone" and not values.get("timezone"):
            message = "is required"
        row.refuse(column, message)
    row.cleaned, row.medications = cleaned, medications
    return row


def _column_order(problem: Problem) -> int:
    return COLUMNS.index(problem.field) if problem.field in COLUMNS else len(COLUMNS)


def _fingerprint(rows: list[Row], ignored: list[str]) -> str:
    digest = hashlib.sha256(repr(ignored).encode())
    for row in rows:
        digest.update(repr((row.number, [(p.field, p.problem) for p in row.problems],
                            sorted(row.cleaned.items()) if row.valid else None,
                            [(m.name, m.started_on) for m in row.medications])).encode())
    return digest.hexdigest()


def preview(session: Session, data: bytes, clinic: Clinic, *, now: datetime, consent_text: str | None = None,
            filename: str | None = None) -> Preview:
    """Checks every row of the file and returns the report; saves nothing. Raises FileRefused for an unusable file."""
    records, ignored = read_rows(data, filename)
    memo = _PhoneMemo()
    numbers = set()
    for _number, values in records:
        try:
            numbers.add(memo(values.get("phone", ""), clinic.default_region))
        except PhoneError:
            pass
    lookups = _Lookups(session, clinic, numbers)
    consent_text = (consent_text or "").strip() or None
    rows = [_check_row(number, values, lookups, clinic, memo, consent_text, now) for number, values in records]
    # The same number twice in one file: nobody can tell which row is right, so neither is imported.
    by_phone: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.cleaned and "phone" in row.cleaned and not any(p.field == "phone" for p in row.problems):
            by_phone[row.cleaned["phone"]].append(row)
    for same in by_phone.values():
        if len(same) > 1:
            for row in same:
                others = [str(r.number) for r in same if r is not row]
                row.refuse("phone", f"is also on row{'s' if len(others) > 1 else ''} {', '.join(others)} of this file")
    for row in rows:
        row.problems.sort(key=_column_order)
    return Preview(rows, ignored, _fingerprint(rows, ignored))


def save(session: Session, data: bytes, clinic: Clinic, *, expected: str, recorded_by: User | None, now: datetime,
         consent_text: str | None = None) -> tuple[Preview, list[tuple[Row, int]] | None]:
    """Checks the file again and, if the outcome is exactly the previewed one (`expected` fingerprint), adds every
    valid row in the caller's transaction. Returns (the new preview, each saved row with its patient id), or
    (the new preview, None) when something changed since: then nothing is saved."""
    current = preview(session, data, clinic, now=now, consent_text=consent_text)
    if current.fingerprint != expected:
        return current, None
    valid = current.valid_rows
    patients = enroll_checked(session, [(r.cleaned, r.medications) for r in valid], _plans(session, valid),
                              recorded_by=recorded_by, now=now)
    return current, list(zip(valid, patients))


def _plans(session: Session, rows: list[Row]) -> dict[int, Plan]:
    return {plan_id: session.get(Plan, plan_id) for plan_id in {r.cleaned["plan_id"] for r in rows}}


def inert(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (CSV injection)."""
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


def error_report(result: Preview) -> str:
    """The problems as CSV: row, field, problem; every cell inert."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(REPORT_COLUMNS)
    for p in result.problems:
        writer.writerow([str(p.row), inert(p.field), inert(p.problem)])
    return buffer.getvalue()
