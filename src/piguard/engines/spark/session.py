"""Start (or reuse) the Spark session piguard runs on.

Local mode starts in a few seconds only with a tuned configuration (measured on a
2-core CI machine, see NOTES.md): no web UI, two shuffle partitions, a small
driver heap and a JVM that skips the optimising compiler and uses the serial
collector. On a cluster, ``spark-submit`` owns the configuration; piguard then
only fills in what is missing.

Nothing secret is ever put into the Spark configuration: keys travel inside the
task closure (see :mod:`piguard.engines.spark.secrets`).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from piguard.errors import ConfigError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

__all__ = ["FAST_JVM_OPTIONS", "TUNED_CONF", "java_available", "prepare_environment",
           "spark_session"]

# The JVM flags that halve local start-up: C1 only, serial GC (NOTES.md).
FAST_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

# Settings for local mode; every one can be overridden by the caller.
TUNED_CONF: dict[str, str] = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "2",
    "spark.driver.memory": "512m",
    "spark.driver.extraJavaOptions": FAST_JVM_OPTIONS,
    "spark.executor.extraJavaOptions": FAST_JVM_OPTIONS,
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    # Larger Arrow batches amortise the per-batch cost of the vectorised kernels.
    "spark.sql.execution.arrow.maxRecordsPerBatch": "32768",
    # Python workers are reused across tasks, so recognizers are built once per worker.
    "spark.python.worker.reuse": "true",
}


def java_available() -> bool:
    """True when a Java runtime is reachable (``JAVA_HOME`` or ``java`` on PATH)."""
    home = os.environ.get("JAVA_HOME")
    if home and os.path.exists(os.path.join(home, "bin", "java")):
        return True
    return shutil.which("java") is not None


def prepare_environment(master: str) -> None:
    """In local mode, run Python workers on this interpreter and bind to loopback.

    Local workers must run the same Python as the driver, or they cannot import
    pyarrow and piguard. On a cluster the executors' Python is the cluster's
    business (see docs/spark.md), so nothing is set. Values already set are kept.
    """
    if not master.startswith("local"):
        return
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")


def spark_session(
    master: str | None = "local[*]",
    *,
    app_name: str = "piguard",
    conf: Mapping[str, str] | None = None,
    tuned: bool = True,
) -> SparkSession:
    """Return the active Spark session, starting one on ``master`` if none runs.

    ``master=None`` leaves the choice to ``spark-submit``. ``tuned`` applies
    :data:`TUNED_CONF` for local runs; ``conf`` overrides single settings. A
    session that is already running is reused as it is (Spark cannot change
    JVM options of a running driver).
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ConfigError("the Spark engine needs the 'spark' extra: pip install 'piguard[spark]'"
                          ) from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    if not java_available():
        raise ConfigError("the Spark engine needs Java 17 or 21 (set JAVA_HOME or put java on PATH)")
    local = master is not None and master.startswith("local")
    if master is not None:
        prepare_environment(master)
    settings: dict[str, str] = dict(TUNED_CONF) if (tuned and local) else {}
    settings.update(conf or {})
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session
