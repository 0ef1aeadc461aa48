#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-postgres.sh COMMAND [ARG...]
# Starts a private PostgreSQL 15 on loopback (data in a temporary directory,
# trust authentication, port from SWITCHBOARD_TEST_PG_PORT or a free one), runs
# COMMAND with SWITCHBOARD_TEST_PG_URL, SWITCHBOARD_TEST_PG_DATA and
# SWITCHBOARD_TEST_PG_CTL (a small start/stop/restart helper the tests use to
# simulate an outage) in its environment, then stops the server, removes its
# files and exits with COMMAND's exit code. For example:
#   scripts/with-postgres.sh ctest --test-dir build -L postgres
# The server runs with fsync=off (tests need no durability across a machine
# crash); SWITCHBOARD_TEST_PG_FSYNC=on keeps it, for benchmarks.
# Works as root (the server runs as the postgres user, via runuser) and as an
# ordinary user (the server runs as that user).
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
pgbin=${PGBIN:-}
if [ -z "$pgbin" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/pg_ctl" ] && pgbin=$candidate
    done
fi
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    echo "$0: PostgreSQL server binaries not found; install the postgresql package (scripts/install-deps.sh)" >&2
    exit 127
fi

run=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-pg.XXXXXX")
chmod 755 "$run"
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root.
    chown postgres:postgres "$run"
    as_owner=(runuser -u postgres --)
fi

port=${SWITCHBOARD_TEST_PG_PORT:-}
if [ -z "$port" ]; then
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo $((20000 + RANDOM % 20000)))
fi

fsync=${SWITCHBOARD_TEST_PG_FSYNC:-off}
ctl="$run/pgctl.sh"
cat >"$ctl" <<EOF
#!/usr/bin/env bash
# pgctl.sh start|stop|restart: the private server of this run.
set -e
case "\$1" in
    start) ${as_owner[*]} "$pgbin/pg_ctl" -D "$run/data" -l "$run/server.log" -w -t 30 \\
               -o "-p $port -c listen_addresses=127.0.0.1 -k $run -c fsync=$fsync -c max_connections=200" start >/dev/null ;;
    stop) ${as_owner[*]} "$pgbin/pg_ctl" -D "$run/data" -m fast -w -t 30 stop >/dev/null ;;
    restart) ${as_owner[*]} "$pgbin/pg_ctl" -D "$run/data" -l "$run/server.log" -m fast -w -t 30 \\
                 -o "-p $port -c listen_addresses=127.0.0.1 -k $run -c fsync=$fsync -c max_connections=200" restart >/dev/null ;;
    *) echo "usage: \$0 start|stop|restart" >&2; exit 2 ;;
esac
EOF
chmod 755 "$ctl"

cleanup()
{
    "$ctl" stop 2>/dev/null || true
    rm -rf "$run"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${as_owner[@]}" "$pgbin/initdb" -D "$run/data" -U postgres -A trust --no-sync -E UTF8 >"$run/initdb.log" 2>&1 || {
    cat "$run/initdb.log" >&2
    echo "$0: initdb failed" >&2
    exit 125
}
if ! "$ctl" start; then
    cat "$run/server.log" >&2 || true
    echo "$0: PostgreSQL did not start on port $port" >&2
    exit 125
fi

export SWITCHBOARD_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export SWITCHBOARD_TEST_PG_DATA="$run/data"
export SWITCHBOARD_TEST_PG_CTL="$ctl"
status=0
"$@" || status=$?
exit "$status"
