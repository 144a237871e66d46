#!/usr/bin/env bash
# Prints, per fuzz target, the executions, the edges covered (libFuzzer's "cov:", counted over the
# instrumented dev.hackathonkit classes) and the findings of its last run: the logs of
# samples/bench/fuzz-run.sh (target/fuzz-logs/) and of the bursts of `mvn verify`
# (<module>/target/fuzz-reports/*-output.txt).
#
#   samples/bench/fuzz-report.sh [LOG...]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -eq 0 ]; then
  set -- $(ls target/fuzz-logs/*.log */target/fuzz-reports/*FuzzTest-output.txt 2>/dev/null || true)
fi
printf '%-32s %-8s %12s %7s %9s %8s\n' target run executions edges findings seconds
for log in "$@"; do
  name="$(basename "$log" | sed 's/-output\.txt$//; s/\.log$//; s/.*\.//')"
  kind=long; case "$log" in *fuzz-reports*) kind=burst ;; esac
  last="$(grep -aE '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true)"
  execs="$(echo "$last" | sed -nE 's/^#([0-9]+).*/\1/p')"
  edges="$(echo "$last" | sed -nE 's/.*cov: ([0-9]+).*/\1/p')"
  secs="$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | sed -nE 's/.* in ([0-9]+) second/\1/p' || true)"
  findings="$(grep -acE '^== Java Exception:|^== Java Assertion' "$log" || true)"
  printf '%-32s %-8s %12s %7s %9s %8s\n' "$name" "$kind" "${execs:-?}" "${edges:-?}" "$findings" "${secs:--}"
done
