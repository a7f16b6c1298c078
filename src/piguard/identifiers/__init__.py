"""Identifier modules (layer 0: standard library only).

One identifier is one module with ``compact``, ``validate`` (returns the compact
form or raises an :class:`piguard.errors.InvalidIdentifier`), ``is_valid`` (never
raises), ``format``, ``ENTITY_TYPE`` (the shared entity-type code) and the functions
that carry meaning (birth date, region, network...). Identifiers with a check
character expose ``calc_check_digit`` so that surrogates can still validate.

Mainland: :mod:`.cn_ric` (resident ID), :mod:`.cn_mobile`, :mod:`.cn_landline`,
:mod:`.bank_card`, :mod:`.cn_uscc`, :mod:`.passport`, :mod:`.travel_permit`,
:mod:`.license_plate`, :mod:`.qq`, :mod:`.wechat`. Hong Kong, Macau, Taiwan:
:mod:`.hk_id`, :mod:`.mo_id`, :mod:`.tw_id`. International and technical:
:mod:`.iban`, :mod:`.us_ssn`, :mod:`.imei`, :mod:`.vin`, :mod:`.email`, :mod:`.ip`,
:mod:`.mac`, :mod:`.url`, :mod:`.gps`.

Shared: :mod:`.checksums` (Luhn, ISO 7064, GB 32100), :mod:`.normalize`
(length-preserving look-alike mapping), :mod:`.regions` (GB/T 2260 codes, loaded
lazily from ``data/regions.tsv``). See ``docs/identifiers.md``.
"""
