#!/usr/bin/env bash
# Installs the Debian packages the client's integration tests need: MediaWiki 1.39 with SQLite and
# PHP's command-line interpreter (its built-in web server serves the wiki on 127.0.0.1).
# php-cgi + mini-httpd satisfy mediawiki's "httpd" and php's SAPI dependencies without Apache.
# Idempotent and quiet: does nothing when the packages are present.
set -euo pipefail

have() { # (no pipe into grep -q: with pipefail, php's SIGPIPE would read as "missing")
  local mods
  command -v php >/dev/null 2>&1 && [ -f /usr/share/mediawiki/maintenance/install.php ] || return 1
  mods=$(php -m 2>/dev/null) || return 1
  grep -qix pdo_sqlite <<<"$mods"
}
have && exit 0

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
PHPV=$(apt-cache show php-cli 2>/dev/null | sed -n 's/^Depends: .*php\([0-9][0-9.]*\)-cli.*/\1/p' | head -n1)
PKGS="mediawiki php-sqlite3 php-cli php${PHPV:-8.2}-cgi mini-httpd"
install() {
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0 $PKGS >/dev/null
}
install 2>/dev/null || { $SUDO apt-get update -qq >/dev/null; install; }
have || { echo "10-mediawiki: packages installed but php/mediawiki still missing" >&2; exit 1; }
