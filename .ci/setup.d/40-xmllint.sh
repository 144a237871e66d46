#!/usr/bin/env bash
# Test peer for the frab schedule writer: xmllint (Debian libxml2-utils) validates every written
# schedule.xml against the c3voc schedule XSD (FrabXmlSchemaTest; the XSD folder comes from .ci/run).
set -euo pipefail
if command -v xmllint >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends libxml2-utils >/dev/null
command -v xmllint >/dev/null
