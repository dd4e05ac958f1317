#!/usr/bin/env bash
# Every test, in order of speed: lint, types, unit + component, production build, e2e (Chromium + axe).
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

source scripts/ensure-chromium.sh
[ -x node_modules/.bin/next ] || npm install --no-audit --no-fund

step() { printf '\n==> %s\n' "$*"; }
start=$(date +%s)

step "Route types (next typegen)"
npx next typegen >/dev/null
step "Lint (eslint)"
npx eslint --max-warnings=0 .
echo "eslint: no problems"
step "Types (tsc --noEmit)"
npx tsc --noEmit
echo "tsc: no errors"
step "Unit and component tests (vitest)"
npx vitest run
step "Production build (npm run build: next build, then prerendered pages without scripts)"
npm run build --silent
step "End-to-end tests against the production build (Playwright, Debian Chromium, axe)"
npx playwright test

printf '\n==> All tests passed in %ss\n' "$(( $(date +%s) - start ))"
