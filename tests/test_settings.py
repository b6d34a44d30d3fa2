"""Settings come from the environment and fail fast, naming what is wrong."""

from __future__ import annotations

import pytest

from checkins.settings import Settings, SettingsError


def test_without_twilio_credentials_the_simulator_is_the_default():
    assert Settings.from_env({}).sms_transport == "simulator"


def test_twilio_credentials_select_twilio():
    s = Settings.from_env({"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t", "TWILIO_FROM_NUMBER": "+12025550100"})
    assert s.sms_transport == "twilio" and s.sender_key == "+12025550100"


def test_twilio_without_a_sender_is_refused():
    with pytest.raises(SettingsError, match="TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM_NUMBER"):
        Settings.from_env({"SMS_TRANSPORT": "twilio", "TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t"})


@pytest.mark.parametrize("secret", [None, "changeme", "short"])
def test_production_refuses_a_missing_or_placeholder_secret(secret):
    env = {"CHECKINS_ENV": "production"} | ({"SECRET_KEY": secret} if secret else {})
    with pytest.raises(SettingsError, match="SECRET_KEY"):
        Settings.from_env(env)


def test_secrets_can_come_from_files(tmp_path):
    (tmp_path / "key").write_text("a-long-random-secret-value\n")
    s = Settings.from_env({"CHECKINS_ENV": "production", "SECRET_KEY_FILE": str(tmp_path / "key")})
    assert s.secret_key == "a-long-random-secret-value"


@pytest.mark.parametrize("env, problem", [
    ({"SMS_TRANSPORT": "carrier-pigeon"}, "SMS_TRANSPORT"),
    ({"CHECKINS_ENV": "staging"}, "CHECKINS_ENV"),
    ({"PUBLIC_BASE_URL": "checkins.example"}, "PUBLIC_BASE_URL"),
    ({"SEND_RATE_PER_SECOND": "fast"}, "SEND_RATE_PER_SECOND"),
    ({"SEND_RATE_PER_SECOND": "0"}, "SEND_RATE_PER_SECOND"),
])
def test_malformed_settings_are_named(env, problem):
    with pytest.raises(SettingsError, match=problem):
        Settings.from_env(env)
