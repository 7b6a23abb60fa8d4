#!/usr/bin/env bash
# Run the whole suite on SQLite, then the database tests again on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export MPLCONFIGDIR="${MPLCONFIGDIR:-$(mktemp -d)}"
# The first run is the SQLite one whatever the caller's environment says.
env -u DATABASE_URL "$BIN/pytest" -q
if [ -d tests/web ]; then
  url=$(bash scripts/start-postgres.sh)
  echo "PostgreSQL: re-running tests/web on $url"
  DATABASE_URL="$url" "$BIN/pytest" -q tests/web
fi
