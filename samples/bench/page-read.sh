#!/usr/bin/env bash
# Reading speed of the page core beside the parse alone, in one JMH run (PageReadBenchmark):
# parse (WikitextParser only), read (parse and map with the page's profile), readChoosing (the
# profile chosen among every built-in one) and readText (the bundled rendered page). Prints the JMH
# table and each figure in MB/s (input bytes times operations per second).
#
#   samples/bench/page-read.sh [extra JMH arguments, e.g. -wi 1 -i 2 for a quick look]
set -euo pipefail
cd "$(dirname "$0")/../.."

out=samples/target/bench
mkdir -p "$out/inputs"
mvn -B -q -pl samples -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/cp.txt
cp="samples/target/classes:$(cat samples/target/cp.txt)"
java -cp "$cp" dev.hackathonkit.samples.bench.WikitextBenchInputs "$out/inputs" >/dev/null
java -cp "$cp" org.openjdk.jmh.Main PageReadBenchmark -rf json -rff "$out/page-read.json" "$@"

python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
size = {name: os.path.getsize(os.path.join(out, "inputs", name + ".wiki")) for name in ("page-x1", "corpus-10mb")}
text = os.path.getsize("samples/src/main/resources/dev/hackathonkit/samples/bundled/page.txt")
print(f"\n{'benchmark':<14} {'input':<12} {'ops/s':>12} {'MB/s':>8}")
for r in json.load(open(os.path.join(out, "page-read.json"))):
    bench = r["benchmark"].rsplit(".", 1)[1]
    name = r["params"]["input"]
    score = r["primaryMetric"]["score"]
    bytes_ = text if bench == "readText" else size[name]
    print(f"{bench:<14} {name if bench != 'readText' else 'page.txt':<12} {score:>12.3f} {score * bytes_ / 1e6:>8.1f}")
PY
