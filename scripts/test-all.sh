#!/usr/bin/env bash
# npm test: typecheck, lint, unit and integration tests, then the production build and end-to-end tests.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
npx tsc --noEmit
npx eslint .
npx vitest run
npx next build
npx playwright test
