#!/usr/bin/env bash
# Starts (or finds running) a private PostgreSQL for the tests on 127.0.0.1, installing Debian's server if missing.
# Prints the connection string on its last line. Used by ./test.sh and by the test fixture when run on its own.
set -euo pipefail
PGDIR=${PARINDEX_PG_DIR:-/tmp/parindex-pg}
PGPORT=${PARINDEX_PG_PORT:-55432}

initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$initdb" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends postgresql >&2
  initdb=$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
fi
PGBIN=$(dirname "$initdb")

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
  mkdir -p "$PGDIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDIR"
  as_postgres "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_postgres "$PGBIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
  as_postgres "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/pg.log" -w \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
fi
echo "Host=127.0.0.1;Port=$PGPORT;Username=postgres;Pooling=true;Maximum Pool Size=200"
