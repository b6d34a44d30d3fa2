"""Schemathesis drives every API operation from its OpenAPI description: no input may cause a 500."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from checkins.db import transaction
from checkins.tokens import create_token
from tests.conftest import NOW


def test_no_input_causes_a_server_error(app, services, people):
    with transaction(services.engine) as session:
        token = create_token(session, people["alice"], NOW)[1]
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 5
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def exercise(case):
            case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=[not_a_server_error])

        exercise()
