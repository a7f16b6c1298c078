"""`piguard protect`, `piguard reidentify`, `piguard keys ...` and `piguard policy ...`.

Only ``typer`` is imported at module level; the protection engine is imported inside
each command so that other commands start fast.

Keys come from, in order: ``--keystore`` (passphrase from ``PIGUARD_KEYSTORE_PASSPHRASE``
or a prompt), ``PIGUARD_KEY_<ID>`` environment variables, the default keystore
``~/.piguard/keystore.json`` if it exists. Without any, ``protect`` refuses to run unless
``--ephemeral-key`` is given (one-off key, pseudonyms match no other run).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from piguard.cli.app import EXIT_CONFIG, EXIT_FINDINGS, EXIT_OK, app

DEFAULT_HOME = Path(os.environ.get("PIGUARD_HOME", Path.home() / ".piguard"))
DEFAULT_KEYSTORE = DEFAULT_HOME / "keystore.json"
DEFAULT_REID_LOG = DEFAULT_HOME / "reidentification.jsonl"

keys_app = typer.Typer(help="Manage protection keys (local keystore, scrypt + AES-GCM).",
                       no_args_is_help=True)
policy_app = typer.Typer(help="Check protection policies.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
app.add_typer(policy_app, name="policy")

KeystoreOpt = Annotated[Path | None, typer.Option(
    "--keystore", envvar="PIGUARD_KEYSTORE",
    help="Keystore file (default: ~/.piguard/keystore.json when it exists).")]


def _passphrase(confirm: bool = False) -> str:
    value = os.environ.get("PIGUARD_KEYSTORE_PASSPHRASE")
    if value:
        return value
    return typer.prompt("Keystore passphrase", hide_input=True, confirmation_prompt=confirm)


def _provider(keystore: Path | None, *, required: bool):
    from piguard.protect.keys import EnvKeyProvider
    from piguard.protect.keystore import LocalKeystore

    if keystore is not None:
        return LocalKeystore(keystore, _passphrase())
    if any(name.startswith("PIGUARD_KEY_") for name in os.environ):
        return EnvKeyProvider()
    if DEFAULT_KEYSTORE.exists():
        return LocalKeystore(DEFAULT_KEYSTORE, _passphrase())
    if required:
        typer.echo("piguard: no keys. Create a keystore (`piguard keys init` then "
                   "`piguard keys add default`), set PIGUARD_KEY_DEFAULT, or pass "
                   "--ephemeral-key.", err=True)
        raise typer.Exit(EXIT_CONFIG)
    return None


def _progress_bar(label: str):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    transient=True)


def _protect_locally(input, output, policy, provider, ephemeral_key, wanted, manifest, verify,
                     sample_rows):
    """``protect_file`` with a progress bar (the Spark engine reports through Spark)."""
    from piguard.engines.protect import protect_file

    with _progress_bar("protecting") as bar:
        task = bar.add_task("protect", total=None)

        def progress(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        return protect_file(input, output, policy=policy, keys=provider,
                            allow_ephemeral=ephemeral_key, types=wanted,
                            manifest_path=manifest, verify=verify, sample_rows=sample_rows,
                            progress=progress)


@app.command("protect")
def protect_command(
    input: Annotated[str, typer.Argument(help="CSV/TSV, JSON Lines, Parquet, Excel, text/log "
                                              "file, or a database URL with ?table=NAME.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output file, or database URL "
                                        "with ?table=NEW for a SQL source.")],
    policy: Annotated[Path | None, typer.Option(
        "--policy", "-p", help="Policy YAML (default: the PIPL-first default policy).")] = None,
    keystore: KeystoreOpt = None,
    types: Annotated[str | None, typer.Option(
        "--types", "-t", help="Comma-separated entity types to detect (default: all).")] = None,
    manifest: Annotated[Path | None, typer.Option(
        help="Manifest path (default: OUTPUT.manifest.json).")] = None,
    verify: Annotated[bool, typer.Option(
        "--verify/--no-verify", help="Read the output back and check no original survives.")
    ] = True,
    ephemeral_key: Annotated[bool, typer.Option(
        "--ephemeral-key", help="Use a one-off random key when no key is configured.")] = False,
    sample_rows: Annotated[int, typer.Option(
        min=100, help="Rows at the head used to classify columns.")] = 20_000,
    engine: Annotated[str, typer.Option(
        "--engine", help="'local' (this process) or 'spark' (Parquet/CSV on Spark; OUTPUT "
                         "becomes a folder of part files).")] = "local",
    master: Annotated[str, typer.Option(
        "--master", help="Spark master URL for --engine spark.")] = "local[*]",
) -> None:
    """Write a protected copy of INPUT to OUTPUT, with a manifest and a verification pass.

    Exit code 0 when the verification passed, 1 when an original value survived in the
    output (the manifest lists where), 4 for a policy or key problem.
    """
    import json
    import warnings

    from piguard.protect.policy import load

    # --ephemeral-key asks for the one-off key: the API's warning about it is noise here,
    # and the manifest records ``ephemeral_key`` either way.
    warnings.filterwarnings("ignore", message="no key provider", category=UserWarning)

    resolved_policy = load(policy) if policy else None
    provider = _provider(keystore, required=not ephemeral_key)
    wanted = [t.strip() for t in types.split(",") if t.strip()] if types else None
    if engine not in ("local", "spark"):
        raise typer.BadParameter("--engine must be one of local, spark")
    if engine == "spark":
        from piguard.engines.spark import protect_path

        result = protect_path(input, output, master=master, policy=resolved_policy,
                              keys=provider, allow_ephemeral=ephemeral_key, types=wanted,
                              manifest_path=manifest, verify=verify, sample_rows=sample_rows)
    else:
        result = _protect_locally(input, output, resolved_policy, provider, ephemeral_key,
                                  wanted, manifest, verify, sample_rows)
    rows = result["input"]["rows"]
    typer.echo(f"protected {rows} rows -> {output}")
    if result.get("ephemeral_key"):
        typer.echo("note: one-off key (--ephemeral-key): pseudonyms match no other run", err=True)
    typer.echo(f"manifest: {result['manifest_path']}")
    for item in result.get("residual", []):
        where = f"column {item['column']}: " if "column" in item else ""
        typer.echo(f"residual (not covered by the policy): {where}"
                   f"{item.get('entity_type') or item.get('category')}", err=True)
    for note in result.get("notes", []):
        typer.echo(f"note: {note}", err=True)
    check = result.get("verification")
    if check is not None:
        if check["passed"]:
            typer.echo(f"verification passed: {check['cells_checked']} cells, "
                       f"{check['tokens_checked']} tokens, no original value survived")
        else:
            typer.echo("verification FAILED: original values survive in "
                       + json.dumps(check["survivors"], ensure_ascii=False)
                       + " (masked examples: "
                       + json.dumps(check.get("examples", {}), ensure_ascii=False) + ")",
                       err=True)
            raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_OK)


@app.command("reidentify")
def reidentify_command(
    input: Annotated[str, typer.Argument(help="A protected output file or database URL.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Where to write the restored copy.")],
    manifest: Annotated[Path, typer.Option(help="The manifest written by `piguard protect`.")],
    actor: Annotated[str, typer.Option(help="Who asks (recorded in the log).")],
    purpose: Annotated[str, typer.Option(help="Why (recorded in the log).")],
    columns: Annotated[str | None, typer.Option(
        help="Comma-separated columns to restore (default: every reversible one).")] = None,
    keystore: KeystoreOpt = None,
    log: Annotated[Path, typer.Option(
        envvar="PIGUARD_REID_LOG", help="Append-only re-identification log.")] = DEFAULT_REID_LOG,
) -> None:
    """Restore the reversibly protected columns (encrypt, fpe) for an authorised user.

    Every run appends who, when, which key and version, how many values and why to the
    hash-chained re-identification log.
    """
    from piguard.engines.protect import reidentify_file

    provider = _provider(keystore, required=True)
    wanted = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    result = reidentify_file(input, output, manifest, keys=provider, actor=actor,
                             purpose=purpose, log=log, columns=wanted)
    restored = ", ".join(f"{k} ({v})" for k, v in result["columns"].items())
    typer.echo(f"restored {restored} -> {output}")
    typer.echo(f"logged as record {', '.join(map(str, result['log_seq']))} in {log}")


@keys_app.command("init")
def keys_init(keystore: KeystoreOpt = None) -> None:
    """Create an empty keystore encrypted under a passphrase."""
    from piguard.protect.keystore import LocalKeystore

    path = keystore or DEFAULT_KEYSTORE
    LocalKeystore.create(path, _passphrase(confirm=True))
    typer.echo(f"created keystore {path}")


@keys_app.command("add")
def keys_add(key_id: Annotated[str, typer.Argument(help="New key ID, e.g. default.")],
             keystore: KeystoreOpt = None) -> None:
    """Add a new random 256-bit key."""
    from piguard.protect.keystore import LocalKeystore

    store = LocalKeystore(keystore or DEFAULT_KEYSTORE, _passphrase())
    typer.echo(f"added {store.add_key(key_id).ref}")


@keys_app.command("rotate")
def keys_rotate(key_id: Annotated[str, typer.Argument(help="Key ID to rotate.")],
                keystore: KeystoreOpt = None) -> None:
    """Add a new version; older versions stay so older outputs can be re-identified."""
    from piguard.protect.keystore import LocalKeystore

    store = LocalKeystore(keystore or DEFAULT_KEYSTORE, _passphrase())
    typer.echo(f"rotated to {store.rotate(key_id).ref}")


@keys_app.command("list")
def keys_list(keystore: KeystoreOpt = None) -> None:
    """List key IDs, versions and creation times (never the secrets)."""
    from piguard.protect.keystore import LocalKeystore

    store = LocalKeystore(keystore or DEFAULT_KEYSTORE, _passphrase())
    for entry in store.list_keys():
        typer.echo(f"{entry['key_id']}@{entry['version']}\t{entry['created']}")


@policy_app.command("check")
def policy_check(path: Annotated[Path, typer.Argument(help="Policy YAML to validate.")]) -> None:
    """Validate a policy; errors name the line and the problem."""
    from piguard.protect.policy import load

    policy = load(path)
    typer.echo(f"{path}: OK ({len(policy.rules)} rules, keys: "
               f"{', '.join(policy.key_ids()) or 'none'})")


@policy_app.command("default")
def policy_default() -> None:
    """Print the PIPL-first default policy (a starting point for your own)."""
    from importlib import resources

    typer.echo(resources.files("piguard.protect").joinpath("data", "pipl_default.yaml")
               .read_text("utf-8"), nl=False)
