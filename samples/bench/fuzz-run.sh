#!/usr/bin/env bash
# Runs the Jazzer fuzz targets (every *FuzzTest class with a @FuzzTest in io and client) for as long
# as asked, one after another, with Jazzer's command-line driver and coverage guidance. Each target
# starts from its seeds and saved findings (src/test/resources/.../<Class>Inputs/<method>/) and from
# the corpus it grew before (<module>/.cifuzz-corpus/, not committed); a new finding is written as
# crash-<sha1> into that Inputs folder, where `mvn test` replays it from then on. Logs go to
# target/fuzz-logs/<Class>.log; samples/bench/fuzz-report.sh prints executions, edges and findings.
#
#   samples/bench/fuzz-run.sh -n 1000000                  # every target, a million executions each
#   samples/bench/fuzz-run.sh -t 600 JsonFuzzTest         # one target for ten minutes
#   samples/bench/fuzz-run.sh -t 60 -k 0 MarkupFuzzTest   # stop at the first finding
#
# -n RUNS and -t SECONDS may be combined (whichever comes first); -k N keeps going past up to N
# distinct findings (default 100; 0 stops at the first). The classes are compiled once and copied,
# so that building while a long run goes on does not change what it runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

runs=""; seconds=""; keep=100
while getopts "n:t:k:" opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    t) seconds="$OPTARG" ;;
    k) keep="$OPTARG" ;;
    *) sed -n '2,17p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ -n "$runs$seconds" ] || seconds=60

mvn -B -q -pl client -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/fuzz-classpath.txt -Dmdep.includeScope=test >/dev/null

mkdir -p "$root/target/fuzz-run" "$root/target/fuzz-logs"
snapshot="$(mktemp -d "$root/target/fuzz-run/classes.XXXXXX")"
for m in model io client; do
  for d in classes test-classes; do
    [ -d "$m/target/$d" ] && mkdir -p "$snapshot/$m" && cp -r "$m/target/$d" "$snapshot/$m/$d"
  done
done

# module and class of every target, or of the ones named
targets=()
while IFS= read -r file; do
  module="${file%%/*}"
  class="$(echo "${file#*/src/test/java/}" | sed 's|\.java$||; s|/|.|g')"
  if [ $# -eq 0 ] || printf '%s\n' "$@" | grep -qx "${class##*.}"; then
    targets+=("$module:$class")
  fi
done < <(grep -l '@FuzzTest' io/src/test/java -r client/src/test/java --include='*FuzzTest.java' | sort)
[ ${#targets[@]} -gt 0 ] || { echo "no fuzz target named $*" >&2; exit 2; }

for t in "${targets[@]}"; do
  module="${t%%:*}"; class="${t#*:}"
  cp="$(sed "s|$root/\([a-z]*\)/target/\(test-classes\|classes\)|$snapshot/\1/\2|g" "$module/target/fuzz-classpath.txt")"
  cp="$snapshot/$module/classes:$snapshot/$module/test-classes:$cp"
  args=("-rss_limit_mb=0" "--keep_going=$keep")
  [ -n "$runs" ] && args+=("-runs=$runs")
  [ -n "$seconds" ] && args+=("-max_total_time=$seconds")
  log="$root/target/fuzz-logs/${class##*.}.log"
  echo "== ${class##*.} ($module) -> $log"
  # Model records are left uninstrumented: on JDK 17, Jackson's getRecordComponents() on a record
  # class that the agent retransformed crashes the JVM (SIGSEGV in Symbol::as_unicode).
  (cd "$module" && java -Xmx1g -cp "$cp" com.code_intelligence.jazzer.Jazzer \
      --target_class="$class" \
      --instrumentation_includes='dev.hackathonkit.io.**:dev.hackathonkit.client.**' \
      "${args[@]}") >"$log" 2>&1 || echo "   ended with findings or an error: see $log"
done
