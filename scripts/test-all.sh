#!/usr/bin/env bash
# Every test, in order of speed: lint, types, unit + component, the same with a new year and a new city
# added in a scratch copy, production build, the post-build layer on that build's pages, e2e (Chromium + axe),
# then the deployment check (the standalone server behind nginx). Exits non-zero on the first failure.
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
step "A new benefit year and a new city are a data change: types and vitest in a scratch copy with both added (scripts/rules/scratch-new-year.mjs)"
node scripts/rules/scratch-new-year.mjs
step "Production build (npm run build: next build, prerendered pages without scripts, the standalone server)"
npm run build --silent
step "The layer on what the build emitted (tests/built: every prerendered page and payload, a page of every document route with and without the layer)"
npx vitest run --config vitest.built.config.mts
step "End-to-end tests against the production build (Playwright, Debian Chromium, axe; standalone server on 127.0.0.1)"
npx playwright test
step "Deployment check: the standalone server behind Debian's nginx with deploy/nginx.conf (tests/deploy)"
npx playwright test -c tests/deploy/playwright.config.ts

printf '\n==> All tests passed in %ss\n' "$(( $(date +%s) - start ))"
