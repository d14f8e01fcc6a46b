#!/usr/bin/env bash
# A throwaway PostgreSQL server for the HQ tests, listening on a Unix socket in a temporary folder.
#   eval "$(scripts/postgres-for-tests.sh start)"   prints BRANCHDESK_TEST_PG=... and PG_TEST_DIR=...
#   scripts/postgres-for-tests.sh stop DIR          stops it and removes the folder
# Uses Debian's postgresql package (scripts/bootstrap.sh installs it with the "postgres" set).
# PostgreSQL refuses to run as root, so as root the server runs as the package's postgres user.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
case "${1:-}" in
  start)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      echo "postgres-for-tests.sh: no PostgreSQL server installed (apt-get install postgresql)" >&2
      exit 1
    fi
    dir=$(mktemp -d /tmp/branchdesk-pg.XXXXXX)
    as=()
    user=$(id -un)
    if [ "$(id -u)" = 0 ]; then
      chown postgres: "$dir"
      as=(runuser -u postgres --)
      user=postgres
    fi
    "${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U "$user" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2; exit 1; }
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=200" start >/dev/null || {
      cat "$dir/server.log" >&2; exit 1; }
    echo "export BRANCHDESK_TEST_PG='postgresql://$user@/postgres?host=$dir'"
    echo "export PG_TEST_DIR='$dir'"
    ;;
  stop)
    dir=${2:?which folder}
    as=()
    [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
