#!/usr/bin/env bash
# Prints, per fuzz target, the executions, the edges covered (libFuzzer's "cov:", counted over the
# instrumented dev.hackathonkit.io / .client classes), the distinct findings and the seconds of its
# last run, from
#   - the logs of samples/bench/fuzz-run.sh (target/fuzz-logs/<Class>.log; the default), and
#   - a build log of `mvn -B verify` (the fuzz bursts), such as `bash .ci/run 2>&1 | tee verify.log`;
#     there a target's findings are the failures and errors surefire counts for it (a seed that
#     fails counts too), as the bursts run two at a time.
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
    # a fuzz-run.sh log holds one target; in a build log the bursts run two at a time, so the
    # figures of a target are the last libFuzzer totals before the surefire line
    # "Tests run: ... in <class>" for it, and its findings are the failures and errors of that line
    /^\[(INFO|WARNING|ERROR)\] / { build = 1 }
    /^#[0-9]+[ \t]+(DONE|pulse|NEW|REDUCE|INITED)/ {
      e = $1; sub(/^#/, "", e); lastExecs = e
      if (match($0, /cov: [0-9]+/)) lastEdges = substr($0, RSTART + 5, RLENGTH - 5)
      if (!build) { execs[file] = lastExecs; edges[file] = lastEdges; add(file) } }
    /^Done [0-9]+ runs in [0-9]+ second/ { lastSecs = $5; if (!build) secs[file] = $5 }
    /^== Java Exception:/ { if (!build) { finds[file]++; add(file) } }
    /Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+.* in dev\.hackathonkit\.[A-Za-z.]*FuzzTest/ {
      build = 1
      match($0, /dev\.hackathonkit\.[A-Za-z.]*FuzzTest/); t = substr($0, RSTART, RLENGTH); sub(/.*\./, "", t)
      if (lastExecs == "") next
      add(t); execs[t] = lastExecs; edges[t] = lastEdges; secs[t] = lastSecs
      match($0, /Failures: [0-9]+/); f = substr($0, RSTART + 10, RLENGTH - 10)
      match($0, /Errors: [0-9]+/); r = substr($0, RSTART + 8, RLENGTH - 8)
      finds[t] = f + r; lastExecs = ""; lastEdges = ""; lastSecs = "" }
    function add(k) { if (!(k in seen)) { order[n++] = k; seen[k] = 1 } }
    END { for (i = 0; i < n; i++) { k = order[i]
      printf "%-28s %12s %7s %9d %8s\n", k, execs[k], edges[k], finds[k], (k in secs && secs[k] != "" ? secs[k] : "-") } }
  ' "$log"
done
