#!/usr/bin/env bash
# Runs a real single-node Apache Kafka broker (KRaft, combined broker+controller) from the
# Maven Central jars that this module copies to target/lib. No Docker.
#
#   infra/kafka/kafka.sh start   # starts it unless already running, waits until it accepts connections
#   infra/kafka/kafka.sh stop    # stops the broker this script started (by its recorded PID)
#   infra/kafka/kafka.sh status
#
# Settings (environment): KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT+1),
# KAFKA_DATA_DIR (<repo>/.run/kafka), KAFKA_HEAP (512m), KAFKA_START_TIMEOUT seconds (60).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-$((port + 1))}"
data_dir="${KAFKA_DATA_DIR:-$repo/.run/kafka}"
lib_dir="$here/target/lib"
pid_file="$data_dir/kafka.pid"
log_file="$data_dir/kafka.log"

accepts_connections() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running_pid() {
  [[ -f "$pid_file" ]] || return 1
  local pid; pid="$(cat "$pid_file")"
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

ensure_jars() {
  if ! ls "$lib_dir"/kafka_2.13-*.jar >/dev/null 2>&1; then
    echo "kafka: fetching broker jars from Maven Central"
    (cd "$repo" && ./mvnw -B -q -f infra/kafka/pom.xml generate-resources)
  fi
}

write_config() {
  mkdir -p "$data_dir/logs"
  cat > "$data_dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controller_port}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controller_port}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=${data_dir}/logs
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
PROPS
}

start() {
  if pid="$(running_pid)"; then echo "kafka: already running (pid $pid) on 127.0.0.1:$port"; return 0; fi
  if accepts_connections "$port"; then
    echo "kafka: port $port is taken by a process this script did not start; set KAFKA_PORT" >&2; return 1
  fi
  ensure_jars
  write_config
  if [[ ! -f "$data_dir/logs/meta.properties" ]]; then
    cluster_id="$(java -cp "$lib_dir/*" kafka.tools.StorageTool random-uuid)"
    java -cp "$lib_dir/*" kafka.tools.StorageTool format -t "$cluster_id" -c "$data_dir/server.properties" \
      > "$data_dir/format.log" 2>&1 || { echo "kafka: formatting storage failed, see $data_dir/format.log" >&2; return 1; }
  fi
  nohup java "-Xmx${KAFKA_HEAP:-512m}" -cp "$lib_dir/*" kafka.Kafka "$data_dir/server.properties" >"$log_file" 2>&1 &
  echo $! > "$pid_file"
  local deadline=$((SECONDS + ${KAFKA_START_TIMEOUT:-60}))
  until accepts_connections "$port"; do
    if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then echo "kafka: broker exited, see $log_file" >&2; return 1; fi
    if (( SECONDS > deadline )); then echo "kafka: not listening after ${KAFKA_START_TIMEOUT:-60}s, see $log_file" >&2; return 1; fi
    sleep 0.5
  done
  echo "kafka: listening on 127.0.0.1:$port (pid $(cat "$pid_file"), log $log_file)"
}

stop() {
  if pid="$(running_pid)"; then
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "kafka: stopped (pid $pid)"
  else
    echo "kafka: not running"
  fi
  rm -f "$pid_file"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) if pid="$(running_pid)"; then echo "kafka: running (pid $pid) on 127.0.0.1:$port"; else echo "kafka: not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
