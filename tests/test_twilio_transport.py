import logging
import pickle
import socket
from datetime import datetime, timedelta, timezone

import pytest

from checkins.sms.transport import OutboundSMS, Transport, TransportError
from checkins.sms.twilio_transport import TwilioTransport
from tests.support.fake_twilio import FakeTwilio

TO = "+15005550123"
FROM = "+15005550006"
MSID = "MG" + "1" * 32
BODY = "Check-in: how have you slept this week? Reply 1-5."


@pytest.fixture
def fake():
    with FakeTwilio(auth_token="secret-token") as server:
        yield server


def make(fake, **kwargs):
    kwargs.setdefault("messaging_service_sid", MSID)
    return TwilioTransport(fake.account_sid, "secret-token", api_base_url=fake.url, **kwargs)


def test_is_a_transport(fake):
    assert isinstance(make(fake), Transport)


def test_send_through_messaging_service(fake):
    sid = make(fake).send(OutboundSMS(TO, BODY, status_callback="https://example.org/sms/status"))
    assert sid.startswith("SM") and len(sid) == 34
    (msg,) = fake.messages
    assert msg["sid"] == sid
    assert msg["to"] == TO and msg["body"] == BODY
    assert msg["messaging_service_sid"] == MSID and msg["from"] is None
    assert msg["status_callback"] == "https://example.org/sms/status"
    assert msg["validity_period"] == "14400"


def test_send_through_from_number(fake):
    transport = make(fake, messaging_service_sid=None, from_number=FROM, validity_period=600)
    transport.send(OutboundSMS(TO, BODY))
    (msg,) = fake.messages
    assert msg["from"] == FROM and msg["messaging_service_sid"] is None
    assert msg["status_callback"] is None
    assert msg["validity_period"] == "600"


@pytest.mark.parametrize("kwargs", [{}, {"messaging_service_sid": MSID, "from_number": FROM}])
def test_exactly_one_sender_required(kwargs):
    with pytest.raises(ValueError):
        TwilioTransport("AC" + "0" * 32, "t", **kwargs)


def test_wrong_credentials_are_permanent(fake):
    transport = TwilioTransport(fake.account_sid, "wrong", messaging_service_sid=MSID, api_base_url=fake.url)
    with pytest.raises(TransportError) as info:
        transport.send(OutboundSMS(TO, BODY))
    assert info.value.permanent and info.value.code == 20003
    assert fake.messages == []


def test_api_base_url_rewrites_only_twilio_hosts(fake):
    http = make(fake)._http
    path = f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json"
    assert http.route("https://api.twilio.com" + path + "?To=x") == fake.url + path + "?To=x"
    assert http.route("https://api.dublin.ie1.twilio.com" + path) == fake.url + path
    assert http.route("https://example.org" + path) == "https://example.org" + path
    assert http.route("https://eviltwilio.com" + path) == "https://eviltwilio.com" + path


def test_timeout_is_transient():
    with FakeTwilio(latency=1.0) as slow:
        transport = TwilioTransport(
            slow.account_sid, "t", messaging_service_sid=MSID, api_base_url=slow.url, timeout=0.2
        )
        with pytest.raises(TransportError) as info:
            transport.send(OutboundSMS(TO, BODY))
    assert info.value.permanent is False
    assert info.value.code is None


@pytest.mark.parametrize(
    "status, code",
    [(429, 20429), (500, 20500), (503, None), (500, None)],
)
def test_rate_limit_and_server_errors_are_transient(fake, status, code):
    fake.fail_next(1, status=status, code=code, message="Service unavailable")
    transport = make(fake)
    with pytest.raises(TransportError) as info:
        transport.send(OutboundSMS(TO, BODY))
    assert info.value.permanent is False
    assert info.value.code == code
    assert fake.messages == []
    # The fault was only for the next request.
    assert transport.send(OutboundSMS(TO, BODY)).startswith("SM")


@pytest.mark.parametrize("code", [21610, 21211, 21614])
def test_recipient_errors_are_permanent_with_code(fake, code):
    fake.fail_for(TO, status=400, code=code)
    transport = make(fake)
    with pytest.raises(TransportError) as info:
        transport.send(OutboundSMS(TO, BODY))
    assert info.value.permanent is True
    assert info.value.code == code
    assert fake.messages == []
    transport.send(OutboundSMS("+15005550999", BODY))  # other recipients unaffected
    assert len(fake.messages) == 1


def test_connection_refused_is_transient():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    transport = TwilioTransport(
        "AC" + "0" * 32, "t", messaging_service_sid=MSID, api_base_url=f"http://127.0.0.1:{port}"
    )
    with pytest.raises(TransportError) as info:
        transport.send(OutboundSMS(TO, BODY))
    assert info.value.permanent is False and info.value.code is None


def test_errors_never_carry_phone_or_body(fake):
    fake.fail_for(TO, status=400, code=21211, message=f"The 'To' number {TO} is not a valid phone number.")
    with pytest.raises(TransportError) as info:
        make(fake).send(OutboundSMS(TO, BODY))
    err = info.value
    text = str(err) + repr(err)
    assert TO not in text and TO[1:] not in text and BODY not in text
    # The SDK error (whose text quotes the number) is not chained into tracebacks.
    assert err.__cause__ is None and err.__suppress_context__
    clone = pickle.loads(pickle.dumps(err))
    assert (clone.code, clone.permanent, str(clone)) == (21211, True, str(err))


def test_outbound_repr_hides_phone_and_body():
    text = repr(OutboundSMS(TO, BODY))
    assert TO[1:] not in text and BODY not in text


def test_find_sent(fake):
    transport = make(fake)
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    sid = transport.send(OutboundSMS(TO, BODY))
    transport.send(OutboundSMS("+15005550999", BODY))
    assert transport.find_sent(TO, before, BODY) == sid
    # Naive datetimes are UTC.
    assert transport.find_sent(TO, before.replace(tzinfo=None), BODY) == sid
    assert transport.find_sent(TO, before, BODY + " ") is None
    assert transport.find_sent("+15005550777", before, BODY) is None
    # Only an earlier message exists: not a match.
    assert transport.find_sent(TO, datetime.now(timezone.utc) + timedelta(seconds=5), BODY) is None


def test_find_sent_with_repeated_body(fake):
    transport = make(fake)
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    sids = {transport.send(OutboundSMS(TO, BODY)) for _ in range(2)}
    transport.send(OutboundSMS(TO, "a different check-in"))
    # Both share a creation second, so either is an acceptable reconcile target.
    assert transport.find_sent(TO, before, BODY) in sids


def test_find_sent_errors_are_mapped(fake):
    transport = TwilioTransport(fake.account_sid, "wrong", messaging_service_sid=MSID, api_base_url=fake.url)
    with pytest.raises(TransportError) as info:
        transport.find_sent(TO, datetime.now(timezone.utc), BODY)
    assert info.value.permanent and info.value.code == 20003


def test_no_phone_or_body_in_logs(fake, caplog):
    caplog.set_level(logging.DEBUG)
    # Even with the SDK's own logger turned up, nothing sensitive is emitted.
    caplog.set_level(logging.DEBUG, logger="twilio.http_client")
    transport = make(fake)
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    transport.send(OutboundSMS(TO, BODY, status_callback="https://example.org/cb"))
    assert transport.find_sent(TO, before, BODY)
    fake.fail_for(TO, code=21610)
    with pytest.raises(TransportError):
        transport.send(OutboundSMS(TO, BODY))
    assert caplog.records, "expected urllib3 debug records to be captured"
    digits = TO[1:]
    for record in caplog.records:
        text = record.getMessage()
        assert digits not in text, record.name
        assert BODY not in text and "slept" not in text, record.name
