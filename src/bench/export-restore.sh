#!/usr/bin/env bash
# Moves the benchmark issuer (dataset.py: 100 badges, 10,000 recipients, 100,000 awards) from one installation to
# another through its export, and times each step. A measurement, not a test; anyone can rerun it:
#
#   ./mvnw -q package -DskipTests && src/bench/export-restore.sh
#
# 1. Installation A with the data set: the owner downloads issuer.json and awards.csv (time and size of each).
# 2. Installation B, empty: its administrator restores issuer.json at /admin/restore, becoming the owner.
# 3. B exports the issuer again: the script fails unless the badges, recipients and awards are all there and the
#    two exports are equal except for the export time, the owner's account link and "issued by" (no such accounts
#    in B). Also timed on A for comparison: a second download of issuer.json (the baseline for B's export).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/common.sh

HEAP=${HEAP:--Xmx256m}
JAR=$(bench_jar)
PORT=$(free_port)
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
PASSWORD="bench-password-$RANDOM$RANDOM"
KEY="bench_key_$RANDOM$RANDOM$RANDOM$RANDOM"
trap 'stop_portal; rm -rf "$WORK"' EXIT
args() { # args DATA_DIR
  echo --badges.data-dir="$1" --badges.demo.enabled=false --badges.sandbox.enabled=false \
    --badges.admin.password="$PASSWORD" --badges.rate-limit.enabled=false --spring.mail.host= --logging.level.root=WARN
}
timed() { # timed OUT COOKIES URL [curl options...] -> "HTTP seconds bytes"
  local out=$1 cookies=$2 url=$3
  shift 3
  curl -s -o "$out" -b "$cookies" -c "$cookies" -w '%{http_code} %{time_total} %{size_download}' "$@" "$url"
}

echo "1/3 installation A with the data set; the owner exports"
# shellcheck disable=SC2046 # the arguments are words on purpose
load_dataset "$WORK" "$PASSWORD" "$KEY" "$HEAP" $(args "$WORK/data")
# shellcheck disable=SC2046
start_portal "$WORK/app.log" "$HEAP" $(args "$WORK/data")
sign_in "$BASE" owner@bench.example "$PASSWORD" "$WORK/owner.cookies"
JSON_A=$(timed "$WORK/a.json" "$WORK/owner.cookies" "$BASE/manage/bench/export/issuer.json")
JSON_A2=$(timed "$WORK/a2.json" "$WORK/owner.cookies" "$BASE/manage/bench/export/issuer.json")
CSV_A=$(timed "$WORK/a.csv" "$WORK/owner.cookies" "$BASE/manage/bench/export/awards.csv")
stop_portal

echo "2/3 installation B, empty; the administrator restores"
# shellcheck disable=SC2046
start_portal "$WORK/app-b.log" "$HEAP" $(args "$WORK/data-b")
sign_in "$BASE" admin@badges.local "$PASSWORD" "$WORK/admin.cookies"
TOKEN=$(csrf_token "$BASE/admin/restore" "$WORK/admin.cookies")
RESTORE=$(timed "$WORK/restore.html" "$WORK/admin.cookies" "$BASE/admin/restore" -F "_csrf=$TOKEN" \
  -F "ownerEmail=admin@badges.local" -F "file=@$WORK/a.json;type=application/json")

echo "3/3 B exports the issuer again"
JSON_B=$(timed "$WORK/b.json" "$WORK/admin.cookies" "$BASE/manage/bench/export/issuer.json")
stop_portal

python3 - "$WORK/a.json" "$WORK/b.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for doc in (a, b):
    doc.pop("exportedAt")
    for r in doc["recipients"]:
        r["linked"], r["accountName"] = False, None
    for w in doc["awards"]:
        w["issuedBy"] = None
counts = {k: len(a[k]) for k in ("badges", "recipients", "awards")}
print("exported from A:", counts)
if a != b:
    sys.exit("the export of B differs from the export of A")
print("the export of B equals the export of A (apart from the export time and the accounts)")
PY

seconds() { echo "$1" | awk '{printf "%.1f", $2}'; }
mb() { echo "$1" | awk '{printf "%.1f MB", $3 / 1048576}'; }
ratio() { python3 -c "print(f'{float(\"$1\") / float(\"$2\"):.1f}')"; }
[ "$(echo "$RESTORE" | cut -d' ' -f1)" = 302 ] || { echo "the restore was refused: $RESTORE" >&2; exit 1; }
cat <<TXT

| step | HTTP | time | size |
|---|---|---|---|
| A: issuer.json (first download) | ${JSON_A%% *} | $(seconds "$JSON_A") s | $(mb "$JSON_A") |
| A: issuer.json (second download, the baseline) | ${JSON_A2%% *} | $(seconds "$JSON_A2") s | $(mb "$JSON_A2") |
| A: awards.csv | ${CSV_A%% *} | $(seconds "$CSV_A") s | $(mb "$CSV_A") |
| B: restore of issuer.json | ${RESTORE%% *} | $(seconds "$RESTORE") s | |
| B: issuer.json after the restore | ${JSON_B%% *} | $(seconds "$JSON_B") s | $(mb "$JSON_B") |

The restore took $(ratio "$(seconds "$RESTORE")" "$(seconds "$JSON_A2")") times as long as the export it read.
TXT
