#!/usr/bin/env bash
# ics-check.sh FILE.ics
#
# Parses one iCalendar file with two independent parsers, python-icalendar (/usr/bin/python3, Debian's
# python3-icalendar) and ical.js (npm, in $ICS_CHECK_CACHE, installed by .ci/setup.d/20-ics-peers.sh),
# and prints, per parser:
#   == <parser> <version>
#   OK                       (or ERROR <message>)
#   VEVENT<TAB><UID><TAB><start><TAB><SUMMARY as JSON>
# where <start> is the UTC instant (2013-05-16T08:00:00Z), date:YYYY-MM-DD for DATE values, or
# floating:<local> when the parser could not place the time. Then "== compare: SAME" or DIFFERENT.
#
# Exit: 0 both parsed and agree; 1 a parser failed or they differ; 2 usage; 3 a parser is not installed.
# Installs nothing and writes nothing but a temp folder it removes.
set -uo pipefail

[ $# -eq 1 ] || { echo "usage: $0 FILE.ics" >&2; exit 2; }
FILE=$1
[ -r "$FILE" ] || { echo "ics-check: cannot read $FILE" >&2; exit 2; }
PY=/usr/bin/python3
CACHE=${ICS_CHECK_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/hackathon-kit-ics-peers}
ICALJS_DIR="$CACHE/node_modules/ical.js"

missing=""
$PY -c 'import icalendar' 2>/dev/null || missing="$missing python-icalendar(/usr/bin/python3: python3-icalendar)"
command -v node >/dev/null 2>&1 && [ -f "$ICALJS_DIR/package.json" ] || missing="$missing ical.js($ICALJS_DIR)"
if [ -n "$missing" ]; then
  echo "ics-check: not installed:$missing; run .ci/setup.d/20-ics-peers.sh" >&2
  exit 3
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

timeout 60 $PY - "$FILE" >"$TMP/py" 2>&1 <<'PYEOF'
import datetime, json, sys
import icalendar
print("== python-icalendar", icalendar.__version__)
try:
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
except Exception as e:
    print("ERROR", type(e).__name__ + ":", str(e).replace("\n", " ")[:200])
    sys.exit(1)
rows = []
for ev in cal.walk("VEVENT"):
    prop = ev.get("DTSTART")
    dt = prop.dt if prop is not None else None
    if isinstance(dt, datetime.datetime):
        start = (dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                 if dt.tzinfo is not None else "floating:" + dt.isoformat())
    elif isinstance(dt, datetime.date):
        start = "date:" + dt.isoformat()
    else:
        start = "-"
    summary = ev.get("SUMMARY")
    rows.append("VEVENT\t%s\t%s\t%s" % (ev.get("UID", "-"), start,
                json.dumps(str(summary) if summary is not None else "", ensure_ascii=False)))
errors = [(c.name, n, e) for c in cal.walk() for n, e in (getattr(c, "errors", None) or [])]
if errors:
    print("ERROR", "; ".join("%s %s: %s" % x for x in errors)[:200])
    sys.exit(1)
print("OK")
print("\n".join(rows))
PYEOF
RC_PY=$?

ICALJS_DIR="$ICALJS_DIR" timeout 60 node --input-type=commonjs - "$FILE" >"$TMP/js" 2>&1 <<'JSEOF'
const fs = require('fs');
let ICAL = require(process.env.ICALJS_DIR);
if (ICAL && ICAL.default) ICAL = ICAL.default;
console.log('== ical.js ' + require(process.env.ICALJS_DIR + '/package.json').version);
let cal;
try {
  cal = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[2], 'utf8')));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
} catch (e) {
  console.log('ERROR ' + (e.name || 'Error') + ': ' + String(e.message).replace(/\n/g, ' ').slice(0, 200));
  process.exit(1);
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
const rows = [];
try {
  for (const ev of cal.getAllSubcomponents('vevent')) {
    const t = ev.getFirstPropertyValue('dtstart');
    let start = '-';
    if (t && t.isDate) {
      start = 'date:' + pad(t.year, 4) + '-' + pad(t.month) + '-' + pad(t.day);
    } else if (t) {
      const zone = t.zone;
      const known = zone === ICAL.Timezone.utcTimezone ||
        (zone && zone !== ICAL.Timezone.localTimezone && zone.tzid !== 'floating');
      start = known ? t.toJSDate().toISOString().replace(/\.\d{3}Z$/, 'Z') : 'floating:' + t.toString();
    }
    const uid = ev.getFirstPropertyValue('uid');
    const summary = ev.getFirstPropertyValue('summary');
    rows.push('VEVENT\t' + (uid == null ? '-' : uid) + '\t' + start + '\t' + JSON.stringify(summary == null ? '' : summary));
  }
} catch (e) {
  console.log('ERROR ' + (e.name || 'Error') + ': ' + String(e.message).replace(/\n/g, ' ').slice(0, 200));
  process.exit(1);
}
console.log('OK');
for (const r of rows) console.log(r);
JSEOF
RC_JS=$?

cat "$TMP/py" "$TMP/js"
if [ $RC_PY -ne 0 ] || [ $RC_JS -ne 0 ]; then
  echo "== compare: FAILED (python-icalendar rc=$RC_PY, ical.js rc=$RC_JS)"
  exit 1
fi
if diff <(grep '^VEVENT' "$TMP/py") <(grep '^VEVENT' "$TMP/js") >"$TMP/diff"; then
  echo "== compare: SAME ($(grep -c '^VEVENT' "$TMP/py") VEVENTs)"
  exit 0
fi
echo "== compare: DIFFERENT (< python-icalendar, > ical.js)"
grep -E '^[<>]' "$TMP/diff"
exit 1
