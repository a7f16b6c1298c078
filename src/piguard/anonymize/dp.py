"""Differentially private statistics through OpenDP, with a privacy-budget ledger.

Every release is an OpenDP measurement built from its combinators (``then_clamp``,
``then_sum``, ``then_laplace``, ``make_private_quantile`` …); piguard writes no
noise mechanism of its own. The noise scale is found by OpenDP's own
``binary_search_param`` so that OpenDP's privacy map, not our arithmetic, says
the query costs at most ε. Neighbouring tables differ by adding or removing one
row (symmetric distance 1); privacy loss is pure ε-DP and the ledger adds the ε
of successive queries (basic sequential composition).

>>> ledger = BudgetLedger()
>>> ledger.set_budget("patients", 1.0)
>>> table = PrivateTable({"age": [30.0, 41.0, 52.0, 63.0]}, "patients", ledger)
>>> release = table.count(epsilon=0.5)
>>> isinstance(release.value, int), ledger.remaining("patients")
(True, 0.5)
>>> table.count(epsilon=0.8)
Traceback (most recent call last):
...
piguard.errors.BudgetExceeded: query needs ε=0.8 but only ε=0.5 of 'patients' is left
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from piguard.errors import BudgetExceeded, ConfigError, PrivacyError
from piguard.io.atomic import write_text

__all__ = ["BudgetLedger", "PrivateTable", "Release"]

_TOLERANCE = 1e-9


def _opendp():
    """Import OpenDP with the features we rely on (see docs/anonymization.md)."""
    try:
        import opendp.prelude as dp
    except ImportError:  # pragma: no cover - the dp extra is not installed
        raise ConfigError("differential privacy needs the 'dp' extra: pip install piguard[dp]") from None
    # "contrib": OpenDP's mechanisms whose proofs are not yet vetted by its committee
    # (the Laplace mechanism on counts/sums and the private quantile are "contrib").
    dp.enable_features("contrib")
    return dp


@dataclass(frozen=True)
class Release:
    """One differentially private answer and what it cost."""

    query: str
    value: object
    epsilon: float
    mechanism: str


class BudgetLedger:
    """ε spent per data set; refuses a query past the budget and says what is left.

    With a ``path`` the ledger is a JSON file rewritten atomically after every
    charge, so the budget survives restarts.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self._lock = threading.Lock()
        self._data: dict[str, dict] = {}
        if self.path and self.path.exists():
            try:
                self._data = json.loads(self.path.read_text("utf-8"))["datasets"]
            except (ValueError, KeyError) as exc:
                raise ConfigError(f"budget ledger {self.path} is not valid: {exc}") from None
            except OSError as exc:  # a folder, no permission
                raise ConfigError(f"budget ledger {self.path} cannot be read: "
                                  f"{exc.strerror or type(exc).__name__}") from None

    def set_budget(self, dataset: str, epsilon: float) -> None:
        """Give ``dataset`` a total budget (never below what it already spent)."""
        if epsilon <= 0:
            raise ConfigError("a privacy budget must be positive")
        with self._lock:
            entry = self._data.setdefault(dataset, {"budget": epsilon, "spent": []})
            if self._spent(entry) > epsilon + _TOLERANCE:
                raise ConfigError(f"{dataset!r} has already spent more than ε={epsilon:g}")
            entry["budget"] = epsilon
            self._save()

    @staticmethod
    def _spent(entry: Mapping) -> float:
        return float(sum(item["epsilon"] for item in entry["spent"]))

    def spent(self, dataset: str) -> float:
        entry = self._data.get(dataset)
        return self._spent(entry) if entry else 0.0

    def remaining(self, dataset: str) -> float:
        entry = self._data.get(dataset)
        if entry is None:
            raise ConfigError(f"no privacy budget set for {dataset!r}")
        return round(entry["budget"] - self._spent(entry), 12)

    def history(self, dataset: str) -> list[dict]:
        entry = self._data.get(dataset)
        return list(entry["spent"]) if entry else []

    def reserve(self, dataset: str, epsilon: float) -> None:
        """Raise :class:`BudgetExceeded` unless ``epsilon`` fits in what is left."""
        left = self.remaining(dataset)
        if epsilon > left + _TOLERANCE:
            raise BudgetExceeded(
                f"query needs ε={epsilon:g} but only ε={left:g} of {dataset!r} is left"
            )

    def charge(self, dataset: str, epsilon: float, query: str) -> None:
        with self._lock:
            self.reserve(dataset, epsilon)
            self._data[dataset]["spent"].append({
                "query": query, "epsilon": epsilon,
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
            })
            self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        payload = json.dumps({"schema": "piguard.dp-ledger/1", "datasets": self._data},
                             ensure_ascii=False, indent=2)
        write_text(payload, self.path)


class PrivateTable:
    """Columns of one data set that may only be read through DP queries.

    ``columns`` maps a column name to its values (lists, NumPy arrays or Polars
    Series; nulls are dropped, which is itself stable under the neighbouring
    relation). Numbers must be given ``bounds``: values are clamped into them.
    """

    def __init__(self, columns: Mapping[str, Sequence], dataset: str, ledger: BudgetLedger) -> None:
        self.columns = columns
        self.dataset = dataset
        self.ledger = ledger
        self.n_rows = max((len(v) for v in columns.values()), default=0)

    # -- helpers -------------------------------------------------------------------------
    def _floats(self, column: str) -> list[float]:
        if column not in self.columns:
            raise ConfigError(f"not a column of the table: {column}")
        values = self.columns[column]
        out = []
        for v in (values.to_list() if hasattr(values, "to_list") else list(values)):
            if v is None:
                continue
            out.append(float(v))
        return out

    def _strings(self, column: str) -> list[str]:
        if column not in self.columns:
            raise ConfigError(f"not a column of the table: {column}")
        values = self.columns[column]
        return [str(v) for v in (values.to_list() if hasattr(values, "to_list") else values)
                if v is not None]

    def _run(self, query: str, epsilon: float, build, data, mechanism: str = "Laplace"
             ) -> tuple[object, float, str]:
        """Calibrate a measurement to ``epsilon`` with OpenDP, charge the ledger, invoke."""
        if epsilon <= 0:
            raise ConfigError("ε must be positive")
        self.ledger.reserve(self.dataset, epsilon)
        dp = _opendp()
        try:
            scale = dp.binary_search_param(build, d_in=1, d_out=epsilon)
            measurement = build(scale)
            cost = float(measurement.map(1))
            value = measurement(data)
        except dp.OpenDPException as exc:
            raise PrivacyError(f"OpenDP refused the query: {exc}") from None
        self.ledger.charge(self.dataset, cost, query)
        return value, cost, f"{mechanism} (scale {scale:.4g})"

    @staticmethod
    def _check_bounds(bounds: tuple[float, float]) -> tuple[float, float]:
        lo, hi = float(bounds[0]), float(bounds[1])
        if not lo < hi:
            raise ConfigError("bounds must be (lower, upper) with lower < upper")
        return lo, hi

    # -- queries -------------------------------------------------------------------------
    def count(self, epsilon: float, column: str | None = None) -> Release:
        """Number of rows (or of non-null values of ``column``)."""
        dp = _opendp()
        data = self._strings(column) if column else ["" for _ in range(self.n_rows)]
        space = dp.vector_domain(dp.atom_domain(T=str)), dp.symmetric_distance()

        def build(scale):
            return space >> dp.t.then_count() >> dp.m.then_laplace(scale=scale)

        value, cost, mech = self._run(f"count({column or '*'})", epsilon, build, data)
        return Release(f"count({column or '*'})", int(value), cost, mech)

    def sum(self, column: str, bounds: tuple[float, float], epsilon: float) -> Release:
        """Sum of ``column`` after clamping every value into ``bounds``."""
        dp = _opendp()
        lo, hi = self._check_bounds(bounds)
        space = dp.vector_domain(dp.atom_domain(T=float, nan=False)), dp.symmetric_distance()

        def build(scale):
            return (space >> dp.t.then_clamp((lo, hi)) >> dp.t.then_sum()
                    >> dp.m.then_laplace(scale=scale))

        value, cost, mech = self._run(f"sum({column})", epsilon, build, self._floats(column))
        return Release(f"sum({column})", float(value), cost, mech)

    def mean(self, column: str, bounds: tuple[float, float], epsilon: float) -> Release:
        """Mean as a DP sum over a DP count, each with half of ``epsilon``."""
        total = self.sum(column, bounds, epsilon / 2)
        count = self.count(epsilon / 2, column)
        lo, hi = self._check_bounds(bounds)
        value = min(hi, max(lo, total.value / count.value)) if count.value > 0 else (lo + hi) / 2
        return Release(f"mean({column})", value, total.epsilon + count.epsilon,
                       f"sum and count: {total.mechanism}; {count.mechanism}")

    def quantile(self, column: str, q: float, bounds: tuple[float, float], epsilon: float,
                 candidates: int = 101) -> Release:
        """The ``q``-quantile, chosen among evenly spaced candidates by OpenDP's exponential mechanism."""
        dp = _opendp()
        if not 0 <= q <= 1:
            raise ConfigError("q must be between 0 and 1")
        lo, hi = self._check_bounds(bounds)
        grid = [lo + (hi - lo) * i / (candidates - 1) for i in range(candidates)]
        domain = dp.vector_domain(dp.atom_domain(T=float, nan=False))

        def build(scale):
            return dp.m.make_private_quantile(domain, dp.symmetric_distance(), dp.max_divergence(),
                                              candidates=grid, alpha=q, scale=scale)

        query = f"quantile({column}, {q:g})"
        value, cost, mech = self._run(query, epsilon, build, self._floats(column),
                                      "exponential mechanism")
        return Release(query, float(value), cost, mech)

    def histogram(self, column: str, categories: Sequence[str], epsilon: float) -> Release:
        """Counts of each category (plus one count for everything else)."""
        dp = _opendp()
        cats = [str(c) for c in categories]
        if len(set(cats)) != len(cats) or not cats:
            raise ConfigError("histogram categories must be distinct and not empty")
        space = dp.vector_domain(dp.atom_domain(T=str)), dp.symmetric_distance()

        def build(scale):
            return (space >> dp.t.then_count_by_categories(categories=cats)
                    >> dp.m.then_laplace(scale=scale))

        counts, cost, mech = self._run(f"histogram({column})", epsilon, build,
                                       self._strings(column))
        value = dict(zip([*cats, "(other)"], (int(c) for c in counts), strict=True))
        return Release(f"histogram({column})", value, cost, mech)


def release_to_json(release: Release) -> dict:
    """JSON form of a :class:`Release`."""
    return asdict(release)
