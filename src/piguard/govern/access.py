"""Roles, the permission table, and API tokens — deny by default.

Every action the service offers is a key of :data:`PERMISSIONS`; an action not
in the table is refused to everybody. ``subject`` tokens speak for one
individual and may only touch that individual's own consents.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass

from piguard.errors import AuthorizationError, ConfigError
from piguard.govern import audit
from piguard.govern.canonical import utc_now
from piguard.store import tokens as token_repo
from piguard.store.db import Database

ROLES = ("admin", "dpo", "auditor", "regulator", "subject")

#: action -> roles allowed. The API test checks every route names one of these.
PERMISSIONS: dict[str, frozenset[str]] = {
    "handler.create": frozenset({"admin", "dpo"}),
    "handler.read": frozenset({"admin", "dpo", "auditor", "regulator"}),
    "activity.create": frozenset({"admin", "dpo"}),
    "activity.read": frozenset({"admin", "dpo", "auditor", "regulator"}),
    "check.run": frozenset({"admin", "dpo", "regulator"}),
    "check.read": frozenset({"admin", "dpo", "auditor", "regulator"}),
    "consent.grant": frozenset({"admin", "dpo", "subject"}),
    "consent.withdraw": frozenset({"admin", "dpo", "subject"}),
    "consent.read": frozenset({"admin", "dpo", "auditor", "subject"}),
    "consent.decide": frozenset({"admin", "dpo"}),
    "audit.read": frozenset({"admin", "auditor", "regulator"}),
    "audit.verify": frozenset({"admin", "auditor", "regulator"}),
    "token.create": frozenset({"admin"}),
    "token.revoke": frozenset({"admin"}),
}
#: actions a subject may take only for the individual their token names.
SELF_ONLY = frozenset({"consent.grant", "consent.withdraw", "consent.read"})


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: a token's name, role and (for subjects) the individual."""

    token_id: int
    name: str
    role: str
    subject: str | None = None

    @property
    def actor(self) -> str:
        return f"{self.role}:{self.name}"


def authorize(principal: Principal, action: str) -> None:
    """Raise unless ``principal``'s role may perform ``action`` (unknown actions: never).

    >>> authorize(Principal(1, "ann", "auditor"), "audit.verify")
    >>> authorize(Principal(1, "ann", "auditor"), "consent.grant")
    Traceback (most recent call last):
    ...
    piguard.errors.AuthorizationError: role 'auditor' may not consent.grant
    """
    if principal.role not in PERMISSIONS.get(action, frozenset()):
        raise AuthorizationError(f"role {principal.role!r} may not {action}")


def require_self(principal: Principal, individual: str) -> None:
    """A subject acts only for the individual its token names."""
    if principal.role == "subject" and principal.subject != individual:
        raise AuthorizationError("a subject token may act only for its own individual")


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class TokenService:
    """Issue, authenticate and revoke tokens.

    Lookups are cached for ``cache_seconds`` (a hot path: every request). A
    revocation through this service takes effect at once; one made by another
    process (``piguard token revoke``) within ``cache_seconds``.
    """

    def __init__(self, db: Database, cache_seconds: float = 5.0):
        self.db = db
        self.cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, Principal | None]] = {}
        self._lock = threading.Lock()

    def create(self, *, actor: str, name: str, role: str,
               subject: str | None = None) -> tuple[str, Principal]:
        """Issue a token; the plain token is returned once and never stored."""
        if role not in ROLES:
            raise ConfigError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
        if (role == "subject") != bool(subject):
            raise ConfigError("a subject token needs --subject (the individual), others none")
        token = "pgt_" + secrets.token_urlsafe(32)
        with self.db.write() as conn:
            rec = token_repo.insert_token(conn, name=name, role=role, subject=subject,
                                          token_hash=digest(token), created_at=utc_now())
            audit.record(conn, actor=actor, event="token.created", subject=f"token:{rec.id}",
                         data={"name": name, "role": role})
        return token, Principal(rec.id, name, role, subject)

    def authenticate(self, token: str) -> Principal | None:
        """The principal a token stands for; None for unknown or revoked tokens."""
        key = digest(token)
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        with self.db.read() as conn:
            rec = token_repo.find_token(conn, key)
        principal = None if rec is None or rec.revoked_at is not None else Principal(
            rec.id, rec.name, rec.role, rec.subject)
        if principal is not None and self.cache_seconds > 0:  # unknown tokens are never cached
            with self._lock:
                if len(self._cache) > 10_000:
                    self._cache.clear()
                self._cache[key] = (now + self.cache_seconds, principal)
        return principal

    def revoke(self, *, actor: str, token_id: int) -> bool:
        with self.db.write() as conn:
            done = token_repo.revoke_token(conn, token_id, utc_now())
            with self._lock:
                self._cache = {k: v for k, v in self._cache.items()
                               if v[1] is None or v[1].token_id != token_id}
            if done:
                audit.record(conn, actor=actor, event="token.revoked",
                             subject=f"token:{token_id}", data={})
        return done
