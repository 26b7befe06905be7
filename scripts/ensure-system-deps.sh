#!/usr/bin/env bash
# The end-to-end tests need a Chromium and nginx (the production web server, tested for real).
# Chromium: $CHROMIUM_PATH when set (e.g. Google Chrome on a CI runner, where Debian's chromium package
# does not exist), else Debian's /usr/bin/chromium (the benchmark, Lighthouse) and its headless shell
# /usr/bin/chromium-headless-shell (the end-to-end tests). Installs what is missing with apt when we are root;
# otherwise says exactly what to install.
set -euo pipefail

missing=()
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ ! -x "$CHROMIUM_PATH" ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
    exit 1
  fi
else
  command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
  # The end-to-end tests' browser (scripts/chromium.mjs): the same Chromium without its window.
  [ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
fi
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ "${NEED_WRK:-0}" = 1 ]; then command -v wrk >/dev/null 2>&1 || missing+=(wrk); fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # nginx's Debian package starts a service on port 80; the tests run their own instance.
  if command -v service >/dev/null 2>&1; then service nginx stop >/dev/null 2>&1 || true; fi
else
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them (Debian/Ubuntu: sudo apt-get install -y ${missing[*]}) and run the tests again," >&2
  echo "or point CHROMIUM_PATH at an installed Chrome or Chromium." >&2
  exit 1
fi
