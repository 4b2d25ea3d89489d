#!/usr/bin/env bash
# The portal's benchmark: one run on a generated data set, figures beside the targets, written to
# src/bench/RESULTS.md with the machine and the date. A measurement, not a test; anyone can rerun it:
#
#   ./mvnw -q package -DskipTests && src/bench/portal.sh      (installs wrk from Debian packages when missing)
#
# Data set (generated as SQL and loaded with H2's RunScript between two starts): one issuer with 100 badges,
# 10,000 recipients and 100,000 accepted awards; its owner and one earner (100 awards, public profile) sign in.
# The app runs with a bounded heap (HEAP, default -Xmx256m) and measures, in this order:
#   start-up with the data set; the embed data endpoint against a static file of similar size from the same app
#   (wrk, 64 and 8 connections); one API call awarding 10,000 new email recipients (after two warm-up calls);
#   the median of the issuer's awards page, the earner's page and the public profile; heap after a full GC.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/common.sh

HEAP=${HEAP:--Xmx256m}
DURATION=${DURATION:-15s}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
JAR=$(bench_jar)
PORT=$(free_port)
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
LOG="$WORK/app.log"
PASSWORD="bench-password-$RANDOM$RANDOM"
KEY="bench_key_$RANDOM$RANDOM$RANDOM$RANDOM"
trap 'stop_portal; rm -rf "$WORK"' EXIT
ARGS=(--badges.data-dir="$WORK/data" --badges.demo.enabled=false --badges.sandbox.enabled=false
      --badges.admin.password="$PASSWORD" --badges.rate-limit.enabled=false --spring.mail.host=
      --logging.level.root=WARN)

echo "1/7 first start: the schema; 2/7 generating and loading the data set"
load_dataset "$WORK" "$PASSWORD" "$KEY" "$HEAP" "${ARGS[@]}"

echo "3/7 second start, with the data set"
start_portal "$LOG" "$HEAP" "${ARGS[@]}"
STARTUP=$STARTUP_SECONDS

echo "4/7 embed data against a static file (wrk, $DURATION per row)"
DATA_PATH="/v1/bench/users.json?names=user-4242"
DATA_BYTES=$(curl -fs "$BASE$DATA_PATH" | wc -c)
STATIC_PATH=""; STATIC_BYTES=0; BEST=999999
for p in /embed.js /themes/stackoverflow.css /themes/light.css /themes/dark.css /themes/auto.css /themes/minimal.css; do
  n=$(curl -fs "$BASE$p" | wc -c || echo 0); d=$(( n > DATA_BYTES ? n - DATA_BYTES : DATA_BYTES - n ))
  if [ "$n" -gt 0 ] && [ "$d" -lt "$BEST" ]; then BEST=$d; STATIC_PATH=$p; STATIC_BYTES=$n; fi
done
wrk -t2 -c16 -d10s "$BASE$DATA_PATH" >/dev/null; wrk -t2 -c16 -d5s "$BASE$STATIC_PATH" >/dev/null
load() { wrk -t2 -c"$1" -d"$DURATION" --latency "$BASE$2"; }
D64=$(load 64 "$DATA_PATH"); S64=$(load 64 "$STATIC_PATH"); D8=$(load 8 "$DATA_PATH"); S8=$(load 8 "$STATIC_PATH")

echo "5/7 one API call awarding 10,000 new email recipients (after two warm-up calls)"
bulk() {
  python3 -c 'import json, sys; print(json.dumps({"recipients": [{"recipient": f"{sys.argv[1]}-{i}@example.org"} for i in range(10000)]}))' \
    "bench-$1-$RANDOM" > "$WORK/bulk.json"
  curl -s -o "$WORK/bulk-answer.json" -w '%{http_code} %{time_total}' -H "X-Api-Key: $KEY" \
    -H "Content-Type: application/json" --data-binary "@$WORK/bulk.json" "$BASE/api/v1/badges/badge-1/awards"
}
BULK_WARM=$(bulk warm-up-1); BULK_WARM2=$(bulk warm-up-2); BULK=$(bulk measured)
BULK_AWARDED=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("awarded"))' "$WORK/bulk-answer.json" 2>/dev/null || echo "?")

echo "6/7 page medians (5 warm-up requests, then 30 timed, each page)"
sign_in "$BASE" owner@bench.example "$PASSWORD" "$WORK/owner.cookies"
sign_in "$BASE" earner@bench.example "$PASSWORD" "$WORK/earner.cookies"
page() { # page PATH COOKIES -> "median p90" in ms, or "failed (HTTP n)"
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$2" "$BASE$1")
  if [ "$code" != 200 ]; then echo "failed (HTTP $code)"; return; fi
  for _ in 1 2 3 4 5; do curl -fs -o /dev/null -b "$2" "$BASE$1"; done
  for _ in $(seq 1 30); do curl -fs -o /dev/null -w '%{time_total}\n' -b "$2" "$BASE$1"; done | sort -n |
    awk '{t[NR] = $1 * 1000} END {printf "%.1f %.1f", t[15], t[27]}'
}
P_ISSUER=$(page /manage/bench/awards "$WORK/owner.cookies")
P_EARNER=$(page /me "$WORK/earner.cookies")
P_PROFILE=$(page /u/bench-earner "$WORK/earner.cookies")

echo "7/7 heap after a full GC, errors"
jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
HEAP_MB=$(curl -fs "$BASE/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s += $NF} END {printf "%.0f", s / 1048576}')
ERRORS=$(grep -cE ' ERROR |OutOfMemoryError' "$LOG" || true)
NON_2XX=$(printf '%s\n' "$D64" "$S64" "$D8" "$S8" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')

rps() { awk '/Requests\/sec/ {print $2}'; }
pct() { awk -v p="$1" '$1 == p {print $2}'; }
ms() { awk '{v = $1; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else if (v ~ /s$/) {sub(/s/, "", v); v *= 1000}; printf "%.2f", v}'; }
verdict() { python3 -c "import sys; print('met' if $1 else '**missed**')"; }
RATIO=$(python3 -c "print(f'{100 * $(echo "$D64" | rps) / $(echo "$S64" | rps):.0f}')")
P99_8=$(echo "$D8" | pct 99% | ms)
BULK_S=${BULK#* }
{
  echo "# Benchmark results"
  echo
  echo "Run by \`src/bench/portal.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "$(free -g | awk '/Mem:/ {print $2}') GB memory, $(java -version 2>&1 | head -1), heap \`$HEAP\`, H2 in a file, wrk $DURATION per row."
  echo "Data set: 1 issuer, 100 badges, 10,000 recipients, $(grep -o "^(91" "$WORK/data.sql" | wc -l) accepted awards (+ 30,000 from the bulk calls)."
  echo
  echo "| what | figure | target | |"
  echo "|---|---|---|---|"
  echo "| embed data throughput at 64 connections, against the static file | **$RATIO%** ($(echo "$D64" | rps) vs $(echo "$S64" | rps) req/s) | at least 70% | $(verdict "$RATIO >= 70") |"
  echo "| embed data p99 at 8 connections | **$P99_8 ms** (static file: $(echo "$S8" | pct 99% | ms) ms) | under 20 ms | $(verdict "$P99_8 < 20") |"
  echo "| one API call awarding 10,000 email recipients | **${BULK_S} s** (HTTP ${BULK% *}, $BULK_AWARDED awarded; the warm-up calls before it: ${BULK_WARM#* } s, ${BULK_WARM2#* } s) | under 3 s | $(verdict "$BULK_S < 3") |"
  echo "| issuer's awards page \`/manage/bench/awards\`, median (p90) | **${P_ISSUER% *} ms** (${P_ISSUER#* }) | under 100 ms | $(verdict "${P_ISSUER% *} < 100") |"
  echo "| earner's page \`/me\` (100 awards), median (p90) | **${P_EARNER% *} ms** (${P_EARNER#* }) | under 100 ms | $(verdict "${P_EARNER% *} < 100") |"
  echo "| public profile \`/u/bench-earner\`, median (p90) | **${P_PROFILE% *} ms** (${P_PROFILE#* }) | under 100 ms | $(verdict "${P_PROFILE% *} < 100") |"
  echo "| start-up with the data set, launch to ready | **$STARTUP s** | under 10 s | $(verdict "$STARTUP < 10") |"
  echo "| heap used after the load and a full GC | **$HEAP_MB MB** of \`$HEAP\` | no out-of-memory | $(verdict "$ERRORS == 0") |"
  echo "| errors | $ERRORS ERROR lines in the log; wrk: ${NON_2XX:-no non-2xx answers, no socket errors} | none | $(verdict "$ERRORS == 0 and '$NON_2XX' == ''") |"
  echo
  echo "wrk in detail:"
  echo
  echo "| what | connections | req/s | p50 | p99 |"
  echo "|---|---|---|---|---|"
  for row in "data 64 D64" "static 64 S64" "data 8 D8" "static 8 S8"; do
    set -- $row; out=${!3}
    echo "| $1 | $2 | $(echo "$out" | rps) | $(echo "$out" | pct 50%) | $(echo "$out" | pct 99%) |"
  done
  echo
  echo "Data: \`$DATA_PATH\` ($DATA_BYTES bytes); static: \`$STATIC_PATH\` ($STATIC_BYTES bytes). wrk runs on the same"
  echo "cores as the portal, so the static file's figures are this machine's floor."
  echo
  cat src/bench/NOTES.md
} > src/bench/RESULTS.md.new
mv src/bench/RESULTS.md.new src/bench/RESULTS.md
cat src/bench/RESULTS.md
