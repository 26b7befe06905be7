#!/usr/bin/env bash
# The one command that proves the project works (README, .ci/run). Fails on the first broken step,
# and says how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_UPDATE_NOTIFIER=1

started=$SECONDS
step_started=$SECONDS
step_name=""
times=()
finish_step() {
  if [ -n "$step_name" ]; then times+=("$(printf '%5ds  %s' $((SECONDS - step_started)) "$step_name")"); fi
}
step() {
  finish_step
  step_name="$*"
  step_started=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$*"
}
report() {
  finish_step
  printf '\n\033[1m== Time per step\033[0m\n'
  printf '%s\n' "${times[@]}"
  printf '%5ds  in all\n' $((SECONDS - started))
}
trap report EXIT

step "System packages (Chromium, nginx)"
bash scripts/ensure-system-deps.sh
step "Type check, lint, format check, unit/content/snippet tests (npm run check, in parallel)"
npm run --silent check
# The build is mostly one process waiting on a few threads; the retrain (Vitest's `retrain` project,
# about 5 s of CPU) fits beside it instead of slowing `npm run check`.
step "Production build, and the live-model lab retrained and compared with the committed files (in parallel)"
npx concurrently --group --kill-others-on-fail --names build,retrain "npm run --silent build" "npm run --silent test:retrain"
step "Search modes: offline index by default, Algolia DocSearch when configured"
node scripts/check-search-modes.mjs
step "End-to-end tests (Chromium against the build served by nginx)"
npm run --silent test:e2e
