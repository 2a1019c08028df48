#!/usr/bin/env bash
# Makes sure a local PostgreSQL is installed and running, then creates (idempotently) one role and
# one database per service, plus the databases their tests use.
#
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PG_SUPERUSER (postgres),
# INCLUSIONHUB_DB_PASSWORD (password given to the service roles; "inclusionhub" by default, local use only),
# INCLUSIONHUB_DB_SUFFIX (when set, e.g. _bench, also the databases practice_bench... of a second system).
set -euo pipefail

host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"
superuser="${PG_SUPERUSER:-postgres}"
password="${INCLUSIONHUB_DB_PASSWORD:-inclusionhub}"
services=(practice assessment survey)
suffix="${INCLUSIONHUB_DB_SUFFIX:-}"

as_root() { if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
psql_super() { psql -h "$host" -p "$port" -U "$superuser" -v ON_ERROR_STOP=1 -qAt "$@"; }
ready() { pg_isready -h "$host" -p "$port" -q 2>/dev/null; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! command -v psql >/dev/null 2>&1; then
  echo "postgres: not installed, installing with apt-get"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

if ! ready; then
  version="$(ls /etc/postgresql | sort -V | tail -n1)"
  echo "postgres: starting cluster $version/main"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do ready && break; sleep 1; done
  ready || { echo "postgres: not ready on $host:$port" >&2; exit 1; }
fi

# Local trust authentication is assumed for the superuser (Debian's default for 127.0.0.1 on these
# machines); fall back to the postgres OS user through the socket.
if ! psql_super -d postgres -c 'select 1' >/dev/null 2>&1; then
  psql_super() { as_root su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $(printf '%q ' "$@")"; }
fi

for service in "${services[@]}"; do
  role="$service"
  psql_super -d postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
        CREATE ROLE $role LOGIN PASSWORD '$password';
      END IF; END \$\$;"
  dbs=("$service" "${service}_test")
  [[ -n "$suffix" ]] && dbs+=("$service$suffix")
  for db in "${dbs[@]}"; do
    if [[ -z "$(psql_super -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
      psql_super -d postgres -c "CREATE DATABASE $db OWNER $role"
    fi
    # practice search needs these; extensions are created here, by the superuser, never by the service role
    psql_super -d "$db" -c "SET client_min_messages TO warning; CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS fuzzystrmatch"
  done
done
echo "postgres: ready on $host:$port with databases: ${services[*]} (and *_test)"
