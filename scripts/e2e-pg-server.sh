#!/usr/bin/env bash
# One of two app instances on one PostgreSQL database (E2E_DATABASE_URL), for playwright.instances.config.ts.
# `first` empties the database, migrates and seeds it and makes the demo accounts; `second <first port>` waits
# for the first to answer, then starts on the same database (and the same data folder: the auth key).
set -euo pipefail
port="$1"
which="${2:-first}"
export PARALLEL_DATA_DIR=.tmp/e2e-data/pglite
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${E2E_DATABASE_URL:?set E2E_DATABASE_URL to a local PostgreSQL database}"
if [ "$which" = first ]; then
  # The folder holds the demo accounts file and the auth key (no PGlite is made in it on PostgreSQL).
  rm -rf .tmp/e2e-data && mkdir -p .tmp/e2e-data
  node -e '
    const pg = require("pg")
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    client.connect()
      .then(() => client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"))
      .then(() => client.end())
      .catch((error) => { console.error(error); process.exit(1) })'
  npx tsx scripts/prepare-db.ts --demo-accounts
else
  until curl -sf "http://127.0.0.1:$3/api/health" >/dev/null; do sleep 1; done
fi
exec npx next start -p "$port" -H 127.0.0.1 --keepAliveTimeout 120000
