"""Governance (L3): declarations, rules as data, the consent ledger and the audit chain.

- :mod:`.manifest` loads handler declarations (YAML, errors name file, line and field);
- :mod:`.rules` + ``data/rules.yaml`` and :mod:`.predicates` check them (PIPL, the 2019
  app method, the 2021 necessary-PI scope, declared against found); :mod:`.check` renders;
- :mod:`.consent` keeps the consent ledger and decides ``may_process``;
- :mod:`.audit` keeps the hash-chained audit trail;
- :mod:`.services` is the composition root the API and CLI build on.
"""
