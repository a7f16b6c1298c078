"""One local Spark session for the whole test run, or a clean skip without Java.

Spark tests are marked ``spark`` and share the xdist group ``spark`` so that,
with ``--dist loadgroup``, a single worker starts a single JVM.
"""

from __future__ import annotations

import pytest

from piguard.engines.spark.session import java_available


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark")
    if not java_available():
        pytest.skip("Spark tests need Java 17 or 21")
    from piguard.engines.spark.session import spark_session

    session = spark_session("local[2]", app_name="piguard-tests",
                            conf={"spark.default.parallelism": "2"})
    yield session
    session.stop()
