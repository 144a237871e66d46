#!/usr/bin/env bash
# Start-up figure of the command-line tool: the main job (`convert` of the bundled page to every
# format in out/) run RUNS times in fresh JVMs, each under GNU time (`/usr/bin/time -v`, Debian
# package `time`). Prints the median, minimum and maximum wall time and peak resident memory.
# Target: median wall time under 1.5 s. Wall time depends on what else runs on the machine, so the
# script also prints the CPU time (user + system) and the load average it ran under.
#
#   mvn -B -q -DskipTests package && samples/bench/cli-startup.sh [RUNS] [extra convert arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-15}"
shift || true
jar=samples/target/hackathon-kit.jar
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -q -DskipTests package' first" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends time >/dev/null
  else
    echo "needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 2
  fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -jar "$jar" convert --out "$work/out" "$@" >/dev/null   # warm the file cache once, not measured

for i in $(seq "$runs"); do
  /usr/bin/time -v -o "$work/time.$i" java -jar "$jar" convert --out "$work/out" "$@" >/dev/null 2>&1
done

# wall time "h:mm:ss" or "m:ss.ss" in seconds; max RSS in KiB
for i in $(seq "$runs"); do
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + t[k]; wall = s }
              /Maximum resident set size/ { rss = $2 }
              /User time \(seconds\)/ { cpu += $2 }
              /System time \(seconds\)/ { cpu += $2 }
              END { printf "%.3f %d %.3f\n", wall, rss, cpu }' "$work/time.$i"
done > "$work/samples"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wall_median=$(cut -d' ' -f1 "$work/samples" | median)
wall_min=$(cut -d' ' -f1 "$work/samples" | sort -n | head -1)
wall_max=$(cut -d' ' -f1 "$work/samples" | sort -n | tail -1)
rss_median=$(cut -d' ' -f2 "$work/samples" | median)
rss_max=$(cut -d' ' -f2 "$work/samples" | sort -n | tail -1)
cpu_median=$(cut -d' ' -f3 "$work/samples" | median)

echo "hackathon-kit convert (bundled page, every format), $runs runs, $(java -version 2>&1 | head -1), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'wall time: median %.2f s (min %.2f s, max %.2f s)\n' "$wall_median" "$wall_min" "$wall_max"
printf 'CPU time:  median %.2f s (user + system)\n' "$cpu_median"
awk -v m="$rss_median" -v x="$rss_max" 'BEGIN { printf "peak RSS:  median %.0f MiB (max %.0f MiB)\n", m / 1024, x / 1024 }'
