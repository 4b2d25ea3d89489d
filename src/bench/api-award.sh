#!/usr/bin/env bash
# Benchmark: how long awarding 10,000 recipients in ONE portal API call takes (a measurement, not a test).
#
# Starts the packaged portal (target/*.jar; build it first with ./mvnw -o -q package -DskipTests) on a free port
# with a fresh data directory and the demo data, whose issuer "demo" gets the API key from BADGES_DEMO_API_KEY.
# POSTs RECIPIENTS generated recipients to /api/v1/badges/commenter/awards with curl, three times with new
# recipients each time (the first on a cold JVM), and prints each request's wall time and the number of awards the
# server reports; the last is the figure. Stops the app at the end. Target: under 3 s.
#
#   src/bench/api-award.sh                    # 10,000 email recipients (each award also queues a mail)
#   RECIPIENTS=5000 src/bench/api-award.sh
#   KIND=site-user src/bench/api-award.sh     # site user names (no mail)
set -euo pipefail

cd "$(dirname "$0")/../.."
RECIPIENTS=${RECIPIENTS:-10000}
KIND=${KIND:-email}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://localhost:$PORT"
KEY="bench_$RANDOM$RANDOM$RANDOM$RANDOM"
JAR=$(ls target/*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$JAR" ]; then
  echo "No jar in target/: run ./mvnw -o -q package -DskipTests first" >&2
  exit 1
fi

WORK=$(mktemp -d)
BADGES_DEMO_API_KEY="$KEY" java -jar "$JAR" --server.port="$PORT" --badges.data-dir="$WORK/data" \
  --badges.demo.enabled=true --spring.mail.host= > "$WORK/app.log" 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fs "$BASE/actuator/health/readiness" > /dev/null; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then cat "$WORK/app.log" >&2; exit 1; fi
  sleep 1
done

RUN=$(date +%s)
body() {
  python3 - "$RECIPIENTS" "$KIND" "$RUN-$1" > "$WORK/body.json" <<'PY'
import json, sys
count, kind, run = int(sys.argv[1]), sys.argv[2], sys.argv[3]
def who(i):
    return f"bench-{run}-{i}@example.org" if kind == "email" else f"bench-{run}-{i}"
print(json.dumps({"recipients": [{"recipient": who(i), "payload": {"n": i}} for i in range(1, count + 1)]}))
PY
}

call() {
  curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -H "X-Api-Key: $KEY" \
    -H "Content-Type: application/json" --data-binary "@$WORK/body.json" "$BASE/api/v1/badges/commenter/awards"
}

# Three calls, each to RECIPIENTS new recipients: the first runs on a cold JVM (the JIT has not compiled the
# bulk path yet), the later ones show a running server's steady state. The figure is the last call.
for round in 1 2 3; do
  body "$round"
  RESULT=$(call)
  AWARDED=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("awarded"))' "$WORK/answer.json" \
    2>/dev/null || echo "?")
  echo "call $round: HTTP ${RESULT% *} (201 expected), awarded (server): $AWARDED of $RECIPIENTS $KIND recipients," \
    "${RESULT#* } s"
done
echo "one API call with $RECIPIENTS recipients (steady state): ${RESULT#* } s"
