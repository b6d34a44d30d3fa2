"""The OpenAPI 3.0 description served at /api/openapi.json (kept beside the views it describes)."""

from __future__ import annotations

_ERROR = {"type": "object", "properties": {"error": {"type": "string"},
                                           "errors": {"type": "object", "additionalProperties": {"type": "string"}}},
          "required": ["error"]}
_MEDICATION_IN = {"type": "object", "required": ["name", "started_on"], "properties": {
    "name": {"type": "string", "minLength": 1, "maxLength": 80},
    "started_on": {"type": "string", "format": "date"},
    "dose": {"type": "string", "maxLength": 80}}}
_PATIENT_IN = {
    "type": "object", "additionalProperties": False,
    "required": ["first_name", "last_name", "phone", "timezone", "prescriber_email"],
    "properties": {
        "first_name": {"type": "string", "minLength": 1, "maxLength": 80},
        "last_name": {"type": "string", "minLength": 1, "maxLength": 80},
        "phone": {"type": "string", "description": "Mobile number; national format uses the clinic's region",
                  "example": "+12025550123"},
        "timezone": {"type": "string", "description": "IANA time zone", "example": "America/New_York"},
        "language": {"type": "string", "enum": ["en", "es"], "default": "en"},
        "prescriber_email": {"type": "string", "format": "email"},
        "birth_date": {"type": "string", "format": "date"},
        "medications": {"type": "array", "items": _MEDICATION_IN},
        "consent": {"type": "object", "required": ["at", "method"], "properties": {
            "at": {"type": "string", "format": "date-time"},
            "method": {"type": "string", "enum": ["written", "verbal", "electronic", "sms_keyword"]},
            "text": {"type": "string", "maxLength": 2000}}},
    },
}
_NULLABLE_TIME = {"type": "string", "format": "date-time", "nullable": True}
_PATIENT = {"type": "object", "required": ["id", "first_name", "last_name", "phone", "timezone", "status"],
            "properties": {
                "id": {"type": "integer"}, "first_name": {"type": "string"}, "last_name": {"type": "string"},
                "phone": {"type": "string"}, "timezone": {"type": "string"}, "language": {"type": "string"},
                "birth_date": {"type": "string", "format": "date", "nullable": True},
                "prescriber_email": {"type": "string", "nullable": True},
                "status": {"type": "string", "enum": ["active", "paused", "opted_out"]},
                "consent": {"type": "object", "nullable": True},
                "medications": {"type": "array", "items": {"type": "object"}},
                "next_checkin_at": _NULLABLE_TIME}}
_ESCALATION = {"type": "object", "required": ["id", "patient_id", "level", "reasons", "status", "created_at"],
               "properties": {
                   "id": {"type": "integer"}, "patient_id": {"type": "integer"},
                   "level": {"type": "string", "enum": ["urgent", "high", "routine"]},
                   "reasons": {"type": "array", "items": {"type": "string"}},
                   "status": {"type": "string", "enum": ["open", "acknowledged", "resolved"]},
                   "created_at": {"type": "string", "format": "date-time"},
                   "acknowledged_at": _NULLABLE_TIME, "resolved_at": _NULLABLE_TIME,
                   "note": {"type": "string", "nullable": True}, "false_alarm": {"type": "boolean"}}}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict:
    words = {401: "No or bad token", 403: "The token's user is not an admin", 404: "Not found",
             409: "Conflict", 422: "Invalid input; `errors` names each bad field"}
    return {str(code): _json(_ERROR, words[code]) for code in codes}


_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1, "maximum": 2147483647}}

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "checkins API", "version": "1.0",
             "description": "Enroll patients, send check-ins and follow escalations. Bearer tokens come from "
                            "`checkins create-token EMAIL` (admin users only)."},
    "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    "security": [{"bearer": []}],
    "paths": {
        "/api/patients": {"post": {
            "summary": "Enroll a patient", "operationId": "createPatient",
            "requestBody": {"required": True, "content": {"application/json": {"schema": _PATIENT_IN}}},
            "responses": {"201": _json(_PATIENT, "Enrolled"), **_errors(401, 403, 409, 422)}}},
        "/api/patients/{id}": {"get": {
            "summary": "One patient", "operationId": "getPatient", "parameters": [_ID],
            "responses": {"200": _json(_PATIENT, "The patient"), **_errors(401, 403, 404)}}},
        "/api/patients/{id}/checkins": {"post": {
            "summary": "Send a check-in now", "operationId": "sendCheckin", "parameters": [_ID],
            "responses": {"202": _json({"type": "object", "properties": {"checkin_id": {"type": "integer"},
                                                                         "status": {"type": "string"}}},
                                       "Queued"), **_errors(401, 403, 404, 409)}}},
        "/api/escalations": {"get": {
            "summary": "Escalations, oldest first, paginated by id", "operationId": "listEscalations",
            "parameters": [
                {"name": "status", "in": "query", "schema": {"type": "string",
                                                             "enum": ["open", "acknowledged", "resolved"]}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}},
                {"name": "after", "in": "query", "description": "Return escalations with a larger id",
                 "schema": {"type": "integer", "minimum": 0, "maximum": 2147483647}}],
            "responses": {"200": _json({"type": "object", "required": ["items"], "properties": {
                "items": {"type": "array", "items": _ESCALATION},
                "next_after": {"type": "integer", "nullable": True}}}, "A page"), **_errors(401, 403, 422)}}},
        "/api/escalations/{id}": {"patch": {
            "summary": "Acknowledge or resolve", "operationId": "updateEscalation", "parameters": [_ID],
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["status"], "properties": {
                    "status": {"type": "string", "enum": ["acknowledged", "resolved"]},
                    "note": {"type": "string", "maxLength": 2000,
                             "description": "Required to resolve"}}}}}},
            "responses": {"200": _json(_ESCALATION, "Updated"), **_errors(401, 403, 404, 409, 422)}}},
    },
}
