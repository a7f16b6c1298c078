# Start a private PostgreSQL cluster on loopback for the store tests (initdb refuses root).
PG_PORT=${PG_PORT:-55432}
PG_DIR=${PG_DIR:-/tmp/piguard-ci-pg}

start_private_postgres() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ]; then echo "no PostgreSQL binaries; postgres tests will be skipped" >&2; return 0; fi
    rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"; chown postgres "$PG_DIR"
    su postgres -c "$bin/initdb -D $PG_DIR/data -A trust -U postgres >/dev/null"
    su postgres -c "$bin/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -o '-k $PG_DIR -h 127.0.0.1 -p $PG_PORT' -w start >/dev/null"
    su postgres -c "$bin/createdb -h 127.0.0.1 -p $PG_PORT -U postgres piguard_test"
    export PIGUARD_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/piguard_test"
    PG_BIN=$bin
}

stop_private_postgres() {
    if [ -n "${PG_BIN:-}" ]; then su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop >/dev/null" || true; fi
}
