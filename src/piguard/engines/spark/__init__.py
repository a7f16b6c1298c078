"""piguard on Apache Spark: the same scanning and protection core, scaled out.

This subpackage is the only place in piguard that imports PySpark (install the
``spark`` extra and a Java 17/21 runtime). Executors receive a small picklable
plan through ``mapInArrow`` and build recognizers and operators themselves;
results come back to the driver in the same shapes the local engines return.

    >>> from piguard.engines import spark as pgspark   # doctest: +SKIP
    >>> session = pgspark.spark_session("local[2]")     # doctest: +SKIP
    >>> df = session.read.parquet("customers.parquet")  # doctest: +SKIP
    >>> inventory = pgspark.scan(df)                    # doctest: +SKIP
    >>> safe = pgspark.protect(df, keys=my_key_provider)  # doctest: +SKIP

PySpark itself is imported only when a function needs it, so importing this
package is cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {
    "Secret": "piguard.engines.spark.secrets",
    "SparkProtection": "piguard.engines.spark.protection",
    "java_available": "piguard.engines.spark.session",
    "protect": "piguard.engines.spark.protection",
    "protect_dataframe": "piguard.engines.spark.protection",
    "protect_path": "piguard.engines.spark.protection",
    "read_dataframe": "piguard.engines.spark.files",
    "scan": "piguard.engines.spark.scanning",
    "scan_dataframe": "piguard.engines.spark.scanning",
    "spark_session": "piguard.engines.spark.session",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
