# Shared by the benchmark scripts in src/bench (source it; it is not run on its own).
# Starts and stops the packaged portal, finds free ports, signs in with curl. Every script runs from the
# repository root and needs the jar: ./mvnw -o -q package -DskipTests (the scripts build it when missing).

bench_jar() { # the packaged portal, built when missing
  local jar
  jar=$(ls target/badge-portal-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -o -q -B package -DskipTests >&2
    jar=$(ls target/badge-portal-*.jar | grep -v '\.original$' | head -1)
  fi
  echo "$jar"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_portal LOG JVM_OPTIONS ARGS...: starts the jar in the background (APP_PID), waits until it is ready
# (/actuator/health/readiness answers 200) and sets STARTUP_SECONDS to the time from launch to ready.
# Needs PORT and JAR.
start_portal() {
  local log=$1 jvm=$2
  shift 2
  local started
  started=$(date +%s.%N)
  # shellcheck disable=SC2086 # JVM options are words on purpose
  java $jvm -jar "$JAR" --server.port="$PORT" "$@" >>"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://localhost:$PORT/actuator/health/readiness"; then
      STARTUP_SECONDS=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the portal stopped while starting; its log:" >&2
      tail -50 "$log" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "the portal did not get ready in 120 s; see $log" >&2
  exit 1
}

stop_portal() {
  if [ -n "${APP_PID:-}" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}

csrf_token() { # csrf_token URL COOKIES: the CSRF token of the (first) form on a page
  curl -fs -b "$2" -c "$2" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'
}

sign_in() { # sign_in BASE EMAIL PASSWORD COOKIES
  local token
  token=$(csrf_token "$1/login" "$4")
  curl -fs -o /dev/null -b "$4" -c "$4" --data-urlencode "email=$2" --data-urlencode "password=$3" \
    --data-urlencode "_csrf=$token" "$1/login"
  if curl -fs -o /dev/null -w '%{redirect_url}' -b "$4" "$1/me" | grep -q /login; then
    echo "sign-in as $2 failed" >&2
    exit 1
  fi
}

# load_dataset WORK PASSWORD API_KEY JVM_OPTIONS ARGS...: starts the portal once on WORK/data (the schema), stops
# it, and loads the benchmark data set (dataset.py) into its H2 database. Needs PORT and JAR; logs to WORK/app.log.
load_dataset() {
  local work=$1 password=$2 key=$3 jvm=$4
  shift 4
  start_portal "$work/app.log" "$jvm" "$@"
  stop_portal
  python3 src/bench/dataset.py "$work/data.sql" "$password" "$key"
  local h2
  h2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
  java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$work/data/portal" -user sa -script "$work/data.sql"
}
