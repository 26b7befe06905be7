#!/usr/bin/env bash
# The one command that proves the project works (README, .ci/run). Fails on the first broken step.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_UPDATE_NOTIFIER=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "System packages (Chromium, nginx)"
bash scripts/ensure-system-deps.sh
step "Type check"
npm run --silent typecheck
step "Lint"
npm run --silent lint
step "Format check"
npm run --silent format:check
step "Unit, content and snippet tests"
npm run --silent test:unit
step "Production build"
npm run --silent build
step "Search modes: offline index by default, Algolia DocSearch when configured"
node scripts/check-search-modes.mjs
step "End-to-end tests (Chromium against the build served by nginx)"
npm run --silent test:e2e
