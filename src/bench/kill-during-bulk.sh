#!/usr/bin/env bash
# Fault test (a script, not a benchmark): kills the portal with SIGKILL while one API call is awarding 10,000
# recipients, restarts it on the same H2 database and checks that the database opens and holds the batch whole
# or not at all. Repeats with kills at different moments of the call. Exit status 0 when every round holds.
#
#   src/bench/kill-during-bulk.sh               # kills after 0.5, 1.5, 2.5 and 4 s
#   DELAYS="1 2" src/bench/kill-during-bulk.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/common.sh
DELAYS=${DELAYS:-0.5 1.5 2.5 4}
JAR=$(bench_jar)
PORT=$(free_port)
BASE="http://localhost:$PORT"
KEY="kill_$RANDOM$RANDOM$RANDOM$RANDOM"
WORK=$(mktemp -d)
trap 'stop_portal; rm -rf "$WORK"' EXIT
export BADGES_DEMO_API_KEY="$KEY"
ARGS=(--badges.data-dir="$WORK/data" --badges.demo.enabled=true --spring.mail.host= --badges.rate-limit.enabled=false)

awards() { # how many awards the badge "commenter" of the demo issuer has
  curl -fs -H "X-Api-Key: $KEY" "$BASE/api/v1/awards?badge=commenter&size=1" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])'
}

FAILED=0
start_portal "$WORK/app.log" ""  "${ARGS[@]}"
for delay in $DELAYS; do
  before=$(awards)
  python3 -c 'import json, sys; print(json.dumps({"recipients": [{"recipient": f"{sys.argv[1]}-{i}"} for i in range(10000)]}))' \
    "killed-$delay-$RANDOM" > "$WORK/body.json"
  curl -s -o /dev/null -H "X-Api-Key: $KEY" -H "Content-Type: application/json" --data-binary "@$WORK/body.json" \
    "$BASE/api/v1/badges/commenter/awards" &
  CALL=$!
  sleep "$delay"
  kill -9 "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  wait "$CALL" 2>/dev/null || true
  APP_PID=""
  start_portal "$WORK/app.log" "" "${ARGS[@]}"
  after=$(awards)
  added=$((after - before))
  if [ "$added" -eq 0 ] || [ "$added" -eq 10000 ]; then
    echo "killed after $delay s: the database opened; the batch is there $([ "$added" -eq 0 ] && echo 'not at all' || echo 'whole') ($added awards)"
  else
    echo "killed after $delay s: PARTIAL BATCH, $added of 10,000 awards" >&2
    FAILED=1
  fi
done
exit $FAILED
