"""Blueprints for the staff pages (the Twilio webhooks live in checkins.sms.webhooks)."""
