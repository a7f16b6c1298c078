"""`piguard anonymize` and `piguard risk`: k-anonymity family, risk, reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from piguard.cli.app import app, check_outputs

_HIERARCHY_HELP = (
    "COLUMN=SPEC, repeatable. SPEC is an ARX CSV file, or interval[:WIDTH], mask[:STEP], "
    "date, flat, region-code, region-ric, region-address or ric-birth."
)


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _read_table(path: Path):
    """Read CSV/TSV (separator and encoding sniffed), Parquet or JSON Lines with Polars."""
    import polars as pl

    from piguard.errors import InputError, UnsupportedFormat

    if path.is_dir():
        raise InputError(f"{path} is a folder; name a table file")
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    suffix = path.suffix.lower()
    try:
        if suffix in {".parquet", ".pq"}:
            return pl.read_parquet(path)
        if suffix in {".jsonl", ".ndjson"}:
            return pl.read_ndjson(path)
        if suffix in {".csv", ".tsv", ".txt"}:
            return _read_csv(path)
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise InputError(f"cannot read {path}: {_reason(exc)}") from None
    raise UnsupportedFormat(f"{path.name}: use .csv, .tsv, .parquet or .jsonl")


def _read_csv(path: Path):
    """UTF-8 is read in place; a GB18030/GBK export is decoded first (Polars reads UTF-8 only)."""
    import io

    import polars as pl

    from piguard.errors import InputError, UnsupportedFormat
    from piguard.io.encoding import sniff_file_encoding

    try:
        encoding = sniff_file_encoding(path)
    except UnsupportedFormat as exc:  # binary content (NUL bytes)
        raise InputError(f"cannot read {path}: {exc}") from None
    source = path
    if encoding not in ("utf-8", "utf-8-sig"):
        try:
            source = io.BytesIO(path.read_bytes().decode(encoding).encode("utf-8"))
        except UnicodeDecodeError:
            raise InputError(f"cannot read {path}: not text in {encoding}") from None
    first = (source.getvalue() if isinstance(source, io.BytesIO) else path.read_bytes()[:65536])
    first = first.decode("utf-8", errors="replace").lstrip("\ufeff").partition("\n")[0]
    separator = max([";", ",", "\t", "|"], key=first.count)
    try:
        return pl.read_csv(source, separator=separator, infer_schema_length=10_000,
                           encoding="utf8-lossy")
    except pl.exceptions.ComputeError:  # types change past the sniffed rows: keep text
        if isinstance(source, io.BytesIO):
            source.seek(0)
        return pl.read_csv(source, separator=separator, infer_schema_length=0,
                           encoding="utf8-lossy")


def _direct_identifiers(table, handled: set[str], sample: int = 2_000) -> list[str]:
    """Columns outside --quasi/--sensitive whose values look like identifiers (names, IDs,
    phones...): anonymize releases them unchanged, so the officer must protect or drop them.

    Judged on a sample, by value, with the scanner's column classifier; names only, no value.
    """
    from piguard.detect.columns import classify, profile_batch

    rest = [c for c in table.columns if c not in handled]
    if not rest:
        return []
    batch = table.select(rest).head(sample).to_arrow()
    return [f"{r.name} ({r.primary.entity_type})" for r in classify(profile_batch(batch))
            if r.primary is not None and r.primary.entity_type is not None]


def _reason(exc: Exception) -> str:
    """A short cause without the exception text (Polars quotes the offending row)."""
    import polars as pl

    if isinstance(exc, pl.exceptions.NoDataError):
        return "the file is empty"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return f"not a readable table ({type(exc).__name__})"


def _write_table(frame, path: Path) -> None:
    from piguard.io.atomic import atomic_file

    with atomic_file(path) as tmp:
        if path.suffix.lower() in {".parquet", ".pq"}:
            frame.write_parquet(tmp)
        elif path.suffix.lower() in {".jsonl", ".ndjson"}:
            frame.write_ndjson(tmp)
        else:
            frame.write_csv(tmp, separator="\t" if path.suffix.lower() == ".tsv" else ",")


def _hierarchies(table, quasi: list[str], sensitive: str | None, directory: Path | None,
                 specs: list[str]):
    from piguard.anonymize import hierarchy as hz
    from piguard.anonymize.encode import as_text
    from piguard.errors import ConfigError

    wanted = [*quasi, *([sensitive] if sensitive else [])]
    found = hz.read_hierarchies(directory, wanted) if directory else {}
    for spec in specs:
        column, _, kind = spec.partition("=")
        if column not in table.columns:
            raise ConfigError(f"--hierarchy names a column that does not exist: {column}")
        kind, _, arg = kind.partition(":")
        values = as_text(table.get_column(column)).unique().to_list()
        if arg and kind in {"interval", "mask"} and not arg.replace(".", "", 1).isdigit():
            raise ConfigError(f"--hierarchy {spec!r}: {arg!r} is not a number")
        if kind == "interval":
            found[column] = hz.interval_hierarchy(column, values, float(arg) if arg else None)
        elif kind == "mask":
            found[column] = hz.mask_hierarchy(column, values, int(float(arg)) if arg else 1)
        elif kind == "date":
            found[column] = hz.date_hierarchy(column, values)
        elif kind == "flat":
            found[column] = hz.flat_hierarchy(column, values)
        elif kind == "ric-birth":
            found[column] = hz.ric_birth_hierarchy(column, values)
        elif kind.startswith("region-"):
            found[column] = hz.region_hierarchy(column, values, kind.removeprefix("region-"))
        elif Path(kind).is_file():
            found[column] = hz.read_arx_csv(kind, column)
        else:
            raise ConfigError(f"unknown hierarchy spec {spec!r}")
    return found


@app.command()
def anonymize(
    input: Annotated[Path, typer.Argument(help="Table to anonymize (.csv, .tsv, .parquet, .jsonl).")],
    quasi: Annotated[str, typer.Option("--quasi", "-q", help="Quasi-identifiers, comma-separated.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the released table.")],
    sensitive: Annotated[str | None, typer.Option(help="Sensitive attribute (for l and t).")] = None,
    k: Annotated[int | None, typer.Option("--k", help="k-anonymity.")] = None,
    l: Annotated[float | None, typer.Option("--l", help="l-diversity.")] = None,  # noqa: E741
    l_variant: Annotated[str, typer.Option(help="distinct, entropy or recursive.")] = "distinct",
    c: Annotated[float | None, typer.Option("--c", help="c of recursive (c,l)-diversity.")] = None,
    t: Annotated[float | None, typer.Option("--t", help="t-closeness.")] = None,
    t_distance: Annotated[str, typer.Option(help="equal, ordered or hierarchical.")] = "equal",
    suppress: Annotated[float, typer.Option(help="Share of rows that may be suppressed.")] = 0.05,
    hierarchies: Annotated[Path | None, typer.Option(help="Folder of ARX hierarchy CSVs.")] = None,
    hierarchy: Annotated[list[str] | None, typer.Option(help=_HIERARCHY_HELP)] = None,
    method: Annotated[str, typer.Option(help="global (optimal lattice) or local (Mondrian).")] = "global",
    population: Annotated[Path | None, typer.Option(help="Population table (k-map, δ-presence).")] = None,
    k_map: Annotated[int | None, typer.Option(help="k-map against --population.")] = None,
    delta_min: Annotated[float | None, typer.Option(help="δ-presence lower bound.")] = None,
    delta_max: Annotated[float | None, typer.Option(help="δ-presence upper bound.")] = None,
    keep_suppressed: Annotated[bool, typer.Option(help="Keep suppressed rows as '*'.")] = False,
    local_release: Annotated[str, typer.Option(
        help="Local recoding releases: set (intervals and sets) or node (hierarchy nodes).")] = "set",
    json_report: Annotated[Path | None, typer.Option("--json", help="Write the JSON report here.")] = None,
    html_report: Annotated[Path | None, typer.Option("--html", help="Write the HTML report here.")] = None,
) -> None:
    """Generalize and suppress quasi-identifiers until the privacy models hold."""
    import json

    from rich.console import Console

    from piguard.anonymize.api import anonymize as run
    from piguard.report.anonymize_report import jsonable, write_html, write_json

    check_outputs({"--output": output, "--json": json_report, "--html": html_report})
    with Console(stderr=True).status(f"anonymizing {input.name} …"):
        table = _read_table(input)
        quasi_list = _split(quasi)
        found = _hierarchies(table, quasi_list, sensitive, hierarchies, hierarchy or [])
        pop = _read_table(population) if population else None
        delta = None
        if delta_min is not None or delta_max is not None:
            delta = (delta_min or 0.0, delta_max if delta_max is not None else 1.0)
        result = run(table, quasi_list, sensitive=sensitive, k=k, l=l, l_variant=l_variant, c=c,
                     t=t, t_distance=t_distance, suppress=suppress, hierarchies=found,
                     method=method, population=pop, k_map=k_map, delta=delta,
                     keep_suppressed=keep_suppressed, local_release=local_release)
        _write_table(result.table, output)
        report = result.to_json()
    if json_report:
        write_json(report, json_report)
    if html_report:
        write_html(report, html_report)
    leaked = _direct_identifiers(table, {*quasi_list, *([sensitive] if sensitive else [])})
    if leaked:
        typer.echo(f"piguard: warning: released unchanged, these columns look like direct "
                   f"identifiers: {', '.join(leaked)}. Drop them or run `piguard protect` "
                   f"first.", err=True)
    summary = {"output": str(output), "rows_out": report["rows_out"],
               "suppressed_rows": report["suppressed_rows"], "reached": report["reached"],
               "ncp": report["utility"]["after"]["ncp"], "seconds": round(report["seconds"], 3)}
    typer.echo(json.dumps(jsonable(summary), ensure_ascii=False))


@app.command()
def risk(
    input: Annotated[Path, typer.Argument(help="Table to assess (.csv, .tsv, .parquet, .jsonl).")],
    quasi: Annotated[str, typer.Option("--quasi", "-q", help="Quasi-identifiers, comma-separated.")],
    threshold: Annotated[float, typer.Option(help="Risk above which a record counts as at risk.")] = 0.2,
    population: Annotated[Path | None, typer.Option(help="Population table (journalist risk).")] = None,
    sampling_fraction: Annotated[float | None, typer.Option(help="Sample share of the population.")] = None,
    json_report: Annotated[Path | None, typer.Option("--json", help="Write the JSON report here.")] = None,
    html_report: Annotated[Path | None, typer.Option("--html", help="Write the HTML report here.")] = None,
) -> None:
    """Re-identification risk (prosecutor, journalist, marketer) of a table."""
    import json

    from piguard.anonymize.api import assess_risk
    from piguard.report.anonymize_report import jsonable, write_html, write_json

    check_outputs({"--json": json_report, "--html": html_report})
    table = _read_table(input)
    pop = _read_table(population) if population else None
    report = assess_risk(table, _split(quasi), threshold=threshold, population=pop,
                         sampling_fraction=sampling_fraction)
    if json_report:
        write_json(report, json_report)
    if html_report:
        write_html(report, html_report)
    typer.echo(json.dumps(jsonable(report), ensure_ascii=False, indent=2))


_QUERY_HELP = (
    "Repeatable: count | count(COL) | sum(COL, LO, HI) | mean(COL, LO, HI) | "
    "quantile(COL, Q, LO, HI) | histogram(COL, CAT1|CAT2|...)."
)


def _parse_query(text: str) -> tuple[str, list[str]]:
    """``"mean(age, 0, 100)"`` -> ``("mean", ["age", "0", "100"])``."""
    import re

    from piguard.errors import ConfigError

    match = re.fullmatch(r"\s*([a-z]+)\s*(?:\((.*)\))?\s*", text)
    if match is None:
        raise ConfigError(f"cannot read the query {text!r}")
    args = [a.strip() for a in (match.group(2) or "").split(",") if a.strip()]
    return match.group(1), args


_QUERY_ARITY = {"count": (0, 1), "sum": (3,), "mean": (3,), "quantile": (4,), "histogram": (2,)}


def _plan_query(columns, text: str) -> tuple[str, str | None, list]:
    """Check one query before any ε is spent: its name, arity, column and numbers."""
    from piguard.errors import ConfigError

    name, args = _parse_query(text)
    if len(args) not in _QUERY_ARITY.get(name, ()):
        raise ConfigError(f"unknown query or wrong arguments: {text!r}")
    column = args[0] if args else None
    if column is not None and column not in columns:
        raise ConfigError(f"the query {text!r} names a column that does not exist: {column}")
    if name == "histogram":
        return name, column, [args[1].split("|")]
    try:
        return name, column, [float(a) for a in args[1:]]
    except ValueError:
        raise ConfigError(f"the query {text!r} has an argument that is not a number") from None


def _run_query(table, plan: tuple[str, str | None, list], epsilon: float):
    name, column, rest = plan
    if name == "count":
        return table.count(epsilon, column)
    if name in {"sum", "mean"}:
        method = table.sum if name == "sum" else table.mean
        return method(column, (rest[0], rest[1]), epsilon)
    if name == "quantile":
        return table.quantile(column, rest[0], (rest[1], rest[2]), epsilon)
    return table.histogram(column, rest[0], epsilon)


@app.command()
def dp(
    input: Annotated[Path, typer.Argument(help="Table to query (.csv, .tsv, .parquet, .jsonl).")],
    dataset: Annotated[str, typer.Option(help="Name of the data set in the budget ledger.")],
    ledger: Annotated[Path, typer.Option(help="Budget ledger (JSON file, created if missing).")],
    query: Annotated[list[str], typer.Option("--query", help=_QUERY_HELP)],
    epsilon: Annotated[float, typer.Option(help="ε spent by each query.")],
    budget: Annotated[float | None, typer.Option(help="Set the data set's total ε first.")] = None,
) -> None:
    """Differentially private statistics (OpenDP) under a per-data-set ε budget."""
    import json

    from piguard.anonymize.dp import BudgetLedger, PrivateTable, release_to_json
    from piguard.report.anonymize_report import jsonable

    check_outputs({"--ledger": ledger})
    frame = _read_table(input)
    plans = [_plan_query(frame.columns, q) for q in query]  # all checked before any ε is spent
    book = BudgetLedger(ledger)
    if budget is not None:
        book.set_budget(dataset, budget)
    table = PrivateTable({c: frame.get_column(c) for c in frame.columns}, dataset, book)
    book.reserve(dataset, epsilon * len(query))  # all or nothing: no answer is lost midway
    releases = [release_to_json(_run_query(table, plan, epsilon)) for plan in plans]
    out = {"schema": "piguard.dp/1", "dataset": dataset, "releases": releases,
           "epsilon_spent": book.spent(dataset), "epsilon_remaining": book.remaining(dataset)}
    typer.echo(json.dumps(jsonable(out), ensure_ascii=False, indent=2))
