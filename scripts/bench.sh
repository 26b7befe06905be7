#!/usr/bin/env bash
# npm run bench: performance figures of the production build (scripts/bench/index.mjs). Builds first
# when there is no build. Options are passed on, e.g. npm run bench -- --runs 5 --no-load
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_UPDATE_NOTIFIER=1
NEED_WRK=1 bash scripts/ensure-system-deps.sh
if [ ! -f build/index.html ]; then npm run --silent build; fi
exec node scripts/bench/index.mjs "$@"
