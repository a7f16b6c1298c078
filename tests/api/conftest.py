"""API fixtures on top of the shared service fixtures in tests/conftest.py."""

import pytest


@pytest.fixture
def client(svc):
    from fastapi.testclient import TestClient

    from piguard.api.app import create_app

    with TestClient(create_app(svc)) as c:
        yield c


@pytest.fixture
def admin_token(svc):
    token, _ = svc.tokens.create(actor="test", name="root", role="admin")
    return token
