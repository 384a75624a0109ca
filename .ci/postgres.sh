# Source this file (`source .ci/postgres.sh`): it installs PostgreSQL from Debian's packages when
# absent, starts a private server on loopback, creates a database and exports its URL as
# WARLOG_TEST_PG_URL (also printed). Safe to source again: a running server is reused.
# Settings: WARLOG_PG_DIR (data directory, default /tmp/warlog-pg), WARLOG_PG_PORT (default 54329),
# WARLOG_PG_DB (default warlog_test).

warlog_pg_bin() {
  # Never fails (callers may run under `set -euo pipefail`): empty output when none is installed.
  { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -n 1
}

warlog_pg_as_owner() {
  # initdb and pg_ctl refuse to run as root: run them as the postgres user then.
  if [ "$(id -u)" = "0" ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

warlog_pg_start() {
  local bin dir port db
  bin="$(warlog_pg_bin)"
  if [ -z "$bin" ]; then
    echo "postgres.sh: installing PostgreSQL (apt-get)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
    bin="$(warlog_pg_bin)"
  fi
  dir="${WARLOG_PG_DIR:-/tmp/warlog-pg}"
  port="${WARLOG_PG_PORT:-54329}"
  db="${WARLOG_PG_DB:-warlog_test}"
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir" && { [ "$(id -u)" != "0" ] || chown postgres: "$dir"; }
    warlog_pg_as_owner "'$bin/initdb' -D '$dir' -U postgres -A trust -E UTF8 >/dev/null" || return 1
  fi
  if ! warlog_pg_as_owner "'$bin/pg_ctl' -D '$dir' status >/dev/null 2>&1"; then
    warlog_pg_as_owner "'$bin/pg_ctl' -D '$dir' -w -l '$dir/server.log' \
      -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=on\" start >/dev/null" || {
      echo "postgres.sh: server did not start; see $dir/server.log" >&2; return 1; }
  fi
  if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" \
      postgres | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db" || return 1
  fi
  export WARLOG_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/$db"
  echo "WARLOG_TEST_PG_URL=$WARLOG_TEST_PG_URL"
}

warlog_pg_start
