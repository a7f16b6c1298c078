"""Identifier modules (layer 0: standard library only).

One identifier is one module with ``compact``, ``validate`` (returns the compact
form or raises an :class:`piguard.errors.InvalidIdentifier`), ``is_valid`` (never
raises), ``format`` and the functions that carry meaning (birth date, region...).
Shared checksums live in :mod:`piguard.identifiers.checksums`.
"""
