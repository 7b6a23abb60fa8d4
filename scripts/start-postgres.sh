#!/usr/bin/env bash
# Start Debian's PostgreSQL cluster (if needed), create the test role, print its URL.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q . || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start
fi
su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='jixiao'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE jixiao LOGIN SUPERUSER PASSWORD 'jixiao'\""
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='jixiao'\"" | grep -q 1 ||
  su postgres -c "createdb -O jixiao jixiao"
echo "postgresql://jixiao:jixiao@127.0.0.1:5432/jixiao"
