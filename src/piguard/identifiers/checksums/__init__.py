"""Shared check-digit algorithms, one copy each.

- :mod:`.luhn` — Luhn mod 10 (ISO/IEC 7812-1): payment cards, IMEI.
- :mod:`.iso7064` — ISO 7064 MOD 11-2 (resident ID, GB 11643) and MOD 97-10 (IBAN).
- :mod:`.gb32100` — GB 32100-2015 MOD 31 (unified social credit code) and the
  GB 11714-1997 MOD 11 check of the organisation code embedded in it.

Each algorithm offers ``checksum``/``is_valid``/``validate`` and
``calc_check_digit(body)``, so protection can build surrogates that still validate.
"""
