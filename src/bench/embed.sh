#!/usr/bin/env bash
# Benchmark of the embed's data endpoint against a static file of similar size, served by the same app in the
# same run. Data set: one service with 100 badges and 10,000 site users (about 30,000 accepted awards), loaded
# with H2's RunScript between two starts of the packaged jar. Writes src/bench/embed-RESULTS.md.
# Answers are cached for two seconds (EmbedAnswers), so the load measures the cached path; the script also times
# uncached answers for distinct users.
# Usage: src/bench/embed.sh   (from the repository root; needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
JAR=$(ls target/badge-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -o -q -B package -DskipTests; JAR=$(ls target/badge-portal-*.jar | grep -v original | head -1); fi
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATA=$(mktemp -d)
LOG="$DATA/app.log"
APP_PID=""
stop() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi; }
trap 'stop; rm -rf "$DATA"' EXIT
start() {
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --badges.data-dir="$DATA" --badges.demo.enabled=false \
    --badges.admin.password=bench-admin-password --logging.level.root=WARN >>"$LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the portal did not start; see $LOG" >&2; exit 1
}

echo "1/4 first start (creates the schema)"; start; stop

echo "2/4 loading 100 badges and 10,000 users"
python3 - "$DATA/data.sql" <<'PY'
import random, sys
random.seed(42)
out = open(sys.argv[1], "w")
now = "TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00'"
out.write(f"insert into issuer (id, slug, name, verified, acceptance_policy, created_at) values (900000000, 'bench', 'Bench', true, 'AUTOMATIC', {now});\n")
for b in range(100):
    out.write(f"insert into badge (id, issuer_id, slug, name, strapline, listed, created_at, updated_at) values ({900000100+b}, 900000000, 'badge-{b}', 'Badge {b}', 'Earned by doing thing number {b}', true, {now}, {now});\n")
    out.write(f"insert into badge_custom_field (badge_id, field_name, field_value) values ({900000100+b}, 'type', '\"{random.choice(['gold','silver','bronze'])}\"');\n")
award = 910000000
rows = []
for u in range(10000):
    rid = 901000000 + u
    out.write(f"insert into recipient (id, issuer_id, identifier, identifier_kind, created_at) values ({rid}, 900000000, 'user-{u}', 'SITE_USER', {now});\n")
    for b in random.sample(range(100), random.randint(1, 5)):
        for _ in range(random.randint(1, 2)):
            award += 1
            out.write(f"insert into award (id, public_id, badge_id, recipient_id, status, issued_at, valid_from) values ({award}, '{award:036d}', {900000100+b}, {rid}, 'ACCEPTED', {now}, {now});\n")
out.close()
PY
java -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/portal" -user sa -script "$DATA/data.sql"

echo "3/4 second start"; start
BASE="http://localhost:$PORT"
DATA_PATH="/v1/bench/users.json?names=user-4242"
DATA_BYTES=$(curl -fs "$BASE$DATA_PATH" | wc -c)
STATIC_PATH=""; STATIC_BYTES=0; BEST=999999
for p in /embed.js /themes/stackoverflow.css /themes/light.css /themes/dark.css /themes/auto.css /themes/minimal.css; do
  n=$(curl -fs "$BASE$p" | wc -c); d=$(( n > DATA_BYTES ? n - DATA_BYTES : DATA_BYTES - n ))
  if [ "$d" -lt "$BEST" ]; then BEST=$d; STATIC_PATH=$p; STATIC_BYTES=$n; fi
done
echo "data $DATA_PATH: $DATA_BYTES bytes; static $STATIC_PATH: $STATIC_BYTES bytes"

echo "4/4 measuring (warm-up, then 64 and 8 connections)"
wrk -t2 -c16 -d10s "$BASE$DATA_PATH" >/dev/null; wrk -t2 -c16 -d5s "$BASE$STATIC_PATH" >/dev/null
run() { wrk -t2 -c"$1" -d15s --latency "$BASE$2"; }
rps() { awk '/Requests\/sec/ {print $2}'; }
pct() { awk -v p="$1" '$1 == p {print $2}'; }
D64=$(run 64 "$DATA_PATH"); S64=$(run 64 "$STATIC_PATH")
D8=$(run 8 "$DATA_PATH"); S8=$(run 8 "$STATIC_PATH")
# Answers are cached for two seconds; the cost of a miss: 50 distinct users, one request at a time.
COLD=$(for i in $(seq 1000 1049); do curl -fs -o /dev/null -w '%{time_total}\n' "$BASE/v1/bench/users.json?names=user-$i"; done \
  | sort -n | awk '{a[NR]=$1} END {printf "%.1f ms", 1000*a[int((NR+1)/2)]}')
RATIO=$(python3 -c "print(f'{100*float(\"$(echo "$D64" | rps)\")/float(\"$(echo "$S64" | rps)\"):.0f}')")
{
  echo "# Embed data endpoint benchmark"
  echo
  echo "Run by \`src/bench/embed.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(java -version 2>&1 | head -1)), wrk 15 s per row,"
  echo "one service with 100 badges, 10,000 site users and $(grep -c '^insert into award' "$DATA/data.sql") accepted awards in H2 (file)."
  echo "Data: \`$DATA_PATH\` ($DATA_BYTES bytes). Static: \`$STATIC_PATH\` ($STATIC_BYTES bytes). No ETag revalidation (wrk sends no If-None-Match)."
  echo
  echo "| what | connections | req/s | p50 | p99 |"
  echo "|---|---|---|---|---|"
  for row in "data 64 D64" "static 64 S64" "data 8 D8" "static 8 S8"; do
    set -- $row; out=${!3}
    echo "| $1 | $2 | $(echo "$out" | rps) | $(echo "$out" | pct 50%) | $(echo "$out" | pct 99%) |"
  done
  echo
  echo "Data endpoint throughput at 64 connections: **$RATIO%** of the static file's (target: at least 70%)."
  echo "p99 at 8 connections: **$(echo "$D8" | pct 99%)** (target: under 20 ms); the static file's p99 in the same run:"
  echo "$(echo "$S8" | pct 99%) (wrk and the portal share the machine's cores, so this is the floor on this machine)."
  echo
  echo "Answers are kept for two seconds and dropped after every award change; an uncached answer (50 distinct users,"
  echo "one request at a time) takes a median of $COLD."
} > src/bench/embed-RESULTS.md
cat src/bench/embed-RESULTS.md
