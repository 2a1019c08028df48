#!/usr/bin/env bash
# Starts Inclusion Hub locally: PostgreSQL (checked, started or installed), a real Kafka broker from
# Maven jars, the three services (built, started in the background), then loads the demo data.
#
#   ./run.sh          start everything (safe to run again: what already runs is left alone)
#   ./run.sh second   start a second instance of each service (ports 8091-8093), same databases and broker
#   ./run.sh demo     load the demo data (again: what is there already is skipped) and print the addresses
#   ./run.sh stop     stop the services (both instances) and the Kafka broker this script started
#   ./run.sh status   show what runs
#
# Settings (environment): PRACTICE_PORT, ASSESSMENT_PORT, SURVEY_PORT (8081-8083; the second instances
# PRACTICE_PORT_2... 8091-8093), KAFKA_PORT (9092), INCLUSIONHUB_ADMIN_KEY (generated once into
# .run/admin-key), SKIP_BUILD=1 to start the jars already built (without it they are built when a source is
# newer than them, or when one is missing). A second system beside this one (the
# benchmarks' own, infra/bench/run.sh) takes other ports and INCLUSIONHUB_RUN_DIR (.run: PID files, logs,
# admin key, Kafka's data) and INCLUSIONHUB_DB_SUFFIX (none: databases practice, assessment, survey).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_dir="${INCLUSIONHUB_RUN_DIR:-$repo/.run}"
db_suffix="${INCLUSIONHUB_DB_SUFFIX:-}"
log_dir="$run_dir/logs"
services=(practice-service:"${PRACTICE_PORT:-8081}" assessment-service:"${ASSESSMENT_PORT:-8082}" survey-service:"${SURVEY_PORT:-8083}")
second_instances=(practice-service-2:"${PRACTICE_PORT_2:-8091}" assessment-service-2:"${ASSESSMENT_PORT_2:-8092}" survey-service-2:"${SURVEY_PORT_2:-8093}")
port_of() { local entry; for entry in "${services[@]}"; do if [[ ${entry%%:*} == "$1" ]]; then echo "${entry##*:}"; fi; done; }
export KAFKA_PORT="${KAFKA_PORT:-9092}"
export KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$run_dir/kafka}"
mkdir -p "$log_dir"

pid_of() { local f="$run_dir/$1.pid"; [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }

admin_key() {
  if [[ -n "${INCLUSIONHUB_ADMIN_KEY:-}" ]]; then echo "$INCLUSIONHUB_ADMIN_KEY"; return; fi
  if [[ ! -s "$run_dir/admin-key" ]]; then
    (umask 077; echo "ih_admin_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" > "$run_dir/admin-key")
  fi
  cat "$run_dir/admin-key"
}

wait_ready() {
  local name=$1 port=$2 deadline=$((SECONDS + 180))
  until curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    if ! pid_of "$name" >/dev/null; then echo "$name exited; see $log_dir/$name.log" >&2; tail -n 30 "$log_dir/$name.log" >&2; return 1; fi
    if (( SECONDS > deadline )); then echo "$name not ready after 180 s; see $log_dir/$name.log" >&2; return 1; fi
    sleep 1
  done
}

# Whether every service jar and the broker's jars exist and no source (a pom.xml, a file under a module's src/main)
# changed since the oldest jar was built: then restarting a stopped service needs no build.
built_is_current() {
  local oldest="" jar
  [[ -d "$repo/infra/kafka/target/lib" ]] || return 1
  for jar in "$repo"/{practice,assessment,survey}-service/target/quarkus-app/quarkus-run.jar; do
    [[ -f "$jar" ]] || return 1
    if [[ -z "$oldest" || "$jar" -ot "$oldest" ]]; then oldest=$jar; fi
  done
  local changed
  changed="$(cd "$repo" && find . \( -name .git -o -name .run -o -name target -o -name node_modules \) -prune -o \
    \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$oldest" -print -quit)"
  if [[ -n "$changed" ]]; then return 1; fi
  echo "the jars are newer than every source: not building (a change to a source builds them again)"
}

start() {
  bash "$repo/infra/postgres.sh"
  bash "$repo/infra/kafka/kafka.sh" start
  local key; key="$(admin_key)"

  local to_start=()
  for entry in "${services[@]}"; do
    local name=${entry%%:*}
    if pid="$(pid_of "$name")"; then echo "$name: already running (pid $pid)"; else to_start+=("$entry"); fi
  done

  if (( ${#to_start[@]} > 0 )) && [[ "${SKIP_BUILD:-0}" != 1 ]] && ! built_is_current; then
    echo "building the services (./mvnw package -DskipTests), log: $log_dir/build.log"
    (cd "$repo" && ./mvnw -B package -DskipTests > "$log_dir/build.log" 2>&1) \
      || { echo "build failed; see $log_dir/build.log" >&2; tail -n 30 "$log_dir/build.log" >&2; exit 1; }
  fi

  for entry in "${to_start[@]}"; do launch "$entry" "$key"; done
  for entry in "${services[@]}"; do wait_ready "${entry%%:*}" "${entry##*:}"; done

  load_demo_data "$key"
  print_urls "$key"
}

# launch <instance>:<port> <admin key>: one service JVM in the background; the instance name without a
# -2 suffix is the module, and its database is the module's (every instance shares it)
launch() {
  local name=${1%%:*} port=${1##*:} key=$2
  local module=${name%-2}
  if curl -fsS "http://127.0.0.1:$port/q/health/live" >/dev/null 2>&1; then
    echo "$name: port $port is already answering (not started by this script); leaving it" >&2; return
  fi
  local db=${module%-service}
  INCLUSIONHUB_ADMIN_KEY="$key" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" LOG_JSON=false \
    DB_NAME="$db$db_suffix" DB_USER="$db" PORT="$port" \
    nohup java -Xmx512m -Dvertx.disableURIValidation=true -jar "$repo/$module/target/quarkus-app/quarkus-run.jar" > "$log_dir/$name.log" 2>&1 &
  echo $! > "$run_dir/$name.pid"
  echo "$name: starting (pid $!, log $log_dir/$name.log)"
}

# A second instance of each service beside the first: same database, same broker, same consumer groups,
# so the instances split the topics' partitions and either one serves any request.
second() {
  for entry in "${services[@]}"; do
    pid_of "${entry%%:*}" >/dev/null || { echo "${entry%%:*} is not running; start the system first (./run.sh)" >&2; exit 1; }
  done
  local key; key="$(admin_key)"
  for entry in "${second_instances[@]}"; do
    if pid="$(pid_of "${entry%%:*}")"; then echo "${entry%%:*}: already running (pid $pid)"; else launch "$entry" "$key"; fi
  done
  for entry in "${second_instances[@]}"; do wait_ready "${entry%%:*}" "${entry##*:}"; done
  echo "second instances ready on ports ${second_instances[*]##*:}"
}

load_demo_data() {
  local key=$1
  for file in "$repo"/practice-service/demo-data/practices-*.json; do
    printf 'demo data %-38s ' "$(basename "$file"):"
    curl -fsS -X POST "http://127.0.0.1:$(port_of practice-service)/api/v1/practices/import?publish=true" \
      -H "Authorization: Bearer $key" -H 'Content-Type: application/json' --data-binary "@$file" \
      | sed -E 's/.*"created":([0-9]+),"skipped":([0-9]+).*/created \1, already there \2/'
    echo
  done
  # the place self-assessments of the IncluCities mentor and mentee cities are illustrative (README "Learn from whom")
  for file in spring-assessments.json inclucities-place-assessments.json; do
    printf 'demo data %-38s ' "$file:"
    python3 "$repo/infra/demo/load_assessments.py" "$repo/assessment-service/demo-data/$file" "$key" \
      "http://127.0.0.1:$(port_of practice-service)" "http://127.0.0.1:$(port_of assessment-service)"
  done
  load_demo_responses "$key"
}

# 55 ERASMI responses that reproduce the compendium (survey-service/demo-data/COMPENDIUM.md), submitted by a demo partner, once.
load_demo_responses() {
  local key=$1 api="http://127.0.0.1:$(port_of survey-service)/api/v1" total partner_key
  printf 'demo data %-38s ' "erasmi-demo-responses.json:"
  # counted in the latest version's statistics, so a new version of the survey gets the demo responses too
  total="$(curl -fsS "$api/surveys/erasmi-networks/statistics" | sed -E 's/^.*"respondents":([0-9]+).*$/\1/')"
  if [[ "$total" != 0 ]]; then echo "created 0, the survey already has $total responses"; return; fi
  partner_key="$(curl -sS -X POST "$api/partners" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d '{"code":"erasmi-demo","name":"ERASMI demo partner"}' | sed -nE 's/.*"key":"([^"]+)".*/\1/p')"
  if [[ -z "$partner_key" ]]; then
    partner_key="$(curl -fsS -X POST "$api/partners/erasmi-demo/keys" -H "Authorization: Bearer $key" \
      | sed -nE 's/.*"key":"([^"]+)".*/\1/p')"
  fi
  curl -fsS -X POST "$api/surveys/erasmi-networks/responses/bulk" -H "Authorization: Bearer $partner_key" \
    -H 'Content-Type: application/json' --data-binary "@$repo/survey-service/demo-data/erasmi-demo-responses.json" \
    | grep -o '"status":201' | wc -l | xargs printf 'created %s\n'
}

print_urls() {
  local p a s; p="$(port_of practice-service)"; a="$(port_of assessment-service)"; s="$(port_of survey-service)"
  cat <<EOT

Inclusion Hub is running.
  practice-service    API http://localhost:$p/api/v1/practices   Swagger UI http://localhost:$p/q/swagger-ui   health http://localhost:$p/q/health/ready
  assessment-service  API http://localhost:$a/api/v1             Swagger UI http://localhost:$a/q/swagger-ui   health http://localhost:$a/q/health/ready
  survey-service      API http://localhost:$s/api/v1             Swagger UI http://localhost:$s/q/swagger-ui   health http://localhost:$s/q/health/ready
  dashboards          http://localhost:$p/dashboard/   http://localhost:$a/dashboard/   http://localhost:$s/dashboard/
  live statistics     http://localhost:$s/api/v1/surveys/statistics/stream (Server-Sent Events; also on $p and $a)
  Kafka               127.0.0.1:$KAFKA_PORT
  logs                $log_dir
  admin API key       $1   (kept in $run_dir/admin-key; export INCLUSIONHUB_ADMIN_KEY to choose your own)

Try:  curl 'http://localhost:$p/api/v1/practices?country=BE'
Stop: ./run.sh stop
EOT
}

stop() {
  for entry in "${second_instances[@]}" "${services[@]}"; do
    local name=${entry%%:*}
    if pid="$(pid_of "$name")"; then
      kill "$pid"
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      echo "$name: stopped (pid $pid)"
    fi
    rm -f "$run_dir/$name.pid"
  done
  bash "$repo/infra/kafka/kafka.sh" stop
}

status() {
  for entry in "${services[@]}" "${second_instances[@]}"; do
    local name=${entry%%:*}
    if ! pid="$(pid_of "$name")"; then echo "$name: not running"; continue; fi
    # a process killed a moment ago may still hold its pid: say whether it answers
    if curl -fsS -m 3 "http://127.0.0.1:${entry##*:}/q/health/ready" >/dev/null 2>&1; then
      echo "$name: running (pid $pid), ready on port ${entry##*:}"
    else
      echo "$name: running (pid $pid), not ready on port ${entry##*:} (starting, stopping, or see $log_dir/$name.log)"
    fi
  done
  bash "$repo/infra/kafka/kafka.sh" status || true
}

case "${1:-start}" in
  start) start ;;
  second) second ;;
  demo) key="$(admin_key)"; load_demo_data "$key"; print_urls "$key" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 [start|second|demo|stop|status]" >&2; exit 2 ;;
esac
