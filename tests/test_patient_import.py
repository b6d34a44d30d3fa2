"""CSV import of patients: the row-by-row report, saving only valid rows at once, the error report, refused files."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from sqlmodel import Session, select

from checkins import patient_import
from checkins.db import transaction
from checkins.models import AuditEvent, Medication, Patient
from checkins.patients import MedicationInput, PatientInput, check_patient, validate_patient
from checkins.validation import ValidationError
from tests.conftest import NOW
from tests.support.factories import make_patient
from tests.support.web import csrf_token, sign_in

HEADER = ("first_name,last_name,phone,timezone,language,prescriber_email,birth_date,medications,consent_at,"
          "consent_method")
MIXED = "\n".join([
    HEADER,
    "Maya,Johnson,(202) 555-0111,America/New_York,en,bob@example.org,1990-05-01,sertraline:2026-01-20,2026-01-05,"
    "written",
    "Luis,García,202-555-0112,America/Chicago,ES,Carol@Example.org,,,,",
    "Ann,Short,12,America/New_York,en,bob@example.org,,,,",
    "Lee,Land,+44 20 7183 8750,Europe/London,en,bob@example.org,,,,",
    "Zed,Zone,202-555-0115,Mars/Olympus,en,bob@example.org,,,,",
    "Pat,Nobody,202-555-0116,America/New_York,en,nobody@example.org,,,,",
    "Dup,One,202-555-0117,America/New_York,en,bob@example.org,,,,",
    "Dup,Two,+1 202 555 0117,America/New_York,en,bob@example.org,,,,",
    "Old,Timer,202-555-0150,America/New_York,en,bob@example.org,,,,",
    "Bad,Dates,202-555-0118,America/New_York,en,bob@example.org,05/01/1990,lithium:yesterday,,",
    ",Blank,202-555-0119,,en,bob@example.org,,,2026-01-05,",
    "",
]).encode()
EXPECTED = [
    (4, "phone", "has the wrong number of digits"),
    (5, "phone", "is a landline and cannot receive texts"),
    (6, "timezone", "unknown time zone 'Mars/Olympus'"),
    (7, "prescriber_email", "is not the email of a prescriber here"),
    (8, "phone", "is also on row 9 of this file"),
    (9, "phone", "is also on row 8 of this file"),
    (10, "phone", "belongs to another patient"),
    (11, "birth_date", "is not a date (use YYYY-MM-DD)"),
    (11, "medications", "medication 1 has a start date that is not YYYY-MM-DD"),
    (12, "first_name", "is required"),
    (12, "timezone", "is required"),
    (12, "consent_method", "is required with consent_at: written, verbal, electronic, sms_keyword"),
]
WORDING = "I agree to receive check-in texts. Reply STOP to opt out."


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def enrolled(engine, people):
    """Bob's patient already holding +1 202 555 0150."""
    with transaction(engine) as session:
        return make_patient(session, people["bob"], now=NOW, phone="+12025550150", first_name="Old")


def _preview(engine, people, data=MIXED):
    with transaction(engine) as session:
        return patient_import.preview(session, data, people["clinic"], now=NOW, consent_text=WORDING)


def test_the_preview_reports_each_problem_by_row_and_column(engine, people, enrolled):
    result = _preview(engine, people)
    assert [(p.row, p.field, p.problem) for p in result.problems] == EXPECTED
    assert [r.number for r in result.valid_rows] == [2, 3]
    maya, luis = result.valid_rows
    assert maya.phone == "+12025550111" and maya.cleaned["consent_at"] == datetime(2026, 1, 5, 5, 0, tzinfo=UTC)
    assert luis.cleaned["language"] == "es" and luis.cleaned["prescriber_id"] == people["carol"].id
    assert luis.cleaned["consent_at"] is None and luis.cleaned["consent_text"] is None
    with Session(engine) as session:
        assert len(session.exec(select(Patient)).all()) == 1  # the preview saved nothing


def test_the_preview_does_not_query_per_row(engine, people, enrolled):
    from sqlalchemy import event

    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    rows = [f"P{i},Row,+1202556{i:04d},America/New_York,en,bob@example.org,,,," for i in range(1500)]
    data = "\n".join([HEADER, *rows]).encode()
    event.listen(engine, "before_cursor_execute", listener)
    try:
        result = _preview(engine, people, data)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len(result.valid_rows) == 1500
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 4  # users, plan, 2 chunks


def test_confirming_saves_only_the_valid_rows(engine, people, enrolled, clock):
    fingerprint = _preview(engine, people).fingerprint
    with transaction(engine) as session:
        result, saved = patient_import.save(session, MIXED, people["clinic"], expected=fingerprint,
                                            recorded_by=people["alice"], now=NOW, consent_text=WORDING)
    assert [row.number for row, _patient in saved] == [2, 3]
    with Session(engine) as session:
        patients = {p.first_name: p for p in session.exec(select(Patient)).all()}
        assert sorted(patients) == ["Luis", "Maya", "Old"]
        maya, luis = patients["Maya"], patients["Luis"]
        assert maya.phone == "+12025550111" and maya.birth_date == date(1990, 5, 1)
        assert maya.consent_recorded_by_id == people["alice"].id and maya.consent_text == WORDING
        assert maya.consent_method == "written" and maya.medication_changed_on == date(2026, 1, 20)
        assert session.exec(select(Medication.name).where(Medication.patient_id == maya.id)).all() == ["sertraline"]
        # Within four weeks of a start the plan adds Thursdays: Thursday 10:00 New York.
        assert maya.next_checkin_at == datetime(2026, 2, 5, 15, 0, tzinfo=UTC)
        assert luis.consent_at is None and luis.next_checkin_at is None  # never texted without consent


def test_when_something_changed_since_the_preview_nothing_is_saved(engine, people, enrolled):
    fingerprint = _preview(engine, people).fingerprint
    with transaction(engine) as session:  # meanwhile someone enrolls Luis's number
        make_patient(session, people["carol"], now=NOW, phone="+12025550112", first_name="Meanwhile")
    with transaction(engine) as session:
        result, saved = patient_import.save(session, MIXED, people["clinic"], expected=fingerprint,
                                            recorded_by=people["alice"], now=NOW, consent_text=WORDING)
    assert saved is None
    assert (3, "phone", "belongs to another patient") in [(p.row, p.field, p.problem) for p in result.problems]
    with Session(engine) as session:
        assert sorted(p.first_name for p in session.exec(select(Patient)).all()) == ["Meanwhile", "Old"]


def test_the_error_report_lists_row_field_problem_with_cells_made_inert(engine, people, enrolled):
    report = patient_import.error_report(_preview(engine, people))
    lines = list(csv.reader(io.StringIO(report)))
    assert lines[0] == ["row", "field", "problem"]
    assert [tuple(line) for line in lines[1:]] == [(str(r), f, p) for r, f, p in EXPECTED]
    assert patient_import.inert("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert [patient_import.inert(c) for c in ("+1", "-1", "@SUM(A1)", "ok")] == ["'+1", "'-1", "'@SUM(A1)", "ok"]


@pytest.mark.parametrize("data, filename, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.csv", "binary data"),
    (b"PK\x03\x04\x14\x00\x06\x00", "sheet.xlsx", "Choose a .csv file"),
    ("first_name,last_name\nMaya,Johnson\n".encode("utf-16"), "utf16.csv", "binary data"),
    (b"first_name;last_name\n\xe9\n", "latin.csv", "not UTF-8"),
    (b"first_name,last_name\nMaya,Johnson\n", "partial.csv", "missing: phone, timezone, prescriber_email"),
    (HEADER.encode() + b"\n\n", "empty.csv", "no patient rows"),
    (b"x" * (patient_import.MAX_BYTES + 1), "big.csv", "larger than 5 MB"),
], ids=["png", "xlsx", "utf16", "latin1", "columns", "no-rows", "too-large"])
def test_unusable_files_are_refused_with_the_reason(data, filename, message):
    with pytest.raises(patient_import.FileRefused, match=message):
        patient_import.read_rows(data, filename)


@pytest.mark.parametrize("overrides, refused", [
    ({}, set()), ({"phone": "+44 20 7183 8750"}, {"phone"}), ({"phone": "12"}, {"phone"}),
    ({"timezone": "Mars/Olympus"}, {"timezone"}), ({"first_name": " "}, {"first_name"}),
    ({"language": "fr"}, {"language"}), ({"consent_method": "telepathy"}, {"consent_method"}),
    ({"birth_date": date(2999, 1, 1)}, {"birth_date"}),
    ({"medications": [MedicationInput("lithium", None), MedicationInput(" ", date(2026, 1, 1))]},
     {"medications[0].started_on", "medications[1].name"}),
    ({"phone": "+12025550150"}, {"phone"}),
], ids=["valid", "landline", "short", "zone", "blank-name", "language", "consent", "birth", "meds", "taken"])
def test_the_import_checks_refuse_what_enrolling_refuses(engine, people, enrolled, overrides, refused):
    """Preloaded lookups (the import's) and per-row queries (enrolling's) refuse the same fields."""
    values = dict(first_name="Maya", last_name="Johnson", phone="(202) 555-0111", timezone="America/New_York",
                  language="en", prescriber_id=people["bob"].id, consent_at=NOW - timedelta(days=1),
                  consent_method="written", medications=[MedicationInput("sertraline", date(2026, 1, 20))])
    data = PatientInput(**{**values, **overrides})
    with Session(engine) as session:
        try:
            validate_patient(session, data, people["clinic"])
            enrolling = set()
        except ValidationError as error:
            enrolling = set(error.errors)
        owners = dict(session.exec(select(Patient.phone, Patient.id)).all())
        _cleaned, errors = check_patient(data, people["clinic"], phone_owner=owners.get, prescriber=people["bob"],
                                         plan=people["plan"], today=date.today())
    assert set(errors) == enrolling == refused


# -- over HTTP ------------------------------------------------------------------------------------------------

def _upload(client, data: bytes, filename: str = "patients.csv", consent_text: str = WORDING):
    return client.post("/admin/import", data={"csrf_token": csrf_token(client, "/inbox"), "consent_text": consent_text,
                                              "file": (io.BytesIO(data), filename)},
                       content_type="multipart/form-data")


def test_upload_preview_confirm_over_http(client, services, people, enrolled, clock):
    sign_in(client, "alice@example.org")
    response = _upload(client, MIXED)
    assert response.status_code == 302
    preview_url = response.location
    html = client.get(preview_url).get_data(as_text=True)
    assert 'id="valid-count">2<' in html and 'id="invalid-count">9<' in html
    assert "is a landline and cannot receive texts" in html and 'data-row="10"' in html
    with Session(services.engine) as session:
        assert len(session.exec(select(Patient)).all()) == 1
    report = client.get(preview_url + "/errors.csv")
    assert report.headers["Content-Disposition"] == "attachment; filename=import-problems.csv"
    assert report.get_data(as_text=True).splitlines()[1] == "4,phone,has the wrong number of digits"
    fingerprint = html.split('name="fingerprint" value="')[1].split('"')[0]
    token = csrf_token(client, "/inbox")
    response = client.post(preview_url + "/confirm", data={"csrf_token": token, "fingerprint": fingerprint})
    assert response.status_code == 302 and response.location == "/admin/patients"
    with Session(services.engine) as session:
        assert sorted(p.first_name for p in session.exec(select(Patient)).all()) == ["Luis", "Maya", "Old"]
        actions = [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.id)).all()]
    assert actions.count("patient.import") == 2 and "import.confirm" in actions and "import.upload" in actions
    # The file is gone once imported.
    assert client.get(preview_url).status_code == 302


def test_a_stale_confirm_saves_nothing_and_shows_the_new_preview(client, services, people, enrolled, clock):
    sign_in(client, "alice@example.org")
    preview_url = _upload(client, MIXED).location
    html = client.get(preview_url).get_data(as_text=True)
    fingerprint = html.split('name="fingerprint" value="')[1].split('"')[0]
    with transaction(services.engine) as session:
        make_patient(session, people["carol"], now=NOW, phone="+12025550111", first_name="Meanwhile")
    response = client.post(preview_url + "/confirm", data={"csrf_token": csrf_token(client, "/inbox"),
                                                            "fingerprint": fingerprint})
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert 'id="notice"' in html and 'id="valid-count">1<' in html
    with Session(services.engine) as session:
        assert sorted(p.first_name for p in session.exec(select(Patient)).all()) == ["Meanwhile", "Old"]


def test_another_admins_upload_token_is_not_usable(client, services, people, enrolled, clock):
    sign_in(client, "alice@example.org")
    preview_url = _upload(client, MIXED).location
    with transaction(services.engine) as session:
        from checkins.models import Role, User
        from checkins.passwords import hash_password
        from tests.support.factories import PASSWORD
        session.add(User(email="dana@example.org", name="Dana Admin", role=Role.ADMIN,
                         password_hash=hash_password(PASSWORD)))
    sign_in(client, "dana@example.org")
    assert client.get(preview_url).status_code == 302  # treated as expired: nothing shown


@pytest.mark.parametrize("data, filename, status, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.png", 422, "Choose a .csv file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.csv", 422, "binary data"),
    (HEADER.encode() + b"\n" + b"a" * (patient_import.MAX_BYTES), "big.csv", 422, "larger than 5 MB"),
    (b"a" * (7 * 1024 * 1024), "huge.csv", 413, "larger than 5 MB"),
], ids=["not-csv", "binary", "over-5mb", "over-the-request-limit"])
def test_unusable_uploads_are_refused_over_http(client, services, people, data, filename, status, message):
    sign_in(client, "alice@example.org")
    token = csrf_token(client, "/inbox")
    response = client.post("/admin/import", data={"csrf_token": token, "file": (io.BytesIO(data), filename)},
                           content_type="multipart/form-data")
    assert response.status_code == status
    assert message in response.get_data(as_text=True)
    assert services.redis.keys("checkins:import:*") == []
