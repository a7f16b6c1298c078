"""resolve() in O(n log n) gives exactly what the plain pairwise rule gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.detect.engine import _CONTAINED_MARGIN, resolve
from piguard.detect.finding import Finding


def _pairwise(findings):
    """The rule as documented, tested pair by pair (quadratic)."""
    if len(findings) < 2:
        return findings
    kept = [f for f in findings if not any(
        g is not f and g.start <= f.start and f.end <= g.end and len(g) > len(f)
        and g.score + _CONTAINED_MARGIN >= f.score for g in findings)]
    kept.sort(key=lambda f: (-f.score, -len(f), f.start))
    chosen = []
    for f in kept:
        if all(f.end <= g.start or g.end <= f.start for g in chosen):
            chosen.append(f)
    return sorted(chosen)


@st.composite
def _findings(draw):
    count = draw(st.integers(0, 25))
    out = []
    for _ in range(count):
        start = draw(st.integers(0, 30))
        end = start + draw(st.integers(1, 12))
        out.append(Finding(start, end, draw(st.sampled_from(["PHONE", "URL", "IP", "PERSON"])),
                           draw(st.sampled_from([0.1, 0.3, 0.5, 0.7, 0.85, 0.9, 1.0]))))
    return out


@settings(max_examples=400, deadline=None)
@given(_findings())
def test_same_result_as_the_pairwise_rule(findings):
    assert resolve(list(findings)) == _pairwise(list(findings))


def test_thousands_of_disjoint_findings_all_survive():
    findings = [Finding(12 * i, 12 * i + 11, "PHONE", 1.0) for i in range(50_000)]
    assert resolve(findings) == findings
