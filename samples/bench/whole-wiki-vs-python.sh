#!/usr/bin/env bash
# Whole-wiki conversion: `hackathon-kit convert` on a compressed dump against the usual Python
# pipeline (xml.etree.ElementTree.iterparse + mwparserfromhell, pulling the {{project}} templates of
# each page into JSON lines) on the same file, in the same run, one after the other.
#
# The dump (DumpBenchInputs, fixed seed): N pages, 45 % event pages (the May 2013 hackathon page's
# markup and the page-core corpus's .wiki pages in turn), 50 % ordinary articles, 5 % redirects,
# compressed with gzip -6 and bzip2 -9. Ours runs with -Xmx128m, every processor, --to json (the
# Python pipeline writes JSON too). Both are timed by /usr/bin/time -v (wall clock, CPU time, peak
# RSS); on a shared machine the CPU time is the steadier figure.
#
# Usage (from anywhere):  samples/bench/whole-wiki-vs-python.sh [N ...]     (default: 20000)
#   FORMATS="gz bz2"   which compressions to time (default both)
#   OURS_ARGS="..."    extra convert options, e.g. OURS_ARGS="--to json,csv,ics,wiki"
# Needs JDK 17+, Maven, /usr/bin/time, gzip, bzip2, /usr/bin/python3 with mwparserfromhell
# (.ci/setup.d/30-mwparserfromhell.sh). Writes everything to samples/target/whole-wiki/ and prints
# one line per run and the ratio of pages per second.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=samples/target/whole-wiki
mkdir -p "$out"

/usr/bin/python3 -c 'import mwparserfromhell' 2>/dev/null \
  || { echo "mwparserfromhell missing: run .ci/setup.d/30-mwparserfromhell.sh" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time missing (apt-get install time)" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != "1" ]; then
  mvn -B -q -pl samples -am package -DskipTests
fi
jar=samples/target/hackathon-kit.jar
corpus=io/src/test/resources/dev/hackathonkit/io/page/corpus

cat > "$out/pipeline.py" <<'PY'
# The usual Python pipeline: stream the dump, parse each page's text, keep its {{project}} templates.
import bz2, gzip, json, sys, xml.etree.ElementTree as ET
import mwparserfromhell

path, target = sys.argv[1], sys.argv[2]
opener = gzip.open if path.endswith(".gz") else bz2.open if path.endswith(".bz2") else open
pages = events = 0
with opener(path, "rb") as f, open(target, "w", encoding="utf-8") as out:
    ns = ""
    for event, el in ET.iterparse(f, events=("start", "end")):
        if event == "start":
            if not ns and el.tag.startswith("{"):
                ns = el.tag[: el.tag.index("}") + 1]
            continue
        if el.tag != ns + "page":
            continue
        title = el.findtext(ns + "title")
        revisions = el.findall(ns + "revision")
        text = (revisions[-1].findtext(ns + "text") or "") if revisions else ""
        pages += 1
        if el.find(ns + "redirect") is None:
            code = mwparserfromhell.parse(text)
            projects = [{str(p.name).strip(): str(p.value).strip() for p in t.params}
                        for t in code.filter_templates() if t.name.matches("project")]
            if projects:
                events += 1
                out.write(json.dumps({"title": title, "projects": projects}) + "\n")
        el.clear()
print(f"python: {pages} pages, {events} with projects", file=sys.stderr)
PY

# "elapsed seconds" "peak RSS in MiB" "CPU seconds (user + system)" from a /usr/bin/time -v log
timing() {
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; e=s}
              /User time|System time/ {c+=$2}
              /Maximum resident set size/ {r=$2/1024} END {printf "%.2f %.0f %.2f\n", e, r, c}' "$1"
}

report="$out/report.txt"
: > "$report"
echo "$(nproc) processors; $(java -version 2>&1 | head -1); mwparserfromhell $(/usr/bin/python3 -c 'import mwparserfromhell as m; print(m.__version__)')" | tee -a "$report"
printf '%-8s %-4s %10s %7s | %8s %8s %8s %8s | %8s %8s %8s %8s | %6s %6s\n' pages file bytes events \
  "ours s" "p/s" "cpu s" "MiB" "py s" "p/s" "cpu s" "MiB" ratio "cpu" | tee -a "$report"
for n in "${@:-20000}"; do
  xml="$out/dump-$n.xml"
  java -cp "$jar" dev.hackathonkit.samples.bench.DumpBenchInputs "$xml" "$n" "$corpus" > "$out/dump-$n.txt"
  gzip -6 -c "$xml" > "$xml.gz"
  bzip2 -9 -c "$xml" > "$xml.bz2"
  for fmt in ${FORMATS:-gz bz2}; do
    file="$xml.$fmt"
    rm -rf "$out/ours-$n-$fmt"
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$out/ours-$n-$fmt.time" java -Xmx128m -jar "$jar" convert "$file" --to json --quiet \
      --out "$out/ours-$n-$fmt" --run-report "$out/ours-$n-$fmt.jsonl" ${OURS_ARGS:-} > "$out/ours-$n-$fmt.log" 2>&1 || true
    /usr/bin/time -v -o "$out/py-$n-$fmt.time" /usr/bin/python3 "$out/pipeline.py" "$file" "$out/py-$n-$fmt.jsonl" \
      > "$out/py-$n-$fmt.log" 2>&1
    read -r os orss ocpu < <(timing "$out/ours-$n-$fmt.time")
    read -r ps prss pcpu < <(timing "$out/py-$n-$fmt.time")
    written=$(grep -c '"status":"written"' "$out/ours-$n-$fmt.jsonl" || true)
    printf '%-8s %-4s %10d %7d | %8.1f %8.0f %8.1f %8.0f | %8.1f %8.0f %8.1f %8.0f | %5.1fx %5.1fx\n' "$n" "$fmt" \
      "$(stat -c %s "$file")" "$written" "$os" "$(echo "$n / $os" | bc -l)" "$ocpu" "$orss" \
      "$ps" "$(echo "$n / $ps" | bc -l)" "$pcpu" "$prss" "$(echo "$ps / $os" | bc -l)" "$(echo "$pcpu / $ocpu" | bc -l)" \
      | tee -a "$report"
    tail -1 "$out/ours-$n-$fmt.log" >> "$report"
  done
done
echo "(s: wall clock; cpu s: user + system; ratio: ours against python in pages/s; cpu: in pages per CPU second)" | tee -a "$report"
echo "(ours: convert --to json -Xmx128m, all processors; python: iterparse + mwparserfromhell, one process)" | tee -a "$report"
