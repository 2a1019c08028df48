#!/usr/bin/env bash
# Inclusion Hub benchmark suite: one entry command (benchmarks, not tests: they print figures).
#
#   infra/bench/run.sh [suite...] [options]      suites: intake drain latency reads footprint faults (default: all)
#   infra/bench/run.sh --help                    every option (durations, rates, counts) with its default
#
# The benchmarks run on a system of their own, beside any development system: ports 18081-18083 (second
# instances 18091-18093), Kafka on 19092, databases practice_bench, assessment_bench and survey_bench, PIDs,
# logs and Kafka's data in .run/bench. When it does not answer, this starts it with ./run.sh from empty
# databases and an empty broker (SKIP_BUILD=1 when the jars exist) and stops it with ./run.sh stop at the
# end; the databases stay until the next run, for a look at what was measured. A bench system that already
# runs is used and left running. Output goes to the terminal and is appended to
# infra/bench/results/<date>.txt.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
results="$here/results"
mkdir -p "$results"
result_file="$results/$(date +%Y-%m-%d).txt"

for arg in "$@"; do
  if [[ "$arg" == "-h" || "$arg" == "--help" ]]; then exec python3 "$here/bench.py" --help; fi
done

# wrk drives the intake load from C, so the client takes little of the two cores the system under test uses
if ! command -v wrk >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "installing wrk (Debian package) for the intake load"
  { apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }; } >/dev/null 2>&1 \
    || echo "wrk could not be installed; the intake suite falls back to Python clients"
fi

export INCLUSIONHUB_RUN_DIR="$repo/.run/bench" INCLUSIONHUB_DB_SUFFIX=_bench
export PRACTICE_PORT=18081 ASSESSMENT_PORT=18082 SURVEY_PORT=18083
export PRACTICE_PORT_2=18091 ASSESSMENT_PORT_2=18092 SURVEY_PORT_2=18093
export KAFKA_PORT=19092 KAFKA_DATA_DIR="$INCLUSIONHUB_RUN_DIR/kafka"

psql_super() {
  psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtc "$1" 2>/dev/null \
    || runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -qAtc "$1"
}

# answering = any HTTP answer on the health endpoint (a service whose consumer is in error answers 503 but runs)
ready() { [[ "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/q/health/live" 2>/dev/null)" != 000 ]]; }
all_ready() { ready $PRACTICE_PORT && ready $ASSESSMENT_PORT && ready $SURVEY_PORT; }

started=0
stop_system() {
  if (( started )); then
    echo "stopping the system this benchmark started (./run.sh stop)"
    (cd "$repo" && ./run.sh stop)
    started=0
  fi
}
trap stop_system EXIT
trap 'exit 130' INT TERM

if ! all_ready; then
  if ready $PRACTICE_PORT || ready $ASSESSMENT_PORT || ready $SURVEY_PORT; then
    echo "some services answer on $PRACTICE_PORT-$SURVEY_PORT and some do not; not starting anything over a partly running system" >&2
    (cd "$repo" && ./run.sh status) >&2
    exit 1
  fi
  skip=0
  ls "$repo"/{practice,assessment,survey}-service/target/quarkus-app/quarkus-run.jar >/dev/null 2>&1 && skip=1
  echo "starting the benchmarks' system from empty databases: SKIP_BUILD=$skip ./run.sh (log: $INCLUSIONHUB_RUN_DIR/logs/bench-run.log)"
  bash "$repo/infra/postgres.sh" >/dev/null
  for db in practice assessment survey; do psql_super "drop database if exists ${db}_bench with (force)"; done
  rm -rf "$KAFKA_DATA_DIR"
  mkdir -p "$INCLUSIONHUB_RUN_DIR/logs"
  started=1
  # ./run.sh loads demo data after the services are ready; a failed demo import does not stop the benchmark
  (cd "$repo" && SKIP_BUILD=$skip ./run.sh > "$INCLUSIONHUB_RUN_DIR/logs/bench-run.log" 2>&1) \
    || echo "./run.sh exited with an error (see $INCLUSIONHUB_RUN_DIR/logs/bench-run.log); going on if the services answer"
  for _ in $(seq 1 120); do all_ready && break; sleep 1; done
  if ! all_ready; then echo "the services did not become ready; see $INCLUSIONHUB_RUN_DIR/logs/" >&2; exit 1; fi
fi

{
  echo "=== Inclusion Hub benchmarks, $(date '+%Y-%m-%d %H:%M:%S %Z') ==="
  echo "host: $(hostname), nproc $(nproc), memory $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "commit: $(git -C "$repo" log -1 --format='%h %s' | cut -c1-100)$(git -C "$repo" diff --quiet HEAD -- . ':!infra/bench/results' || echo ' (plus uncommitted changes)')"
  echo "postgres: $(psql -h 127.0.0.1 -U postgres -XtAc 'show server_version' 2>/dev/null || echo '?'), java: $(java -version 2>&1 | head -1)"
  echo "arguments: ${*:-(defaults)}"
  echo
  python3 -u "$here/bench.py" "$@"
  echo "=== done $(date '+%H:%M:%S') ==="
  echo
} 2>&1 | tee -a "$result_file"
status=${PIPESTATUS[0]}
echo "appended to $result_file"
exit "$status"
