#!/usr/bin/env bash
# mediawiki-up.sh DIR [PORT]
#
# Starts a fresh, throwaway MediaWiki 1.39 (Debian's package, SQLite, PHP's built-in web server,
# no Apache) on http://127.0.0.1:PORT for the client's integration tests. Maven runs it in the
# pre-integration-test phase; mediawiki-down.sh stops it in post-integration-test.
#
# - installs the Debian packages when missing (needs root; .ci/setup.d/10-mediawiki.sh does the same)
# - wipes what an earlier run left in DIR and sets the wiki up anew (install.php, an Editor user,
#   bot passwords for the Admin and the Editor), with every file it writes inside DIR
# - PORT "auto" (the default) takes the first free port from 18089 up
# - writes DIR/mediawiki.env (KEY=value lines: MW_API_URL, MW_BOT_USER, ...) for the tests and
#   prints one line saying where it answers; on failure prints "mediawiki-up: ..." and a log tail, exit 1
#
# Test knobs (files in DIR, read on every request):
#   DIR/fake-lag   a number N: api.php reports N seconds of database lag (maxlag tests)
#   DIR/read-only  exists: the wiki is read-only
set -euo pipefail

die() { echo "mediawiki-up: $*" >&2; exit 1; }
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 DIR [PORT|auto]" >&2; exit 2; }
PORT=${2:-auto}

ADMIN_USER=Admin
ADMIN_PASS=AdminPass-12345
EDITOR_USER=Editor
EDITOR_PASS=EditorPass-12345
BOT_APPID=it
BOT_PASS=0123456789abcdefghijklmnopqrstuvw # bot passwords must match ^[0-9a-w]{32,}$
WAIT_S=${MW_WAIT_S:-60}
MW=/usr/share/mediawiki

mkdir -p "$1"
DIR=$(cd "$1" && pwd -P)
LOGS=$DIR/logs

alive() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; [[ $st != Z* ]]; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
answers() {
	local out
	out=$(curl -fsS -m 5 "http://127.0.0.1:$PORT/api.php?action=query&meta=siteinfo&format=json" 2>/dev/null) || return 1
	[[ $out == *'"generator":"MediaWiki'* ]]
}

# ---- 0. stop and wipe what an earlier run left ----------------------------------------------
"$(dirname "$0")/mediawiki-down.sh" "$DIR"
if [ -e "$DIR/LocalSettings.php" ] && [ ! -f "$DIR/.mediawiki-it" ]; then
	die "$DIR/LocalSettings.php was not made by this script; refusing to wipe it"
fi
for p in data cache images logs tmp LocalSettings.php PeerSettings.php fake-lag read-only \
	mediawiki.pid mediawiki.port mediawiki.env .mediawiki-it; do
	rm -rf "${DIR:?}/$p"
done
mkdir -p "$DIR/data" "$DIR/cache" "$DIR/images" "$LOGS" "$DIR/tmp"
echo "$$" >"$DIR/.mediawiki-it"

# ---- 1. packages -----------------------------------------------------------------------------
php_ok() {
	command -v php >/dev/null 2>&1 && [ -f "$MW/maintenance/install.php" ] || return 1
	local mods m
	mods=$(php -m 2>/dev/null) || return 1
	for m in pdo_sqlite intl mbstring xml; do grep -qix "$m" <<<"$mods" || return 1; done
}
if ! php_ok; then
	[ "$(id -u)" = 0 ] || die "MediaWiki/PHP packages missing and not root: run .ci/setup.d/10-mediawiki.sh as root"
	PHPV=$(apt-cache show php-cli 2>/dev/null | sed -n 's/^Depends: .*php\([0-9][0-9.]*\)-cli.*/\1/p' | head -n1)
	PKGS="mediawiki php-sqlite3 php-cli php${PHPV:-8.2}-cgi mini-httpd"
	apt_install() {
		DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends \
			-o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0 $PKGS >>"$LOGS/apt.log" 2>&1
	}
	if ! apt_install; then
		timeout 300 apt-get update -qq >>"$LOGS/apt.log" 2>&1 || true
		apt_install || { tail -n 20 "$LOGS/apt.log" >&2; die "apt-get install failed (log: $LOGS/apt.log)"; }
	fi
	php_ok || die "packages installed but PHP lacks pdo_sqlite/intl/mbstring/xml"
fi

# ---- 2. port -----------------------------------------------------------------------------------
if [ "$PORT" = auto ]; then
	PORT=""
	for p in $(seq 18089 18189); do port_busy "$p" || { PORT=$p; break; }; done
	[ -n "$PORT" ] || die "no free port in 18089-18189 on 127.0.0.1"
fi
case $PORT in '' | *[!0-9]*) die "bad port '$PORT'" ;; esac
port_busy "$PORT" && die "port $PORT on 127.0.0.1 is already in use"

# ---- 3. a fresh wiki in DIR ----------------------------------------------------------------------
export MW_CONFIG_FILE="$DIR/LocalSettings.php" TMPDIR="$DIR/tmp"
(cd "$DIR" && timeout 300 php "$MW/maintenance/install.php" --dbtype sqlite --dbpath "$DIR/data" \
	--dbname wiki --server "http://127.0.0.1:$PORT" --scriptpath "" --confpath "$DIR" --lang en \
	--pass "$ADMIN_PASS" --skins Vector "ItWiki" "$ADMIN_USER") >"$LOGS/install.log" 2>&1 ||
	{ tail -n 20 "$LOGS/install.log" >&2; die "install.php failed (log: $LOGS/install.log)"; }
printf '\nrequire __DIR__ . "/PeerSettings.php";\n' >>"$DIR/LocalSettings.php"
# Debian's PlatformSettings.php points caches and logs at /var/cache and /var/log: keep them in DIR.
cat >"$DIR/PeerSettings.php" <<PHP
<?php
# Written by mediawiki-up.sh.
\$wgServer = 'http://127.0.0.1:$PORT';
\$wgCacheDirectory = '$DIR/cache';
\$wgUploadDirectory = '$DIR/images';
\$wgTmpDirectory = '$DIR/tmp';
\$wgDBerrorLog = '$DIR/logs/dberror.log';
\$wgDebugLogGroups['exception'] = '$DIR/logs/exception.log';
\$wgDebugLogGroups['error'] = '$DIR/logs/error.log';
\$wgDebugLogGroups['fatal'] = '$DIR/logs/fatal.log';
\$wgReadOnlyFile = '$DIR/read-only';
\$wgEnableUploads = false;
\$wgUseImageMagick = false;
\$wgEnableEmail = false;
\$wgShowExceptionDetails = true;
# Test knob: a number of seconds in DIR/fake-lag is reported as database lag (SQLite reports -1).
\$wgHooks['ApiMaxLagInfo'][] = static function ( &\$lagInfo ) {
	\$f = '$DIR/fake-lag';
	if ( is_readable( \$f ) ) {
		\$lag = (float)trim( (string)file_get_contents( \$f ) );
		if ( \$lag > \$lagInfo['lag'] ) {
			\$lagInfo = [ 'host' => 'fake-lag', 'lag' => \$lag, 'type' => 'db' ];
		}
	}
};
# The parser extensions Wikimedia wikis run, so that <ref>, <syntaxhighlight>, <poem> and {{#if:}}
# preprocess as they do there.
wfLoadExtensions( [ 'ParserFunctions', 'Cite', 'SyntaxHighlight_GeSHi', 'Poem' ] );
# A throwaway wiki: no fsync on SQLite commits (bulk edits 10x faster on slow disks).
\$wgDBservers = [ [ 'host' => '', 'user' => '', 'password' => '', 'dbname' => \$wgDBname,
	'type' => 'sqlite', 'load' => 1, 'flags' => DBO_DEFAULT, 'variables' => [ 'synchronous' => 'OFF' ] ] ];
PHP
(cd "$DIR" &&
	timeout 120 php "$MW/maintenance/createAndPromote.php" "$EDITOR_USER" "$EDITOR_PASS" &&
	timeout 120 php "$MW/maintenance/createBotPassword.php" --appid "$BOT_APPID" \
		--grants basic,highvolume,editpage,createeditmovepage,editprotected,delete \
		"$ADMIN_USER" "$BOT_PASS" &&
	timeout 120 php "$MW/maintenance/createBotPassword.php" --appid "$BOT_APPID" \
		--grants basic,editpage,createeditmovepage "$EDITOR_USER" "$BOT_PASS") >>"$LOGS/install.log" 2>&1 ||
	{ tail -n 20 "$LOGS/install.log" >&2; die "creating users failed (log: $LOGS/install.log)"; }

# ---- 4. serve it -------------------------------------------------------------------------------
cd "$DIR"
nohup php -d display_errors=stderr -d opcache.lockfile_path="$DIR/tmp" -S "127.0.0.1:$PORT" -t "$MW" \
	>>"$LOGS/server.log" 2>&1 </dev/null &
PID=$!
echo "$PID" >"$DIR/mediawiki.pid"
echo "$PORT" >"$DIR/mediawiki.port"
deadline=$((SECONDS + WAIT_S))
until answers; do
	if ! alive "$PID"; then
		tail -n 20 "$LOGS/server.log" >&2
		rm -f "$DIR/mediawiki.pid"
		die "php -S exited (log: $LOGS/server.log)"
	fi
	if [ $SECONDS -ge $deadline ]; then
		"$(dirname "$0")/mediawiki-down.sh" "$DIR"
		die "api.php did not answer within ${WAIT_S}s (log: $LOGS/server.log)"
	fi
	sleep 0.1
done

BASE="http://127.0.0.1:$PORT"
{
	echo "MW_BASE_URL=$BASE"
	echo "MW_API_URL=$BASE/api.php"
	echo "MW_INDEX_URL=$BASE/index.php"
	echo "MW_ADMIN_USER=$ADMIN_USER"
	echo "MW_ADMIN_PASS=$ADMIN_PASS"
	echo "MW_BOT_USER=$ADMIN_USER@$BOT_APPID"
	echo "MW_BOT_PASS=$BOT_PASS"
	echo "MW_EDITOR_USER=$EDITOR_USER"
	echo "MW_EDITOR_PASS=$EDITOR_PASS"
	echo "MW_EDITOR_BOT_USER=$EDITOR_USER@$BOT_APPID"
	echo "MW_EDITOR_BOT_PASS=$BOT_PASS"
	echo "MW_DIR=$DIR"
	echo "MW_PID=$PID"
} >"$DIR/mediawiki.env.new"
mv -f "$DIR/mediawiki.env.new" "$DIR/mediawiki.env"
echo "mediawiki-up: MediaWiki answering on $BASE/api.php (pid $PID, files in $DIR, details in $DIR/mediawiki.env)"
