#!/usr/bin/env bash
# Start Debian's PostgreSQL cluster (if needed), create the test role, print its URL.
# Only the URL goes to stdout: pg_ctlcluster prints notices ("Removed stale pid file.")
# that must not end up in DATABASE_URL.
set -euo pipefail
start() {
  local version
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | grep -q online; then
    pg_lsclusters -h | grep -q . || pg_createcluster "$version" main
    pg_ctlcluster "$version" main start
  fi
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='jixiao'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE jixiao LOGIN SUPERUSER PASSWORD 'jixiao'\""
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='jixiao'\"" | grep -q 1 ||
    su postgres -c "createdb -O jixiao jixiao"
}
start >&2
echo "postgresql://jixiao:jixiao@127.0.0.1:5432/jixiao"
