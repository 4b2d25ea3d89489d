#!/usr/bin/env bash
# Benchmark: how long awarding 10,000 recipients in ONE portal API call takes (a measurement, not a test).
#
# Starts the packaged portal (target/*.jar, built when missing) on a free port
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
source src/bench/common.sh
RECIPIENTS=${RECIPIENTS:-10000}
KIND=${KIND:-email}
PORT=${PORT:-$(free_port)}
BASE="http://localhost:$PORT"
KEY="bench_$RANDOM$RANDOM$RANDOM$RANDOM"
JAR=$(bench_jar)
WORK=$(mktemp -d)
trap 'stop_portal; rm -rf "$WORK"' EXIT
export BADGES_DEMO_API_KEY="$KEY"
start_portal "$WORK/app.log" "" --badges.data-dir="$WORK/data" \
  --badges.demo.enabled=true --spring.mail.host=

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
