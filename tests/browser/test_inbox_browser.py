"""The prescriber's inbox in headless Chromium: sign in, a crisis arrives, open, acknowledge, resolve, reply."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect
from sqlmodel import Session, select

from checkins import actions
from checkins.db import transaction
from checkins.inbound import simulated_sms
from checkins.models import Escalation, EscalationStatus, Message, Purpose, Reading, utcnow
from checkins.notify import take_in
from tests.support.factories import PASSWORD, make_patient

pytestmark = pytest.mark.browser

CRISIS = "i want to kill myself"
HOSTILE = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> my head hurts'


def receive(services, phone: str, body: str, *, days_ago: int = 0) -> int:
    """A patient's text through the real inbound path; backdated (text and reading) when `days_ago`."""
    result = take_in(services, simulated_sms(phone, body))
    if days_ago:
        at = utcnow() - timedelta(days=days_ago)
        with transaction(services.engine) as session:
            session.get(Message, result.message_id).created_at = at
            reading = session.get(Reading, result.message_id)
            if reading is not None:
                reading.created_at = at
    return result.message_id


def escalation_of(services, patient) -> Escalation:
    with Session(services.engine) as session:
        return session.exec(select(Escalation).where(Escalation.patient_id == patient.id)).one()


@pytest.fixture
def scene(services, people):
    """Bob's patients: Maya (on lamotrigine, two earlier good mood answers, nothing open) and Ann (a question)."""
    now = utcnow()
    with transaction(services.engine) as session:
        maya = make_patient(session, people["bob"], now=now, first_name="Maya",
                            medications=(("lamotrigine", (now - timedelta(days=30)).date()),))
        ann = make_patient(session, people["bob"], now=now, first_name="Ann")
    receive(services, maya.phone, "mood 4", days_ago=21)
    receive(services, maya.phone, "mood 5", days_ago=7)
    receive(services, ann.phone, "can i take ibuprofen with it?")
    return {"maya": maya, "ann": ann}


def sign_in(page: Page, email: str = "bob@example.org", password: str = PASSWORD) -> None:
    """Signs in through the form and lands on the inbox."""
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()


def open_inbox(page: Page) -> None:
    """Opens the inbox and waits for its first poll, which sets the baseline later changes are seen against."""
    with page.expect_response(lambda r: r.url.endswith("/inbox/poll.json") and r.ok):
        page.goto("/inbox")


def count(page: Page, level: str):
    return page.locator(f'#counts [data-level="{level}"]')


def row_of(page: Page, patient):
    return page.locator("#rows tr[data-escalation]").filter(has_text=f"{patient.first_name} {patient.last_name}")


def test_a_crisis_reply_is_seen_opened_acknowledged_resolved_and_answered(page, services, scene, problems):
    maya = scene["maya"]
    sign_in(page)
    open_inbox(page)
    expect(count(page, "urgent")).to_have_text("0")
    expect(row_of(page, maya)).to_have_count(0)
    page.evaluate("window.__samePage = true")

    receive(services, maya.phone, CRISIS)

    # The urgent row arrives on its own, first in the queue, and the counts follow.
    row = row_of(page, maya)
    expect(row).to_have_count(1)
    expect(row).to_have_class(re.compile(r"\blevel-urgent\b.*\bfresh\b"))
    expect(page.locator("#rows tr[data-escalation]").first).to_contain_text("Maya")
    expect(row.locator("td.words mark")).to_have_text("kill myself")
    expect(count(page, "urgent")).to_have_text("1")
    assert page.evaluate("window.__samePage") is True, "the inbox reloaded instead of updating in place"

    row.get_by_role("link", name="Maya Doe").click()
    expect(page).to_have_url(re.compile(rf"/inbox/escalations/{escalation_of(services, maya).id}$"))
    expect(page.locator("#status")).to_have_text("open")
    trigger = page.locator("li.msg.inbound.trigger")
    expect(trigger).to_have_count(1)
    expect(trigger.locator("mark")).to_have_text("kill myself")
    chart = page.locator("#mood-chart")
    expect(chart).to_be_visible()
    expect(chart.locator("title#mood-title")).to_have_text(re.compile(r"^Mood over the last \d+ weeks"))
    expect(page.get_by_role("img", name=re.compile("Mood over the last"))).to_be_visible()
    expect(chart.locator("circle.mood-point")).to_have_count(2)
    expect(page.get_by_text("lamotrigine — started or changed")).to_be_visible()
    assert problems.all() == []

    page.get_by_role("button", name="Acknowledge").click()
    expect(page.locator(".flash.ok")).to_have_text("Acknowledged.")
    expect(page.locator("#status")).to_have_text("acknowledged")
    expect(page.get_by_role("button", name="Acknowledge")).to_have_count(0)

    # An empty note is refused in place: the error shows, the typed-in form stays, nothing changes.
    page.get_by_label("Resolution note (required)").fill("   ")
    page.locator("#resolve").click()
    expect(page.locator("#note-error")).to_contain_text("note")
    expect(page.locator("#status")).to_have_text("acknowledged")
    assert escalation_of(services, maya).status == EscalationStatus.ACKNOWLEDGED
    # The refusal is answered 422, which the browser reports on its console; nothing else is expected there.
    assert [p for p in problems.all() if not re.search(r"status of 422 .*/resolve\)$", p)] == []
    problems.clear()

    note = "Called Maya, safety plan reviewed, seen today"
    page.get_by_label("Resolution note (required)").fill(note)
    page.locator("#resolve").click()
    expect(page.locator(".flash.ok")).to_have_text("Resolved.")
    expect(page.locator("#status")).to_have_text("resolved")
    expect(page.locator("section.escalation")).to_contain_text(f"resolved by Dr. Bob Baker: “{note}”")
    expect(page.locator("#resolve")).to_have_count(0)
    resolved = escalation_of(services, maya)
    assert resolved.status == EscalationStatus.RESOLVED and resolved.resolution_note == note

    body = "Hi Maya, Dr. Baker here. I will call you at 2pm today."
    page.get_by_label("Message").fill(body)
    page.get_by_role("button", name="Send text").click()
    expect(page.locator(".flash.ok")).to_have_text("Text queued to the patient.")
    expect(page.locator("li.msg.outbound").filter(has_text=body)).to_have_count(1)
    with Session(services.engine) as session:
        [sent] = session.exec(select(Message).where(Message.purpose == Purpose.REPLY,
                                                    Message.user_id.is_not(None))).all()
    assert sent.body == body and sent.phone == maya.phone
    assert problems.all() == []


def test_a_wrong_password_is_refused_on_the_form(page, scene):
    page.goto("/login")
    page.get_by_label("Email").fill("bob@example.org")
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#signin-error")).to_be_visible()
    expect(page.get_by_role("heading", name="Inbox")).to_have_count(0)


def test_a_signed_out_link_to_an_escalation_comes_back_to_it_after_sign_in(page, services, scene):
    receive(services, scene["maya"].phone, CRISIS)
    escalation = escalation_of(services, scene["maya"])
    page.goto(f"/inbox/escalations/{escalation.id}")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("Email").fill("bob@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(rf"/inbox/escalations/{escalation.id}$"))
    expect(page.locator("#status")).to_have_text("open")


def test_the_rows_follow_when_an_item_is_resolved_elsewhere(page, services, scene, people):
    ann = scene["ann"]
    sign_in(page)
    open_inbox(page)
    expect(row_of(page, ann)).to_have_count(1)
    expect(count(page, "routine")).to_have_text("1")
    with transaction(services.engine) as session:  # resolved from another device
        escalation = session.get(Escalation, escalation_of(services, ann).id)
        actions.resolve(session, escalation, people["bob"], "Answered by phone", utcnow(), "127.0.0.1")
    expect(row_of(page, ann)).to_have_count(0)
    expect(count(page, "routine")).to_have_text("0")
    expect(page.locator("#rows")).to_contain_text("Nothing waiting")


def test_showing_the_phone_number_reveals_it_in_place(page, services, scene):
    maya = scene["maya"]
    receive(services, maya.phone, CRISIS)
    sign_in(page)
    page.goto(f"/inbox/escalations/{escalation_of(services, maya).id}")
    expect(page.locator("#phone")).not_to_have_text(maya.phone)
    expect(page.locator("#phone")).to_contain_text(maya.phone[-2:])
    page.get_by_role("button", name="show number").click()
    expect(page.locator("#phone")).to_have_text(maya.phone)


def test_a_hostile_text_renders_inert_and_the_csp_blocks_nothing_the_pages_need(page, services, scene, problems):
    maya = scene["maya"]
    sign_in(page)
    open_inbox(page)
    receive(services, maya.phone, CRISIS)
    receive(services, maya.phone, HOSTILE)
    # The row shows the latest concerning words, as text.
    expect(row_of(page, maya).locator("td.words")).to_contain_text(HOSTILE)
    assert row_of(page, maya).locator("td.words script, td.words img").count() == 0

    page.reload()  # a full render of the queue with both texts in it
    expect(row_of(page, maya).locator("td.words")).to_contain_text(HOSTILE)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.goto(f"/inbox/escalations/{escalation_of(services, maya).id}")
    bubble = page.locator("li.msg.inbound").filter(has_text="my head hurts").locator(".bubble")
    expect(bubble).to_have_count(1)
    # Shown as the patient typed it, as text: no element came out of it.
    expect(bubble).to_contain_text("<script>window.__pwned=1</script>")
    expect(bubble).to_contain_text('<img src=x onerror="window.__pwned=1">')
    assert bubble.locator("script, img").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.goto(f"/patients/{maya.id}")
    expect(page.locator(".bubble").filter(has_text="my head hurts")).to_contain_text("<script>")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert problems.all() == []


def test_inbox_and_escalation_pages_load_their_assets_without_console_errors(page, services, scene, problems):
    receive(services, scene["maya"].phone, CRISIS)
    sign_in(page)
    loaded = []
    page.on("response", lambda r: loaded.append((r.url, r.status)) if "/static/" in r.url else None)
    open_inbox(page)
    expect(page.locator("#queue")).to_have_attribute("data-interval", "250")
    expect(page.locator("header.top")).to_have_css("display", "flex")  # app.css applied
    page.goto(f"/inbox/escalations/{escalation_of(services, scene['maya']).id}")
    expect(page.locator("#mood-chart")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert {url.rsplit("/", 1)[1] for url, status in loaded if status in (200, 304)} >= {"app.css", "inbox.js"}
    assert problems.all() == []


def test_the_csp_refuses_inline_script_and_the_violation_is_seen(page, scene, problems):
    """Guards the checks above: an injected inline script is blocked, and the report reaches the test."""
    sign_in(page)
    page.evaluate("""() => {
      const s = document.createElement("script");
      s.textContent = "window.__inline = 1";
      document.body.appendChild(s);
    }""")
    for _ in range(100):  # the report comes back from the page asynchronously
        if problems.csp:
            break
        page.wait_for_timeout(50)
    assert page.evaluate("typeof window.__inline") == "undefined"
    assert any("script-src" in v for v in problems.csp), problems.all()
