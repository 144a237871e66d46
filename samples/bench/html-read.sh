#!/usr/bin/env bash
# Reading speed of the HTML front end beside jsoup's own parse of the same files, in one JMH run
# (HtmlReadBenchmark): jsoupParse (Jsoup.parse only), read (the whole read with the generic
# profile) and readChoosing (the profile chosen among every built-in one). One operation reads every
# .html page of the io module's HTML corpus. Prints the JMH table, MB/s and each read's share of
# jsoup's throughput.
#
#   samples/bench/html-read.sh [extra JMH arguments, e.g. -wi 1 -i 2 for a quick look]
set -euo pipefail
cd "$(dirname "$0")/../.."

out=samples/target/bench
mkdir -p "$out"
mvn -B -q -pl samples -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/cp.txt
cp="samples/target/classes:$(cat samples/target/cp.txt)"
java -cp "$cp" org.openjdk.jmh.Main HtmlReadBenchmark -rf json -rff "$out/html-read.json" "$@"

python3 - "$out" <<'PY'
import json, os, sys, glob
out = sys.argv[1]
size = sum(os.path.getsize(f) for f in glob.glob("io/src/test/resources/dev/hackathonkit/io/page/corpus/*.html"))
rows = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(os.path.join(out, "html-read.json")))}
jsoup = rows["jsoupParse"]["score"]
print(f"\n{'benchmark':<14} {'ops/s':>10} {'±':>8} {'MB/s':>8} {'of jsoup':>9}")
for name, m in rows.items():
    print(f"{name:<14} {m['score']:>10.1f} {m['scoreError']:>8.1f} {m['score'] * size / 1e6:>8.1f} {m['score'] / jsoup:>8.0%}")
PY
