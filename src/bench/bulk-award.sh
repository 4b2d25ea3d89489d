#!/usr/bin/env bash
# Benchmark: how long committing a 10,000-row bulk award takes (a measurement, not a test).
#
# Starts the packaged portal (target/*.jar; build it first with ./mvnw -o -q package -DskipTests) on port 18080
# with a fresh data directory and the demo data, signs in as staff@demo.example with curl (cookie jar, CSRF token
# read from the forms), pastes ROWS generated site-user names into the bulk award of the demo badge
# "commenter" (check, then commit) and prints the seconds the commit request took. Stops the app at the end.
#
#   src/bench/bulk-award.sh            # 10,000 rows
#   ROWS=20000 src/bench/bulk-award.sh
#   KIND=email src/bench/bulk-award.sh # email recipients (each award also queues a mail)
set -euo pipefail

cd "$(dirname "$0")/../.."
ROWS=${ROWS:-10000}
KIND=${KIND:-site-user}
PORT=${PORT:-18080}
BASE="http://localhost:$PORT"
PASSWORD="bench-password-$RANDOM$RANDOM"
JAR=$(ls target/*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$JAR" ]; then
  echo "No jar in target/: run ./mvnw -o -q package -DskipTests first" >&2
  exit 1
fi

WORK=$(mktemp -d)
java -jar "$JAR" --server.port="$PORT" --badges.data-dir="$WORK/data" --badges.demo.enabled=true \
  --badges.demo.password="$PASSWORD" --spring.mail.host= > "$WORK/app.log" 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fs "$BASE/actuator/health" > /dev/null; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then cat "$WORK/app.log" >&2; exit 1; fi
  sleep 1
done

JAR_COOKIES="$WORK/cookies"
csrf() { # the CSRF token of the form on a page
  curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'
}

TOKEN=$(csrf "$BASE/login")
curl -fs -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "email=staff@demo.example" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" "$BASE/login"

BULK="$BASE/manage/demo/badges/commenter/bulk"
TOKEN=$(csrf "$BULK")
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
