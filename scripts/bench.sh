#!/usr/bin/env bash
# npm run bench: performance figures of the production build. Builds first when there is no build.
# Lighthouse and load-test options are passed on, e.g. npm run bench -- --runs 5 --no-load
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_UPDATE_NOTIFIER=1
NEED_WRK=1 bash scripts/ensure-system-deps.sh
if [ ! -f build/index.html ]; then npm run --silent build; fi
node scripts/bench/runtime.mjs
node scripts/bench/search.mjs
node scripts/bench/index.mjs "$@"
