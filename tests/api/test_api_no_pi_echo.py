"""No personal information comes back in validation errors or goes into the access log."""

from __future__ import annotations

import logging

from piguard.api.errors import QueryStringFilter, install_access_log_filter

PHONE = "13812345678"


def test_validation_error_does_not_echo_the_body(client, admin_token):
    r = client.post("/consents", json={"subject": PHONE, "purpose": "x"},
                    headers={"Authorization": f"Bearer {admin_token}"})
    assert r.status_code == 422
    assert PHONE not in r.text
    assert {"type": "missing", "loc": ["body", "individual"], "msg": "Field required"} in \
        r.json()["detail"]


def test_malformed_json_is_422_without_the_body(client, admin_token):
    r = client.post("/consents", content=f'{{"individual": "{PHONE}", oops',
                    headers={"Authorization": f"Bearer {admin_token}",
                             "content-type": "application/json"})
    assert r.status_code == 422 and PHONE not in r.text


def test_access_log_drops_query_strings():
    record = logging.LogRecord("uvicorn.access", logging.INFO, "", 0, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5", "GET", f"/consents?individual={PHONE}", "1.1", 200),
                               None)
    assert QueryStringFilter().filter(record)
    assert PHONE not in record.getMessage() and "/consents?…" in record.getMessage()


def test_filter_is_installed_once():
    install_access_log_filter()
    install_access_log_filter()
    logger = logging.getLogger("uvicorn.access")
    assert sum(isinstance(f, QueryStringFilter) for f in logger.filters) == 1
