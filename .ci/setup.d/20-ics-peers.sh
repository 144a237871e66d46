#!/usr/bin/env bash
# Installs the two independent iCalendar parsers that io/src/test/scripts/ics-check.sh compares our
# export with: python-icalendar (Debian package python3-icalendar, run with /usr/bin/python3) and
# ical.js (npm, pinned) in a cache folder. Idempotent and quiet when both are present.
set -euo pipefail

ICALJS_VERSION=${ICALJS_VERSION:-2.2.1}
CACHE=${ICS_CHECK_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/hackathon-kit-ics-peers}

if ! /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  if ! $SUDO apt-get install -y -qq --no-install-recommends python3-icalendar >/dev/null 2>&1; then
    $SUDO apt-get update -qq >/dev/null
    $SUDO apt-get install -y -qq --no-install-recommends python3-icalendar >/dev/null
  fi
fi

if [ "$(node -p "try { require('$CACHE/node_modules/ical.js/package.json').version } catch (e) { '' }" 2>/dev/null)" != "$ICALJS_VERSION" ]; then
  mkdir -p "$CACHE"
  [ -f "$CACHE/package.json" ] || echo '{"private":true}' >"$CACHE/package.json"
  (cd "$CACHE" && npm install --no-audit --no-fund --silent --save-exact "ical.js@$ICALJS_VERSION" >/dev/null)
fi
