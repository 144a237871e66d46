#!/usr/bin/env bash
# mediawiki-down.sh DIR
#
# Stops the wiki that mediawiki-up.sh started in DIR, by the pid saved in DIR/mediawiki.pid, and
# only if that pid still is the `php -S 127.0.0.1:PORT -t /usr/share/mediawiki` it started.
# Idempotent and quiet: nothing running -> exit 0. Leaves the wiki's files (and logs) in DIR.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
[ -d "$1" ] || exit 0
DIR=$(cd "$1" && pwd -P)
PIDF=$DIR/mediawiki.pid
[ -f "$PIDF" ] || exit 0
PID=$(cat "$PIDF")
PORT=$(cat "$DIR/mediawiki.port" 2>/dev/null || echo "")
case $PID in '' | *[!0-9]*) rm -f "$PIDF"; exit 0 ;; esac
alive() { local st; st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; [[ $st != Z* ]]; }
CMD=$(tr '\0' ' ' 2>/dev/null <"/proc/$PID/cmdline" || true)
if alive "$PID" && [[ $CMD == *"-S 127.0.0.1:$PORT -t /usr/share/mediawiki "* ]]; then
	kill -TERM "$PID" 2>/dev/null || true
	for _ in $(seq 1 50); do alive "$PID" || break; sleep 0.1; done
	if alive "$PID"; then
		kill -KILL "$PID" 2>/dev/null || true
		for _ in $(seq 1 20); do alive "$PID" || break; sleep 0.1; done
	fi
	alive "$PID" && { echo "mediawiki-down: pid $PID did not stop" >&2; exit 1; }
	# a stopped server may linger as a zombie (state Z) until PID 1 reaps it; it holds no port
	if [ -n "$PORT" ]; then
		for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break; sleep 0.1; done
	fi
fi
rm -f "$PIDF"
