#!/usr/bin/env bash
# Wikitext parse throughput: hackathon-kit's WikitextParser (JMH, WikitextParseBenchmark) against
# mwparserfromhell 0.6.4 (Debian python3-mwparserfromhell, C tokenizer) on the same files:
#   page-x1      the May 2013 hackathon page's markup (about 12 KB)
#   page-x10     the same page 10 times over
#   page-x100    the same page 100 times over
#   corpus-10mb  10 MiB of generated template-heavy project-ideas pages (fixed seed)
# It prints MB/s (10^6 bytes of UTF-8 per second, wall clock) for both parsers, their ratio, and
# the time per parse for 1x, 10x and 100x the page (linear scaling: 10x the input, 10x the time).
#
# Usage (from anywhere):  samples/bench/wikitext-vs-mwparserfromhell.sh [--quick]
#   --quick                 shorter JMH runs (1 warm-up and 3 measured iterations of 1 s)
#   JMH_ARGS="..."          extra JMH options, e.g. JMH_ARGS="-p input=corpus-10mb"
#   JMH_IGNORE_LOCK=1       run even if another JMH run holds /tmp/jmh.lock (figures will suffer)
# Needs JDK 17+, Maven, /usr/bin/python3 with mwparserfromhell (.ci/setup.d/30-mwparserfromhell.sh).
# Writes everything to samples/target/bench/ (inputs, jmh.csv, mwph.csv, report.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=samples/target/bench
mkdir -p "$out"

/usr/bin/python3 -c 'import mwparserfromhell' 2>/dev/null \
  || { echo "mwparserfromhell missing: run .ci/setup.d/30-mwparserfromhell.sh" >&2; exit 1; }

mvn -B -q -pl samples -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/cp.txt
cp="samples/target/classes:$(cat samples/target/cp.txt)"
java -cp "$cp" dev.hackathonkit.samples.bench.WikitextBenchInputs "$out" >/dev/null

jmh_opts=()
if [ "${1:-}" = "--quick" ]; then jmh_opts+=(-wi 1 -i 3 -w 1 -r 1); fi
java_opts=()
if [ "${JMH_IGNORE_LOCK:-0}" = "1" ]; then java_opts+=(-Djmh.ignoreLock=true); fi
# shellcheck disable=SC2086
java "${java_opts[@]}" -cp "$cp" org.openjdk.jmh.Main WikitextParseBenchmark "${jmh_opts[@]}" \
  ${JMH_ARGS:-} -rf csv -rff "$out/jmh.csv" > "$out/jmh.log"

/usr/bin/python3 - "$out" <<'PY'
import csv, os, sys, time
import mwparserfromhell

out = sys.argv[1]
names = ["page-x1", "page-x10", "page-x100", "corpus-10mb"]
size = {n: os.path.getsize(f"{out}/{n}.wiki") for n in names}

ours = {}
with open(f"{out}/jmh.csv", newline="") as f:
    for row in csv.DictReader(f):
        ours[row["Param: input"]] = float(row["Score"])  # parses per second

mwph = {}
for n in names:
    if n not in ours:
        continue
    text = open(f"{out}/{n}.wiki", encoding="utf-8").read()
    big = size[n] > 1_000_000  # one timed parse of the big inputs (minutes for 10 MB)
    if not big:
        mwparserfromhell.parse(text)  # warm-up
    runs, start = 0, time.perf_counter()
    while runs < 1 or (not big and (runs < 3 or time.perf_counter() - start < 5)):
        mwparserfromhell.parse(text)
        runs += 1
    mwph[n] = runs / (time.perf_counter() - start)

lines = [f"mwparserfromhell {mwparserfromhell.__version__}, python {sys.version.split()[0]}",
         f"{'input':12} {'bytes':>10} {'ours MB/s':>10} {'mwph MB/s':>10} {'ratio':>7}"
         f" {'ours ms/parse':>14} {'mwph ms/parse':>14}"]
for n in names:
    if n not in ours:
        continue
    o, m = ours[n] * size[n] / 1e6, mwph[n] * size[n] / 1e6
    lines.append(f"{n:12} {size[n]:10d} {o:10.1f} {m:10.2f} {o / m:6.1f}x"
                 f" {1000 / ours[n]:14.3f} {1000 / mwph[n]:14.1f}")
if all(k in ours for k in ("page-x1", "page-x10", "page-x100")):
    t1, t10, t100 = (1 / ours[k] for k in ("page-x1", "page-x10", "page-x100"))
    lines.append(f"scaling (ours): 10x input -> {t10 / t1:.1f}x time, 100x input -> {t100 / t1:.1f}x time")
report = "\n".join(lines)
open(f"{out}/report.txt", "w").write(report + "\n")
print(report)
PY
