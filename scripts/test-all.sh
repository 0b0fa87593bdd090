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
