#!/usr/bin/env bash
# Prints, per fuzz target, the executions, the edges covered (libFuzzer's "cov:", counted over the
# instrumented dev.hackathonkit.io / .client classes), the distinct findings and the seconds of its
# last run, from
#   - the logs of samples/bench/fuzz-run.sh (target/fuzz-logs/<Class>.log; the default), and
#   - a build log of `mvn -B verify` (the fuzz bursts; libFuzzer's lines follow surefire's
#     "Running <class>" line), such as `bash .ci/run 2>&1 | tee verify.log`.
#
#   samples/bench/fuzz-report.sh [LOG...]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -eq 0 ]; then
  set -- target/fuzz-logs/*.log
fi
printf '%-28s %12s %7s %9s %8s\n' target executions edges findings seconds
for log in "$@"; do
  [ -f "$log" ] || continue
  awk -v file="$(basename "$log" .log)" '
    /Running dev\.hackathonkit\.[A-Za-z.]*FuzzTest/ {
      match($0, /dev\.hackathonkit\.[A-Za-z.]*FuzzTest/); t = substr($0, RSTART, RLENGTH); sub(/.*\./, "", t); next }
    /^#[0-9]+[ \t]+(DONE|pulse|NEW|REDUCE|INITED)/ {
      k = (t == "" ? file : t); if (!(k in seen)) { order[n++] = k; seen[k] = 1 }
      e = $1; sub(/^#/, "", e); execs[k] = e
      if (match($0, /cov: [0-9]+/)) edges[k] = substr($0, RSTART + 5, RLENGTH - 5) }
    /^Done [0-9]+ runs in [0-9]+ second/ { k = (t == "" ? file : t); secs[k] = $5 }
    /^== Java Exception:/ { k = (t == "" ? file : t); finds[k]++ }
    END { for (i = 0; i < n; i++) { k = order[i]
      printf "%-28s %12s %7s %9d %8s\n", k, execs[k], edges[k], finds[k], (k in secs ? secs[k] : "-") } }
  ' "$log"
done
