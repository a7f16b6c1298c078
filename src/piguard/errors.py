"""The one exception tree of piguard.

Every error piguard raises on purpose derives from :class:`PiguardError`, so a
caller can catch everything with one ``except``. Messages never carry raw
personal information: callers mask values before they put them in a message.

::

    PiguardError
    ├── InvalidIdentifier            a value is not a valid identifier of its kind
    │   ├── InvalidFormat            wrong characters or structure
    │   ├── InvalidLength            wrong number of characters
    │   ├── InvalidChecksum          check digit does not match
    │   └── InvalidComponent         a part (region, birth date, prefix) is impossible
    ├── ConfigError                  a taxonomy, policy, manifest or option is wrong
    │   ├── UnknownCategory          a category or entity-type code that does not exist
    │   └── PolicyError              a protection policy that cannot be applied
    ├── InputError                   input data cannot be read as asked
    │   ├── UnsupportedFormat        no reader for this file
    │   ├── EncodingError            the bytes are not text in any supported encoding
    │   └── InputTooLarge            a line or record exceeds the configured bound
    ├── KeyError_                    key management (named to avoid the builtin)
    │   ├── KeyNotFound              no key with that ID/version
    │   └── KeyAccessDenied          wrong passphrase or not authorised
    ├── PrivacyError                 an anonymization or DP request cannot be met
    │   └── BudgetExceeded           a DP query would exceed the remaining budget
    ├── StoreError                   persistence failed
    │   └── NotFound                 a record that does not exist
    ├── AuthorizationError           a caller may not do this
    └── IntegrityError               an audit chain or a manifest was altered
"""

from __future__ import annotations

__all__ = [
    "AuthorizationError",
    "BudgetExceeded",
    "ConfigError",
    "EncodingError",
    "InputError",
    "InputTooLarge",
    "IntegrityError",
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidIdentifier",
    "InvalidLength",
    "KeyAccessDenied",
    "KeyError_",
    "KeyNotFound",
    "NotFound",
    "PiguardError",
    "PolicyError",
    "PrivacyError",
    "StoreError",
    "UnknownCategory",
    "UnsupportedFormat",
]


class PiguardError(Exception):
    """Root of every error piguard raises on purpose."""


class InvalidIdentifier(PiguardError, ValueError):
    """A value is not a valid identifier of the kind asked for."""


class InvalidFormat(InvalidIdentifier):
    """The value has characters or a structure the identifier never has."""


class InvalidLength(InvalidIdentifier):
    """The value has the wrong number of characters."""


class InvalidChecksum(InvalidIdentifier):
    """The check digit does not match the rest of the value."""


class InvalidComponent(InvalidIdentifier):
    """A component (region code, birth date, prefix) is impossible."""


class ConfigError(PiguardError, ValueError):
    """A taxonomy, policy, manifest or option is wrong."""


class UnknownCategory(ConfigError, LookupError):
    """A category or entity-type code that the taxonomy does not define."""


class PolicyError(ConfigError):
    """A protection policy that cannot be applied."""


class InputError(PiguardError):
    """Input data cannot be read as asked."""


class UnsupportedFormat(InputError):
    """No reader understands this input."""


class EncodingError(InputError):
    """The bytes are not text in any supported encoding."""


class InputTooLarge(InputError):
    """A line or record is longer than the configured bound."""


class KeyError_(PiguardError):
    """Key management failed (the name avoids shadowing the builtin KeyError)."""


class KeyNotFound(KeyError_, LookupError):
    """No key with that ID and version."""


class KeyAccessDenied(KeyError_, PermissionError):
    """Wrong passphrase, or the caller may not use this key."""


class PrivacyError(PiguardError):
    """An anonymization or differential-privacy request cannot be met."""


class BudgetExceeded(PrivacyError):
    """A differentially private query would exceed the remaining budget."""


class StoreError(PiguardError):
    """Persistence failed."""


class NotFound(StoreError, LookupError):
    """A record that does not exist."""


class AuthorizationError(PiguardError, PermissionError):
    """The caller may not do this."""


class IntegrityError(PiguardError):
    """An audit chain, keystore or signed file was altered."""
