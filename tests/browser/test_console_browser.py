"""The admin console and the simulator in headless Chromium: enrolling, importing, editing a text, a whole check-in.

Refused forms answer 422, which Chromium reports on its console ("Failed to load
resource"); each test allows exactly those, for the form it posted, and nothing else.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from playwright.sync_api import Page, expect
from rq import SimpleWorker
from sqlmodel import Session, select

from checkins import services as services_module
from checkins.db import transaction
from checkins.models import (
    Checkin,
    CheckinStatus,
    Direction,
    Escalation,
    Level,
    Medication,
    Message,
    MessageStatus,
    Patient,
    SmsTemplate,
    utcnow,
)
from checkins.services import QUEUES
from tests.support.factories import PASSWORD, make_patient

pytestmark = pytest.mark.browser

CRISIS = "i want to kill myself"


def sign_in(page: Page, email: str = "alice@example.org") -> None:
    """Signs in through the form; everyone lands on the inbox."""
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()


def unexpected(problems, *refused_paths: str) -> list[str]:
    """What the page reported besides the 422 answers to the given form posts."""
    allowed = [re.compile(rf"status of 422 .*{re.escape(path)}\)$") for path in refused_paths]
    return [p for p in problems.all() if not any(pattern.search(p) for pattern in allowed)]


def field_of(page: Page, name: str):
    """The form field wrapper (label, input, hint, error) of input `name`."""
    return page.locator("div.field").filter(has=page.locator(f"#f-{name}"))


# -- enrolling a patient --------------------------------------------------------------------------------------

def test_a_bad_phone_is_refused_in_place_keeping_what_was_typed_then_enrolling_shows_the_schedule(
        page, services, people, problems):
    sign_in(page)
    page.get_by_role("link", name="Patients").first.click()
    page.get_by_role("link", name="Enroll a patient").click()
    expect(page.get_by_role("heading", name="Enroll a patient")).to_be_visible()

    clinic_zone = ZoneInfo(people["clinic"].timezone)
    consented = (datetime.now(clinic_zone) - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    page.get_by_label("First name").fill("Maya")
    page.get_by_label("Last name").fill("Johnson")
    page.get_by_label("Time zone").fill("America/Chicago")
    page.get_by_label("Prescriber").select_option(label="Dr. Bob Baker")
    page.get_by_label(re.compile(r"^When \(clinic time")).fill(consented)
    page.get_by_label("How").select_option("written")
    page.get_by_label("The wording the patient agreed to").fill("I agree to receive check-in texts.")
    page.get_by_label("Medication (generic name)").fill("sertraline")
    page.get_by_label("Dose").fill("50 mg")
    started = (datetime.now(clinic_zone) - timedelta(days=10)).date().isoformat()
    page.get_by_label("Started or last changed on").fill(started)

    phone = page.get_by_label("Mobile phone")
    for bad, reason in (("12", "has the wrong number of digits"),
                        ("+44 20 7183 8750", "is a landline and cannot receive texts")):
        phone.fill(bad)
        page.locator("#enroll").click()
        # The error sits in the phone's own field, tied to the input; it is the only one on the page.
        error = field_of(page, "phone").locator("#phone-error")
        expect(error).to_have_text(reason)
        expect(field_of(page, "phone")).to_have_class(re.compile(r"\binvalid\b"))
        expect(phone).to_have_attribute("aria-describedby", "phone-error")
        expect(phone).to_have_attribute("aria-invalid", "true")
        expect(page.locator("p.error")).to_have_count(1)
        # Everything typed is still there, the refused number included.
        expect(phone).to_have_value(bad)
        expect(page.get_by_label("First name")).to_have_value("Maya")
        expect(page.get_by_label("Last name")).to_have_value("Johnson")
        expect(page.get_by_label("Time zone")).to_have_value("America/Chicago")
        expect(page.get_by_label("Prescriber")).to_have_value(str(people["bob"].id))
        expect(page.get_by_label(re.compile(r"^When \(clinic time"))).to_have_value(consented)
        expect(page.get_by_label("How")).to_have_value("written")
        expect(page.get_by_label("The wording the patient agreed to")).to_have_value(
            "I agree to receive check-in texts.")
        expect(page.get_by_label("Dose")).to_have_value("50 mg")
        expect(page.get_by_label("Started or last changed on")).to_have_value(started)
        with Session(services.engine) as session:
            assert session.exec(select(Patient)).all() == [] and session.exec(select(Medication)).all() == []

    phone.fill("(202) 555-0111")
    page.locator("#enroll").click()
    expect(page.locator(".flash.ok")).to_have_text("Patient enrolled.")
    expect(page.get_by_role("heading", name=re.compile(r"^Maya Johnson #\d+"))).to_be_visible()
    with Session(services.engine) as session:
        [patient] = session.exec(select(Patient)).all()
    expect(page).to_have_url(re.compile(rf"/admin/patients/{patient.id}$"))
    assert patient.phone == "+12025550111" and patient.prescriber_id == people["bob"].id
    assert patient.consent_recorded_by_id == people["alice"].id
    upcoming = page.locator("#upcoming")
    expect(upcoming.locator("thead")).to_contain_text("Patient's time (America/Chicago)")
    expect(upcoming.locator("tbody tr")).to_have_count(5)
    expect(upcoming.locator("tbody tr").first).to_contain_text(
        patient.next_checkin_at.astimezone(ZoneInfo("America/Chicago")).strftime("%a %-d %b %Y, %H:%M"))
    expect(page.locator("#medications")).to_contain_text("sertraline 50 mg")
    expect(page.locator(".patient-header")).to_contain_text("•" * 9 + "11")  # the number, masked
    assert unexpected(problems, "/admin/patients/new") == []


# -- importing a CSV ------------------------------------------------------------------------------------------

HEADER = ("first_name,last_name,phone,timezone,language,prescriber_email,birth_date,medications,consent_at,"
          "consent_method")
MIXED = "\n".join([
    HEADER,
    "Maya,Johnson,(202) 555-0111,America/New_York,en,bob@example.org,1990-05-01,sertraline:2026-01-20,2026-01-05,"
    "written",
    "Luis,García,202-555-0112,America/Chicago,es,carol@example.org,,,,",
    "Ann,Short,12,America/New_York,en,bob@example.org,,,,",
    "Zed,Zone,202-555-0115,Mars/Olympus,en,bob@example.org,,,,",
    "Pat,Nobody,202-555-0116,America/New_York,en,nobody@example.org,,,,",
    "Dup,One,202-555-0117,America/New_York,en,bob@example.org,,,,",
    "Dup,Two,+1 202 555 0117,America/New_York,en,bob@example.org,,,,",
    "Old,Again,202-555-0150,America/New_York,en,bob@example.org,,,,",
    "",
]).encode()
PROBLEMS = [
    ("4", "Ann Short", "phone", "has the wrong number of digits"),
    ("5", "Zed Zone", "timezone", "unknown time zone 'Mars/Olympus'"),
    ("6", "Pat Nobody", "prescriber_email", "is not the email of a prescriber here"),
    ("7", "Dup One", "phone", "is also on row 8 of this file"),
    ("8", "Dup Two", "phone", "is also on row 7 of this file"),
    ("9", "Old Again", "phone", "belongs to another patient"),
]


def test_a_csv_with_mixed_rows_is_previewed_row_by_row_and_only_the_valid_rows_are_imported(
        page, services, people, problems):
    with transaction(services.engine) as session:
        make_patient(session, people["bob"], now=utcnow(), first_name="Old", last_name="Timer", phone="+12025550150")
    sign_in(page)
    page.goto("/admin/import")
    page.get_by_label("CSV file").set_input_files(
        files=[{"name": "patients.csv", "mimeType": "text/csv", "buffer": MIXED}])
    page.get_by_label(re.compile("^Consent wording")).fill("I agree to receive check-in texts.")
    page.get_by_role("button", name="Check the file").click()

    expect(page.get_by_role("heading", name="Import preview")).to_be_visible()
    expect(page.locator("#summary")).to_have_text(
        "8 row(s): 2 ready to import, 6 with problems (not imported).")
    rows = page.locator("table.import-problems tbody tr")
    expect(rows).to_have_count(len(PROBLEMS))
    for index, expected in enumerate(PROBLEMS):
        expect(rows.nth(index).locator("td")).to_have_text(list(expected))
    valid = page.locator("table.import-valid tbody tr")
    expect(valid).to_have_count(2)
    expect(valid.nth(0)).to_contain_text("Maya Johnson")
    expect(valid.nth(0)).to_contain_text("+12025550111")
    expect(valid.nth(0)).to_contain_text("written")
    expect(valid.nth(1)).to_contain_text("Luis García")
    expect(valid.nth(1)).to_contain_text("none: will not be texted")
    with Session(services.engine) as session:
        assert len(session.exec(select(Patient)).all()) == 1  # the preview saved nothing

    with page.expect_download() as download_info:
        page.locator("#error-report").click()
    download = download_info.value
    assert download.suggested_filename == "import-problems.csv"
    report = open(download.path(), encoding="utf-8").read().splitlines()
    assert report == ["row,field,problem"] + [f"{row},{column},{problem}" for row, _name, column, problem in PROBLEMS]

    confirm = page.get_by_role("button", name="Import the 2 valid row(s)")
    expect(confirm).to_be_enabled()
    confirm.click()
    expect(page.get_by_role("heading", name=re.compile(r"^Patients"))).to_be_visible()
    expect(page.locator(".flash.ok")).to_have_text(
        "Imported 2 patient(s). 6 row(s) with problems were not imported.")
    listed = page.locator("table.patients tbody tr")
    expect(listed).to_have_count(3)
    expect(page.locator("table.patients")).to_contain_text("García, Luis")
    expect(page.locator("table.patients")).to_contain_text("Johnson, Maya")
    with Session(services.engine) as session:
        patients = {p.first_name: p for p in session.exec(select(Patient)).all()}
    assert sorted(patients) == ["Luis", "Maya", "Old"]
    assert patients["Maya"].phone == "+12025550111" and patients["Maya"].consent_method == "written"
    assert patients["Maya"].consent_text == "I agree to receive check-in texts."
    assert patients["Luis"].prescriber_id == people["carol"].id and patients["Luis"].consent_at is None
    assert problems.all() == []


# -- editing a text -------------------------------------------------------------------------------------------

MOOD = "Hi {first_name}, how has your mood been this week? Reply with a number from 1 (low) to 5 (great)."


def test_editing_a_text_previews_it_live_with_its_cost_and_saving_names_a_bad_placeholder(
        page, services, people, problems):
    sign_in(page)
    page.get_by_role("link", name="Texts").first.click()
    page.locator("#text-mood-en").get_by_role("link", name="Edit").click()
    expect(page.get_by_role("heading", name=re.compile("^Question: mood"))).to_be_visible()
    body, shown, cost = page.get_by_label("Wording"), page.locator("#preview-body"), page.locator("#preview-cost")
    expect(shown).to_contain_text("Hi Alex, this is your check-in from Test Clinic.")  # the default, on load
    expect(cost).to_have_text(re.compile(r"^GSM-7, 1 segment · \d+ septets$"))

    body.fill(MOOD)
    rendered = MOOD.format(first_name="Alex")
    expect(shown).to_have_text(rendered)
    expect(cost).to_have_text(f"GSM-7, 1 segment · {len(rendered)} septets")
    expect(cost).not_to_have_class(re.compile(r"\bcostly\b"))

    # One emoji switches the whole text to UCS-2 (70 per segment): the same words now take two segments.
    body.press("End")
    body.press_sequentially(" 🙂")
    expect(shown).to_have_text(rendered + " 🙂")
    expect(cost).to_have_text(f"UCS-2, 2 segments · {len(rendered) + 3} characters (UTF-16)")
    expect(cost).to_have_class(re.compile(r"\bcostly\b"))

    # An unknown placeholder is named while typing, and again when saving; what was typed is kept.
    typo = "Hi {first_name}, how is {pet_name}? Reply 1-5."
    body.fill(typo)
    error = page.locator("#body-error")
    expect(error).to_contain_text("unknown placeholder {pet_name}")
    expect(shown).to_have_text("Cannot be rendered until the error is fixed.")
    page.get_by_role("button", name="Save text").click()
    expect(page.get_by_role("heading", name=re.compile("^Question: mood"))).to_be_visible()
    expect(error).to_be_visible()
    expect(error).to_contain_text("unknown placeholder {pet_name}")
    expect(body).to_have_value(typo)
    expect(body).to_have_attribute("aria-invalid", "true")
    with Session(services.engine) as session:
        assert session.exec(select(SmsTemplate)).all() == []

    body.fill(MOOD)
    expect(error).to_be_hidden()
    expect(shown).to_have_text(rendered)
    page.get_by_role("button", name="Save text").click()
    expect(page.locator(".flash.ok")).to_have_text("Text saved; it is used from the next text sent.")
    row = page.locator("#text-mood-en")
    expect(row).to_contain_text(MOOD)
    expect(row).to_contain_text("clinic wording")
    with Session(services.engine) as session:
        [saved] = session.exec(select(SmsTemplate)).all()
    assert (saved.kind, saved.language, saved.body) == ("mood", "en", MOOD)
    assert unexpected(problems, "/admin/templates/mood/en") == []


# -- the simulator --------------------------------------------------------------------------------------------

def daytime_zone() -> str:
    """A time zone where it is now mid-afternoon-ish, far from quiet hours, so "send check-in now" goes out."""
    now = datetime.now(ZoneInfo("UTC"))
    return next(zone for zone in sorted(available_timezones())
                if zone.startswith(("America/", "Europe/", "Asia/", "Australia/", "Pacific/"))
                and 11 <= now.astimezone(ZoneInfo(zone)).hour < 17)


def run_workers(server) -> None:
    """What the worker processes do with queued texts: one burst of the app's queues, here."""
    services = server.app.extensions["checkins"]
    services_module.install(services)
    SimpleWorker([services.queue(q) for q in QUEUES], connection=services.redis).work(burst=True)


def phone_texts(page: Page, direction: str):
    """Bubbles on the simulated phone: 'inbound' are the clinic's texts, 'outbound' the patient's replies."""
    return page.locator(f"#phone-screen li.msg.{direction} .bubble")


class TestSimulator:
    @pytest.fixture
    def live_server(self, simulator_live_server):
        return simulator_live_server

    def test_a_whole_check_in_on_the_simulated_phone_ends_in_the_prescribers_inbox(
            self, page, live_server, services, people, problems):
        with transaction(services.engine) as session:
            maya = make_patient(session, people["bob"], now=utcnow(), first_name="Maya", last_name="Rivera",
                                timezone=daytime_zone())
        sign_in(page)
        page.goto(f"/admin/patients/{maya.id}")
        page.get_by_role("button", name="Send check-in now").click()
        expect(page.locator(".flash.ok")).to_have_text("Check-in queued: the first question goes out now.")
        run_workers(live_server)

        page.get_by_role("link", name="Simulator").click()
        page.get_by_role("link", name="Maya Rivera").click()
        expect(page.get_by_role("region", name="Maya's phone")).to_be_visible()
        expect(page.locator("#waiting")).to_have_count(0)
        expect(phone_texts(page, "inbound")).to_have_count(1)
        expect(phone_texts(page, "inbound").last).to_contain_text(
            "Hi Maya, this is your check-in from Test Clinic. How has your mood been this week")

        reply = page.get_by_label("Reply as Maya")
        reply.fill("4")
        page.get_by_role("button", name="Send").click()
        expect(phone_texts(page, "outbound")).to_have_text(["4"])
        expect(phone_texts(page, "inbound")).to_have_count(2)
        expect(phone_texts(page, "inbound").last).to_contain_text("Any side effects from your medication")

        reply.fill(CRISIS)
        page.get_by_role("button", name="Send").click()
        expect(phone_texts(page, "outbound")).to_have_text(["4", CRISIS])
        expect(phone_texts(page, "inbound")).to_have_count(3)
        crisis = phone_texts(page, "inbound").last
        expect(crisis).to_contain_text("call or text 988")
        expect(crisis).to_contain_text("call 911")
        expect(crisis).to_contain_text("Your care team has been alerted.")
        with Session(services.engine) as session:
            [escalation] = session.exec(select(Escalation)).all()
            [checkin] = session.exec(select(Checkin)).all()
            replies = session.exec(select(Message).where(Message.direction == Direction.INBOUND)).all()
        assert escalation.patient_id == maya.id and escalation.level == Level.URGENT
        assert checkin.status == CheckinStatus.PARTIAL and checkin.question_index == len(checkin.questions)
        assert [m.body for m in replies] == ["4", CRISIS]
        assert all(m.status == MessageStatus.RECEIVED for m in replies)
        assert problems.all() == []

        page.get_by_role("button", name="Sign out").click()
        sign_in(page, "bob@example.org")
        row = page.locator("#rows tr[data-escalation]").filter(has_text="Maya Rivera")
        expect(row).to_have_count(1)
        expect(row).to_have_class(re.compile(r"\blevel-urgent\b"))
        expect(row.locator("td.words mark")).to_have_text("kill myself")
        expect(page.locator('#counts [data-level="urgent"]')).to_have_text("1")
        assert problems.all() == []


# -- what the console pages load ------------------------------------------------------------------------------

CONSOLE_PAGES = ("/admin/patients", "/admin/patients/new", "/admin/import", "/admin/users", "/admin/covers",
                 "/admin/plans", "/admin/templates", "/admin/templates/crisis/es", "/admin/settings", "/admin/try",
                 "/admin/delivery")


def test_the_console_pages_load_their_assets_without_console_errors_or_csp_violations(
        page, services, people, problems):
    with transaction(services.engine) as session:
        maya = make_patient(session, people["bob"], now=utcnow(), first_name="Maya",
                            medications=(("lithium", utcnow().date() - timedelta(days=3)),))
    sign_in(page)
    loaded = []
    page.on("response", lambda r: loaded.append((r.url, r.status)) if "/static/" in r.url else None)
    for path in (*CONSOLE_PAGES, f"/admin/patients/{maya.id}", f"/admin/patients/{maya.id}/edit",
                 f"/admin/plans/{people['plan'].id}"):
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        expect(page.locator("header.top")).to_have_css("display", "flex")  # app.css applied
        expect(page.locator("main h1").first).to_be_visible()
    # The text editor's script ran: its first preview came back and was shown.
    page.goto("/admin/templates/crisis/es")
    expect(page.locator("#preview-cost")).to_have_text(re.compile(r"^(GSM-7|UCS-2), \d+ segments? · "))
    page.wait_for_load_state("networkidle")
    assert {url.rsplit("/", 1)[1] for url, status in loaded if status in (200, 304)} >= {"app.css",
                                                                                         "admin_clinic.js"}
    assert problems.all() == []
