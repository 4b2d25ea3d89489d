#!/usr/bin/env bash
# Benchmark: how long committing a 10,000-row bulk award takes (a measurement, not a test).
#
# Starts the packaged portal (target/*.jar, built when missing) on a free port
# with a fresh data directory and the demo data, signs in as staff@demo.example with curl (cookie jar, CSRF token
# read from the forms), pastes ROWS generated site-user names into the bulk award of the demo badge
# "commenter" (check, then commit) and prints the seconds the commit request took. Stops the app at the end.
#
#   src/bench/bulk-award.sh            # 10,000 rows
#   ROWS=20000 src/bench/bulk-award.sh
#   KIND=email src/bench/bulk-award.sh # email recipients (each award also queues a mail)
set -euo pipefail

cd "$(dirname "$0")/../.."
source src/bench/common.sh
ROWS=${ROWS:-10000}
KIND=${KIND:-site-user}
PORT=${PORT:-$(free_port)}
BASE="http://localhost:$PORT"
PASSWORD="bench-password-$RANDOM$RANDOM"
JAR=$(bench_jar)
WORK=$(mktemp -d)
trap 'stop_portal; rm -rf "$WORK"' EXIT
start_portal "$WORK/app.log" "" --badges.data-dir="$WORK/data" --badges.demo.enabled=true \
  --badges.demo.password="$PASSWORD" --spring.mail.host=
JAR_COOKIES="$WORK/cookies"
sign_in "$BASE" staff@demo.example "$PASSWORD" "$JAR_COOKIES"

BULK="$BASE/manage/demo/badges/commenter/bulk"
TOKEN=$(csrf_token "$BULK" "$JAR_COOKIES")
if [ -z "$TOKEN" ]; then echo "Sign-in failed (no bulk form)" >&2; exit 1; fi

RUN=$(date +%s)
for i in $(seq 1 "$ROWS"); do
  if [ "$KIND" = email ]; then echo "bench-$RUN-$i@example.org"; else echo "bench-$RUN-$i"; fi
done > "$WORK/rows.txt"

CHECK=$(curl -s -o "$WORK/check.html" -w '%{http_code} %{time_total}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
  -F "_csrf=$TOKEN" -F "step=check" -F "text=<$WORK/rows.txt" "$BULK")
echo "check:  HTTP ${CHECK% *}, ${CHECK#* } s"
grep -o 'Award [0-9,]* badges' "$WORK/check.html" | head -1

TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/check.html" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
COMMIT=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
  --data-urlencode "_csrf=$TOKEN" --data-urlencode "step=commit" --data-urlencode "text@$WORK/rows.txt" "$BULK")
echo "commit: HTTP ${COMMIT% *} (303/302 expected)"
echo "commit of $ROWS rows: ${COMMIT#* } s"
