#!/usr/bin/env bash
# Test peer for the wikitext parser: mwparserfromhell 0.6.4 (Debian python3-mwparserfromhell),
# used by WikitextOracleTest and samples/bench/wikitext-vs-mwparserfromhell.sh.
# Run with /usr/bin/python3 (the pyenv python3 on PATH does not see Debian's python3-* packages).
set -euo pipefail
if /usr/bin/python3 -c 'import mwparserfromhell' >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends python3-mwparserfromhell >/dev/null
/usr/bin/python3 -c 'import mwparserfromhell'
