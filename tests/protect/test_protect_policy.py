"""Policies: validation names the line and the problem; rules resolve in order."""

import pytest

from piguard.errors import PolicyError
from piguard.protect.policy import default_policy, load, loads

GOOD = """\
version: 1
name: share
key: customers
rules:
  - columns: [备注, Remarks]
    operator: tag
  - entity_types: [CN_RESIDENT_ID]
    operator: {name: fpe, keep_region: true}
  - categories: [MEDICAL_HEALTH]
    operator: suppress
  - sensitive: true
    operator: {pseudonym: {algorithm: sm3}}
  - entity_types: [PHONE]
    operator: {name: mask, keep_first: 3, keep_last: 4}
"""


def test_good_policy_resolves_in_order(keys):
    from piguard.protect.keys import InMemoryKeyProvider

    policy = loads(GOOD, "good.yaml")
    assert policy.key_ids() == ["customers"]
    bound = policy.bind(InMemoryKeyProvider({"customers": bytes(32)}))
    op, rule = bound.operator_for(column="remarks", entity_type="PHONE")
    assert op.name == "tag" and rule.line == 5
    op, _ = bound.operator_for(entity_type="CN_RESIDENT_ID")
    assert op.name == "fpe" and op.keep_region and op.key.ref == "customers@1"
    op, _ = bound.operator_for(entity_type="BANK_CARD")  # sensitive by taxonomy
    assert op.name == "pseudonym" and op.algorithm == "sm3"
    op, _ = bound.operator_for(category="MEDICAL_HEALTH")
    assert op.name == "suppress"
    assert bound.operator_for(entity_type="EMAIL") == (None, None)


@pytest.mark.parametrize(("text", "line", "problem"), [
    ("version: 1\nrules:\n  - entity_types: [PHOEN]\n    operator: mask\n", 3,
     "unknown entity type 'PHOEN' (did you mean 'PHONE'?)"),
    ("version: 1\nrules:\n  - sensitive: true\n    operater: mask\n", 4, "unknown key 'operater'"),
    ("version: 1\nrules:\n  - sensitive: true\n    operator: {name: mask, keep_first: -2}\n", 4,
     "keep_first must be an integer"),
    ("version: 1\nrules:\n  - sensitive: yes please\n    operator: mask\n", 3,
     "sensitive must be true or false"),
    ("version: 1\nrules:\n  - operator: mask\n", 3, "matches nothing"),
    ("version: 1\nrules:\n  - categories: [HEALTH]\n    operator: tag\n", 3,
     "unknown category 'HEALTH'"),
    ("version: 1\nrules:\n  - sensitive: true\n    operator: hash\n", 4, "unknown operator 'hash'"),
    ("version: 1\nkey: 'bad key'\nrules: []\n", 2, "key must be a key ID"),
    ("version: 1\nrules:\n  - sensitive: true\n    operator: mask\n  - sensitive: [\n", 6,
     "not valid YAML"),
    ("version: 2\nrules: []\n", 1, "unsupported policy version"),
    ("rules: []\n", 1, "needs 'version: 1'"),
    ("version: 1\nrules:\n  - sensitive: true\n    sensitive: false\n    operator: mask\n", 4,
     "given twice"),
])
def test_errors_name_the_line_and_the_problem(text, line, problem):
    with pytest.raises(PolicyError) as err:
        loads(text, "p.yaml")
    message = str(err.value)
    assert message.startswith(f"p.yaml, line {line}: "), message
    assert problem in message


def test_load_reports_missing_file(tmp_path):
    with pytest.raises(PolicyError, match="cannot read policy"):
        load(tmp_path / "none.yaml")


def test_default_policy_follows_pipl(keys):
    bound = default_policy().bind(keys)
    strong = {"pseudonym", "tag", "suppress", "encrypt", "fpe", "redact"}
    from piguard import taxonomy

    for entity in taxonomy.entity_types():
        op, _ = bound.operator_for(entity_type=entity.code)
        assert op is not None, entity.code  # every type is covered
        if taxonomy.category(entity.category).sensitive:
            assert op.name in strong, (entity.code, op.name)
    for category in taxonomy.categories():
        op, _ = bound.operator_for(category=category.code)
        if category.sensitive:
            assert op is not None and op.name in strong, category.code


@pytest.mark.parametrize("column", ["birth_date", "出生日期", "DOB"])
def test_default_policy_keeps_only_the_birth_year(keys, column):
    op, _ = default_policy().bind(keys).operator_for(column=column, category="BASIC_PROFILE")
    assert op.name == "date_band"
    assert op.apply("1986-01-22") == "1986"
