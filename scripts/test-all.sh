#!/usr/bin/env bash
# npm test: typecheck, lint, unit and integration tests, then the production build and end-to-end tests.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
npx tsc --noEmit
npx prettier --check . >/dev/null || { echo "Formatting differs: run npm run format" >&2; npx prettier --check . ; exit 1; }
npx eslint .
npx vitest run
npx next build
npx playwright test
# Two app instances on one PostgreSQL database (live events across instances); that database is emptied.
if [ -n "${E2E_DATABASE_URL:-}" ]; then
  npx playwright test -c playwright.instances.config.ts
else
  echo "Not run: the two-instance end-to-end test (set E2E_DATABASE_URL to a local PostgreSQL database it may empty)" >&2
fi
