"""Run piguard's Arrow core inside Spark executors with ``mapInArrow``.

The driver ships a small picklable *plan* (options, policy, sealed keys — never
recognizer or operator objects). Each Python worker builds the heavy objects
from the plan the first time it sees it and keeps them for the next tasks
(Spark reuses Python workers), so compiled patterns and key schedules are built
once per worker process, not once per batch or per task.

Two shapes of work cover scanning and protection:

* :func:`map_batches` — one Arrow batch in, one batch out (protection);
* :func:`fold_partitions` — a partition's batches folded into a few small
  partial results, collected and merged on the driver (scanning).
"""

from __future__ import annotations

import pickle
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import pyarrow as pa

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["PARTIAL_SCHEMA", "WorkerPlan", "fold_partitions", "map_batches", "new_plan_id",
           "worker_state"]

# What a fold emits per partition: a key (a column name) and a pickled partial result.
PARTIAL_SCHEMA = pa.schema([("key", pa.string()), ("partial", pa.binary())])
_PARTIAL_DDL = "key string, partial binary"

# Worker-side objects built from plans, by plan id. A few entries suffice: a job uses one
# plan; the bound keeps a long-lived worker from holding every plan it ever saw.
_WORKER_CACHE: OrderedDict[str, Any] = OrderedDict()
_WORKER_CACHE_SIZE = 8


@runtime_checkable
class WorkerPlan(Protocol):
    """What the driver ships to executors: small, picklable, no engine objects.

    ``plan_id`` names the plan for the worker cache; ``build()`` runs on the
    worker and returns whatever the task functions need (recognizers, operators).
    """

    plan_id: str

    def build(self) -> Any: ...


def new_plan_id() -> str:
    """A fresh random id, so two plans never share a worker cache entry."""
    return uuid.uuid4().hex


def worker_state(plan: WorkerPlan) -> Any:
    """The objects built from ``plan`` in this process, building them on first use.

    >>> from dataclasses import dataclass, field
    >>> @dataclass(frozen=True)
    ... class Demo:
    ...     plan_id: str = field(default_factory=new_plan_id)
    ...     def build(self):
    ...         return object()
    >>> p = Demo()
    >>> worker_state(p) is worker_state(p)
    True
    """
    state = _WORKER_CACHE.get(plan.plan_id)
    if state is None:
        state = plan.build()
        _WORKER_CACHE[plan.plan_id] = state
        while len(_WORKER_CACHE) > _WORKER_CACHE_SIZE:
            _WORKER_CACHE.popitem(last=False)
    else:
        _WORKER_CACHE.move_to_end(plan.plan_id)
    return state


# A transform turns one batch into one batch with the worker state built from the plan.
Transform = Callable[[Any, pa.RecordBatch], pa.RecordBatch]
# A fold turns a partition's batches into (key, partial) pairs; partials must pickle.
Fold = Callable[[Any, Iterator[pa.RecordBatch]], Iterable[tuple[str, Any]]]


def _named(name: str, func: Callable) -> Callable:
    # Spark shows the function's name in plans and the UI: make it say what runs.
    func.__name__ = func.__qualname__ = name
    return func


def map_batches(df: DataFrame, plan: WorkerPlan, transform: Transform, schema: Any,
                *, name: str = "piguard_map") -> DataFrame:
    """``df`` with every Arrow batch replaced by ``transform(state, batch)``.

    ``transform`` must be a module-level function (pickled by reference); the
    plan is pickled by value into the task closure. ``schema`` is the output
    schema (a Spark ``StructType`` or DDL string).
    """

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        state = worker_state(plan)
        for batch in batches:
            yield transform(state, batch)

    return df.mapInArrow(_named(name, run), schema)


def fold_partitions(df: DataFrame, plan: WorkerPlan, fold: Fold,
                    *, name: str = "piguard_fold") -> list[tuple[str, Any]]:
    """Fold every partition of ``df`` with ``fold`` and collect the partials.

    Each partition emits one small Arrow batch of ``(key, pickled partial)``
    rows; only these reach the driver, never the data. Returns the unpickled
    ``(key, partial)`` pairs in no particular order, for the caller to merge.
    """

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        state = worker_state(plan)
        keys, partials = [], []
        for key, partial in fold(state, batches):
            keys.append(key)
            partials.append(pickle.dumps(partial, protocol=pickle.HIGHEST_PROTOCOL))
        yield pa.record_batch([pa.array(keys, pa.string()), pa.array(partials, pa.binary())],
                              schema=PARTIAL_SCHEMA)

    table = df.mapInArrow(_named(name, run), _PARTIAL_DDL).toArrow()
    # The partials were pickled by this module's own worker function in the same job.
    return [(key, pickle.loads(blob))
            for key, blob in zip(table.column("key").to_pylist(),
                                 table.column("partial").to_pylist(), strict=True)]
