#!/usr/bin/env bash
# The browser tests drive Debian's chromium (playwright-core never downloads a browser). On a fresh
# Debian machine where we are root, install it; elsewhere say how, and the browser tests skip
# (except under CI=true, where they fail).
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "onrecord: installing Debian's chromium for the browser tests (apt-get)…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ||
    echo "onrecord: could not install chromium; the browser tests will skip" >&2
else
  echo "onrecord: chromium not found; install it (sudo apt-get install chromium) to run the browser tests" >&2
fi
exit 0
