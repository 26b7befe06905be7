#!/usr/bin/env bash
# Benchmarks (not tests): prints figures measured against the production build. Run `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_UPDATE_NOTIFIER=1
[ -f build/index.html ] || npm run --silent build
node scripts/bench/runtime.mjs
node scripts/bench/search.mjs
