#!/usr/bin/env bash
# Starts the production build on a throwaway PGlite folder, migrated and seeded (R13).
set -euo pipefail
port="${1:-3210}"
export PARALLEL_DATA_DIR="${PARALLEL_DATA_DIR:-.tmp/e2e-data/pglite}"
export NEXT_TELEMETRY_DISABLED=1
# One JSON line per request would bury the test output: warnings and errors only, unless asked for.
export LOG_LEVEL="${LOG_LEVEL:-warn}"
unset DATABASE_URL
rm -rf "$(dirname "$PARALLEL_DATA_DIR")"
npx tsx scripts/prepare-db.ts --demo-accounts
# A long keep-alive: the tests reuse idle connections, and a server closing one as a request goes out resets it (ECONNRESET).
exec node scripts/serve.mjs -p "$port" -H 127.0.0.1 --keepAliveTimeout 120000
