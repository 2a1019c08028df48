#!/usr/bin/env python3
"""Inclusion Hub benchmark suite (benchmarks, not tests: they print figures, they assert nothing).

Suites: intake, drain, latency, reads, export, footprint, faults (see infra/bench/README.md).
Normally started through infra/bench/run.sh, which starts the system when it is not running, stops
what it started, and appends the output to infra/bench/results/<date>.txt. Run alone, this script
expects the services of ./run.sh on 127.0.0.1:8081-8083, or on the ports, run directory and database suffix
that run.sh gives its own system (PRACTICE_PORT..., INCLUSIONHUB_RUN_DIR, INCLUSIONHUB_DB_SUFFIX).

Only the Python 3 standard library, PostgreSQL's psql and pgbench, and the JDK (for the Kafka
offset reset) are used. Every loop is bounded; only loopback addresses are contacted.
"""
import argparse
import http.client
import json
import multiprocessing
import os
import queue
import random
import re
import signal
import subprocess
import urllib.parse
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
RUN_DIR = os.environ.get("INCLUSIONHUB_RUN_DIR") or os.path.join(REPO, ".run")
DB_SUFFIX = os.environ.get("INCLUSIONHUB_DB_SUFFIX", "")
SURVEY = "erasmi-networks"
DEFINITION_FILE = os.path.join(REPO, "survey-service", "src", "main", "resources", "surveys", "erasmi-networks.json")
GENERATOR = os.path.join(REPO, "survey-service", "demo-data", "generate_responses.py")
SERVICES = {"practice-service": int(os.environ.get("PRACTICE_PORT", 8081)),
            "assessment-service": int(os.environ.get("ASSESSMENT_PORT", 8082)),
            "survey-service": int(os.environ.get("SURVEY_PORT", 8083))}
EXTRA_PORTS = {"practice-service": int(os.environ.get("PRACTICE_PORT_2", 8091)),
               "assessment-service": int(os.environ.get("ASSESSMENT_PORT_2", 8092)),
               "survey-service": int(os.environ.get("SURVEY_PORT_2", 8093))}
HOST = "127.0.0.1"
LAST_INTAKE = os.path.join(HERE, "results", "last-intake.json")
WRK = __import__("shutil").which("wrk")


# ---------------------------------------------------------------- output

def out(text=""):
    print(text, flush=True)


def table(headers, rows):
    cells = [[str(h) for h in headers]] + [[fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    # text columns align left, number columns right
    numeric = [all(isinstance(row[i], (int, float)) or row[i] is None for row in rows) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join((c.rjust(w) if numeric[i] else c.ljust(w)).rstrip() if i == len(row) - 1
                               else (c.rjust(w) if numeric[i] else c.ljust(w)) for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    out("\n".join(lines))
    out()


def fmt(value):
    if value is None:
        return "-"
    if isinstance(value, float):
        if value >= 100:
            return "%.0f" % value
        if value >= 10:
            return "%.1f" % value
        return "%.2f" % value
    return str(value)


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def note(text):
    out("  note: " + text)


# ---------------------------------------------------------------- HTTP

class Client:
    """One keep-alive HTTP connection to a loopback port (a new one after any failure)."""

    def __init__(self, port, timeout=30):
        self.port, self.timeout, self.conn = port, timeout, None

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        data = None
        if body is not None:
            data = body if isinstance(body, (bytes, str)) else json.dumps(body)
            if isinstance(data, str):
                data = data.encode()
            headers.setdefault("Content-Type", "application/json")
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                return response.status, payload
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as e:
                self.close()  # a keep-alive connection the server closed: retry once on a new one
                if attempt == 2:
                    raise e
            except Exception:
                self.close()
                raise

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:
                pass
            self.conn = None


def get_json(port, path, timeout=30):
    client = Client(port, timeout)
    try:
        status, payload = client.request("GET", path)
        return status, (json.loads(payload) if payload and payload[:1] in (b"{", b"[") else None)
    finally:
        client.close()


def post_json(port, path, key, body, timeout=60, headers=None):
    client = Client(port, timeout)
    try:
        h = {"Authorization": "Bearer " + key}
        h.update(headers or {})
        status, payload = client.request("POST", path, body, h)
        return status, (json.loads(payload) if payload and payload[:1] in (b"{", b"[") else None)
    finally:
        client.close()


def answers(port, path="/q/health/ready", timeout=3):
    try:
        return get_json(port, path, timeout)[0] == 200
    except Exception:
        return False


def responds(port):
    """Any HTTP answer (a service whose consumer is in error answers 503 on health but runs)."""
    try:
        get_json(port, "/q/health/live", 3)
        return True
    except Exception:
        return False


def admin_key():
    if os.environ.get("INCLUSIONHUB_ADMIN_KEY"):
        return os.environ["INCLUSIONHUB_ADMIN_KEY"]
    with open(os.path.join(RUN_DIR, "admin-key")) as f:
        return f.read().strip()


def register_partner(admin, prefix="bench"):
    code = "%s-%d-%d" % (prefix, int(time.time() * 1000), random.randint(0, 999))
    status, body = post_json(SERVICES["survey-service"], "/api/v1/partners", admin, {"code": code, "name": "Benchmark " + code})
    if status not in (200, 201) or not body or "key" not in body:
        raise SystemExit("registering a partner failed: HTTP %s %s" % (status, body))
    return code, body["key"]


# ---------------------------------------------------------------- response bodies

_BODIES = {}


def bodies(count=2000, seed=7):
    """Realistic ERASMI responses from the project's own generator (survey-service/demo-data)."""
    if (count, seed) not in _BODIES:
        result = subprocess.run([sys.executable, GENERATOR, DEFINITION_FILE, str(count), "--seed", str(seed), "--ndjson"],
                                check=True, capture_output=True, text=True)
        _BODIES[(count, seed)] = [line for line in result.stdout.splitlines() if line.strip()]
    return _BODIES[(count, seed)]


def tagged(body_text, tag):
    body = json.loads(body_text)
    body["answers"]["network_name"] = tag
    return json.dumps(body)


# ---------------------------------------------------------------- PostgreSQL

_PSQL = None


def psql_base():
    global _PSQL
    if _PSQL is None:
        probe = subprocess.run(["psql", "-h", HOST, "-U", "postgres", "-d", "postgres", "-tAc", "select 1"],
                               capture_output=True, text=True, env=dict(os.environ, PGCONNECT_TIMEOUT="5"))
        if probe.returncode == 0:
            _PSQL = ["psql", "-h", HOST, "-U", "postgres"]
        else:
            _PSQL = ["runuser", "-u", "postgres", "--", "psql"]
    return _PSQL


def database(db):
    """The database a service's name stands for in this system (practice_bench under run.sh's suffix)."""
    return db + DB_SUFFIX if db in ("practice", "assessment", "survey") else db


def psql(db, sql, check=True):
    db = database(db)
    result = subprocess.run(psql_base() + ["-d", db, "-v", "ON_ERROR_STOP=1", "-XtA", "-F", "|", "-c", sql],
                            capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError("psql failed: %s\n%s" % (sql[:200], result.stderr))
    return [line.split("|") for line in result.stdout.splitlines() if line != ""]


def pgbench_cmd():
    base = psql_base()
    if base[0] == "psql":
        return ["pgbench", "-h", HOST, "-U", "postgres"]
    return ["runuser", "-u", "postgres", "--", "pgbench"]


def run_pgbench(db, script_text, clients, duration=None, transactions=None):
    """Runs pgbench with a custom script; returns tps and per-transaction latencies in ms."""
    workdir = tempfile.mkdtemp(prefix="bench-pgbench-")
    os.chmod(workdir, 0o777)
    script = os.path.join(workdir, "script.sql")
    with open(script, "w") as f:
        f.write(script_text)
    os.chmod(script, 0o644)
    cmd = pgbench_cmd() + ["-n", "-c", str(clients), "-j", str(min(clients, os.cpu_count() or 2)), "-f", script,
                           "-l", "--log-prefix", os.path.join(workdir, "log")]
    cmd += ["-T", str(duration)] if duration else ["-t", str(transactions)]
    result = subprocess.run(cmd + [database(db)], capture_output=True, text=True, cwd=workdir)
    if result.returncode != 0:
        raise RuntimeError("pgbench failed: " + result.stderr[-2000:])
    tps = float(re.search(r"tps = ([0-9.]+)", result.stdout).group(1))
    failed = re.search(r"number of failed transactions: (\d+)", result.stdout)
    latencies = []
    for name in os.listdir(workdir):
        if name.startswith("log"):
            with open(os.path.join(workdir, name)) as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 3 and parts[2].isdigit():
                        latencies.append(int(parts[2]) / 1000.0)
            os.remove(os.path.join(workdir, name))
    os.remove(script)
    os.rmdir(workdir)
    return tps, latencies, int(failed.group(1)) if failed else 0


def stored_submitted(survey_code=SURVEY):
    return int(psql("survey", "select count(*) from survey_response where survey_code = '%s' and status = 'submitted'"
                    % survey_code)[0][0])


def latest_version(survey_code=SURVEY):
    return int(psql("survey", "select max(version) from survey where code = '%s' and status = 'published'" % survey_code)[0][0])


def respondents(survey_code=SURVEY):
    status, body = get_json(SERVICES["survey-service"], "/api/v1/surveys/%s/statistics" % survey_code, timeout=10)
    return body.get("respondents") if status == 200 and body else None


def wait_projection(survey_code, expected, timeout):
    """Polls the statistics until respondents == expected; returns seconds waited or None."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            if respondents(survey_code) == expected:
                return time.monotonic() - start
        except Exception:
            pass
        time.sleep(0.2)
    return None


def settle(timeout=300):
    """Waits until the statistics projection has caught up with the stored responses (so a measurement does
    not share the CPU with the previous one's drain); returns seconds waited, or None after `timeout`."""
    expected = int(psql("survey", "select count(*) from survey_response where survey_code = '%s' and status = 'submitted' "
                        "and survey_version = (select max(version) from survey where code = '%s' and status = 'published')"
                        % (SURVEY, SURVEY))[0][0])
    waited = wait_projection(SURVEY, expected, timeout)
    if waited is None:
        note("the projection did not catch up within %d s; the next figure shares the CPU with its drain" % timeout)
    return waited


# ---------------------------------------------------------------- service processes

def pid_file(name):
    return os.path.join(RUN_DIR, name + ".pid")


def service_pid(name):
    try:
        with open(pid_file(name)) as f:
            pid = int(f.read().strip())
        os.kill(pid, 0)
        return pid
    except Exception:
        return None


def port_owner(port):
    """The PID listening on a loopback port (from ss), or None."""
    result = subprocess.run(["ss", "-ltnpH", "sport = :%d" % port], capture_output=True, text=True)
    m = re.search(r"pid=(\d+)", result.stdout)
    return int(m.group(1)) if m else None


def run_sh_owns(name):
    """True when ./run.sh's PID file names the process that serves the service's port."""
    pid = service_pid(name)
    return pid is not None and port_owner(SERVICES[name]) in (pid, None)


def start_service(name, port, log_suffix=""):
    """Starts a service jar exactly as ./run.sh's start function does; returns the Popen."""
    db = name[:-len("-service")]
    env = dict(os.environ, INCLUSIONHUB_ADMIN_KEY=admin_key(), KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:%s" % os.environ.get("KAFKA_PORT", "9092"),
               LOG_JSON="false", DB_NAME=database(db), DB_USER=db, PORT=str(port))
    log = open(os.path.join(RUN_DIR, "logs", "%s%s.log" % (name, log_suffix)), "ab")
    jar = os.path.join(REPO, name, "target", "quarkus-app", "quarkus-run.jar")
    return subprocess.Popen(["java", "-Xmx512m", "-Dvertx.disableURIValidation=true", "-jar", jar],
                            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def wait_ready(port, timeout=180, proc=None):
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if answers(port, timeout=2):
            return time.monotonic() - start
        if proc is not None and proc.poll() is not None:
            return None
        time.sleep(0.1)
    return None


def restart_main_service(name):
    """Starts a service on its ./run.sh port again and records its PID where ./run.sh looks for it."""
    proc = start_service(name, SERVICES[name])
    with open(pid_file(name), "w") as f:
        f.write("%d\n" % proc.pid)
    return proc


def restart_main_survey_service():
    return restart_main_service("survey-service")


def stop_pid(pid, sig=signal.SIGTERM, timeout=30):
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        try:  # reap it if it is our child
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return
        except ChildProcessError:
            pass
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def rss_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None


def require_owned_survey_service(name="survey-service"):
    if not run_sh_owns(name):
        raise SystemExit("%s on %d was not started by ./run.sh (no matching .run/%s.pid); this suite stops and "
                         "restarts it, so it only works on a system ./run.sh started" % (name, SERVICES[name], name))


# ---------------------------------------------------------------- load generation

def _intake_worker(port, key, payloads, threads, duration, result_queue, start_at):
    latencies, errors, lock = [], [0], threading.Lock()
    headers = {"Authorization": "Bearer " + key, "Content-Type": "application/json"}
    path = "/api/v1/surveys/%s/responses" % SURVEY

    def run(offset):
        client, mine, err = Client(port), [], 0
        i = offset
        while time.time() < start_at:
            time.sleep(0.001)
        end = time.monotonic() + duration
        while time.monotonic() < end:
            t0 = time.monotonic()
            try:
                status, _ = client.request("POST", path, payloads[i % len(payloads)], headers)
                if status == 201:
                    mine.append((time.monotonic() - t0) * 1000)
                else:
                    err += 1
            except Exception:
                err += 1
                time.sleep(0.05)
            i += threads
        client.close()
        with lock:
            latencies.extend(mine)
            errors[0] += err

    workers = [threading.Thread(target=run, args=(n * 37,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    result_queue.put((latencies, errors[0]))


def submit_load(port, key, clients, duration, procs=2):
    """`clients` concurrent connections submitting single responses for `duration` s. Uses wrk (C, one
    thread per core) when installed, so the client takes little of the CPU the service and PostgreSQL
    share; otherwise Python threads spread over `procs` processes. Returns (ok, errors, percentiles ms
    {50, 95, 99}, elapsed s)."""
    if WRK:
        return _wrk_load(port, key, clients, duration)
    procs = max(1, min(procs, clients))
    payloads = bodies()
    results = multiprocessing.Queue()
    start_at = time.time() + 0.5
    split = [clients // procs + (1 if n < clients % procs else 0) for n in range(procs)]
    workers = [multiprocessing.Process(target=_intake_worker, args=(port, key, payloads, n, duration, results, start_at))
               for n in split if n]
    for w in workers:
        w.start()
    collected = [results.get(timeout=duration + 120) for _ in workers]
    for w in workers:
        w.join(timeout=30)
    latencies = [x for lat, _ in collected for x in lat]
    errors = sum(e for _, e in collected)
    return len(latencies), errors, {p: percentile(latencies, p) for p in (50, 95, 99)}, duration


def _wrk_load(port, key, clients, duration):
    with tempfile.NamedTemporaryFile("w", suffix=".ndjson", delete=False) as f:
        f.write("\n".join(bodies()) + "\n")
        body_file = f.name
    try:
        env = dict(os.environ, BENCH_BODIES=body_file, BENCH_KEY=key)
        threads = max(1, min(clients, os.cpu_count() or 1))
        result = subprocess.run([WRK, "-t%d" % threads, "-c%d" % clients, "-d%ds" % max(1, round(duration)), "--timeout", "30s",
                                 "-s", os.path.join(HERE, "submit.lua"),
                                 "http://%s:%d/api/v1/surveys/%s/responses" % (HOST, port, SURVEY)],
                                env=env, capture_output=True, text=True, timeout=duration + 120)
    finally:
        os.unlink(body_file)
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    errors = summary["non2xx"] + summary["socket_errors"]
    return (summary["requests"] - summary["non2xx"], errors,
            {p: summary["p%d_us" % p] / 1000 for p in (50, 95, 99)}, summary["seconds"])


def bulk_load(key, survey_code, count, batch=1000, seed=11):
    """Stores `count` responses through /responses/bulk in NDJSON batches; returns (created, seconds)."""
    lines = bodies(2000, seed)
    created, start, n = 0, time.monotonic(), 0
    client = Client(SERVICES["survey-service"], timeout=300)
    try:
        while created < count and n < count // max(1, batch) + 50:
            size = min(batch, count - created)
            body = "\n".join(lines[(n * batch + i) % len(lines)] for i in range(size))
            status, payload = client.request("POST", "/api/v1/surveys/%s/responses/bulk" % survey_code, body,
                                             {"Authorization": "Bearer " + key, "Content-Type": "application/x-ndjson"})
            n += 1
            if status != 200:
                raise RuntimeError("bulk answered %s: %s" % (status, payload[:300]))
            created += sum(1 for item in json.loads(payload) if item.get("status") == 201)
    finally:
        client.close()
    return created, time.monotonic() - start


# ---------------------------------------------------------------- CPU accounting

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_groups():
    """CPU seconds used so far, summed per group of processes on this machine (the services by their ./run.sh PID,
    Kafka, PostgreSQL, the load client); a process's reaped children count with it, so short-lived ones are not lost."""
    owners = {service_pid(name): name for name in SERVICES}
    totals = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        try:
            with open("/proc/%d/stat" % pid) as f:
                stat = f.read()
            with open("/proc/%d/cmdline" % pid, "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        comm = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))  # utime, stime, cutime, cstime
        if pid in owners:
            group = owners[pid]
        elif comm == "postgres" or comm.startswith("postgres"):
            group = "postgres"
        elif "kafka" in cmdline and "java" in cmdline:
            group = "kafka"
        elif comm in ("wrk", "pgbench") or pid == os.getpid():
            group = "load client"
        else:
            group = "other"
        totals[group] = totals.get(group, 0.0) + ticks / CLOCK_TICKS
    return totals


def cpu_used(before, after):
    return {group: after.get(group, 0.0) - before.get(group, 0.0) for group in after}


# ---------------------------------------------------------------- suite: intake

FLOOR_SCHEMA = """
create table survey_response (
    id uuid primary key, survey_code text not null, survey_version integer not null, owner text not null,
    answers jsonb not null, other_text jsonb not null, status text not null check (status in ('submitted', 'withdrawn')),
    version bigint not null, created_at timestamptz not null, updated_at timestamptz not null, withdrawn_at timestamptz);
create index survey_response_owner on survey_response (survey_code, owner, created_at);
create table outbox_event (
    id bigint generated always as identity primary key, event_id uuid not null unique, topic text not null,
    aggregate_id text not null, event_type text not null, payload text not null, created_at timestamptz not null,
    sent_at timestamptz, attempts integer not null default 0, last_error text,
    status text not null default 'pending', parked_at timestamptz);
create index outbox_event_pending on outbox_event (id) where status = 'pending';
create function notify_table_channel() returns trigger language plpgsql as $$
begin perform pg_notify(tg_table_name, ''); return null; end $$;
create trigger outbox_event_notify after insert on outbox_event for each statement execute function notify_table_channel();
"""


def floor_script():
    body = json.loads(bodies()[0])
    answers_json = json.dumps(body["answers"]).replace("'", "''")
    other_json = json.dumps(body.get("otherText", {})).replace("'", "''")
    payload = json.dumps({"specversion": "1.0", "type": "survey-response.submitted", "source": "/inclusion-hub/survey-service",
                          "id": "00000000-0000-0000-0000-000000000000", "time": "2026-01-01T00:00:00Z",
                          "data": {"id": "00000000-0000-0000-0000-000000000000", "survey": SURVEY, "surveyVersion": 1,
                                   "partner": "bench", "status": "submitted", "answers": body["answers"],
                                   "otherText": body.get("otherText", {}), "version": 0}}).replace("'", "''")
    return """\\set owner random(1, 64)
BEGIN;
INSERT INTO survey_response (id, survey_code, survey_version, owner, answers, other_text, status, version, created_at, updated_at)
  VALUES (gen_random_uuid(), 'erasmi-networks', 1, 'bench-' || :owner, '%s'::jsonb, '%s'::jsonb, 'submitted', 0, now(), now());
INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, payload, created_at)
  VALUES (gen_random_uuid(), 'survey-responses', gen_random_uuid()::text, 'survey-response.submitted', '%s', now());
COMMIT;
""" % (answers_json, other_json, payload)


def pg_floor(clients_list, duration):
    psql("postgres", "drop database if exists bench_floor")
    psql("postgres", "create database bench_floor")
    try:
        psql("bench_floor", FLOOR_SCHEMA)
        script = floor_script()
        results = {}
        for clients in clients_list:
            try:
                results[clients] = run_pgbench("bench_floor", script, clients, duration=duration)
            except RuntimeError as e:
                # e.g. more clients than max_connections leaves beside the running services' pools
                note("floor at %d clients not measured: %s" % (clients, str(e).strip().splitlines()[-1][:200]))
            psql("bench_floor", "truncate survey_response, outbox_event")
        return results
    finally:
        psql("postgres", "drop database if exists bench_floor", check=False)


CPU_COLUMNS = ["survey-service", "postgres", "kafka", "practice-service", "assessment-service", "load client", "other"]


def cpu_row(label, used, stored):
    per_row = [used.get(group, 0.0) * 1000 / stored if stored else None for group in CPU_COLUMNS]
    total = sum(v for v in per_row if v is not None)
    return [label] + per_row + [total, (os.cpu_count() or 2) * 1000 / total if total else None]


def suite_intake(args):
    out("== intake: single submissions, bulk, and the PostgreSQL floor ==")
    admin = admin_key()
    _, key = register_partner(admin)
    port = SERVICES["survey-service"]
    rows, rates = [], {}
    if args.intake_warmup > 0:
        # the JIT compiles the hot paths in the first minute (C2 takes a whole core of two meanwhile)
        ok, _, _, _ = submit_load(port, key, 16, args.intake_warmup, args.load_procs)
        note("warm-up: %d submissions in %d s, not counted" % (ok, args.intake_warmup))
    cpu_rows = []
    for clients in args.intake_clients:
        settle()
        before = cpu_groups()
        ok, errors, pct, elapsed = submit_load(port, key, clients, args.intake_seconds, args.load_procs)
        # the relay and the projection work through the same events a little longer; their share is counted too
        settle()
        used = cpu_used(before, cpu_groups())
        cpu_rows.append(cpu_row("single, %d clients" % clients, used, ok))
        rates[clients] = ok / elapsed
        rows.append(["single, %d clients" % clients, ok / elapsed, pct[50], pct[95], pct[99], errors, ok])
    settle()
    before = cpu_groups()
    floor = pg_floor(args.floor_clients, args.floor_seconds)
    floor_rows = sum(len(lat) for _, lat, _ in floor.values())
    cpu_rows.append(cpu_row("pgbench floor, all its runs", cpu_used(before, cpu_groups()), floor_rows))
    for clients, (tps, lat, failed) in floor.items():
        rows.append(["pgbench floor, %d clients" % clients, tps, percentile(lat, 50), percentile(lat, 95),
                     percentile(lat, 99), failed, len(lat)])
    created, seconds = bulk_load(key, SURVEY, args.bulk_count, args.bulk_batch)
    rows.append(["bulk, %d per request" % args.bulk_batch, created / seconds if seconds else None, None, None, None,
                 args.bulk_count - created, created])
    table(["path", "per s", "p50 ms", "p95 ms", "p99 ms", "errors", "stored"], rows)
    ratio_rows = []
    for clients, (tps, _, _) in floor.items():
        if clients in rates:
            ratio_rows.append(["%d clients" % clients, rates[clients], tps, rates[clients] / tps])
    if ratio_rows:
        table(["intake vs floor", "intake/s", "floor/s", "ratio"], ratio_rows)
    out()
    table(["CPU ms per stored row"] + CPU_COLUMNS + ["total", "rows/s the cores allow"], cpu_rows)
    note("CPU = utime+stime (+ reaped children) from /proc, from the start of a run until the pipeline settled after it; "
         "'rows/s the cores allow' = cores x 1000 ms / total, the ceiling if nothing waited")
    note("load generator: %s" % ("wrk (infra/bench/submit.lua)" if WRK else "Python threads (install wrk for a lighter client)"))
    note("floor = pgbench inserting the same JSONB row plus an outbox row (same indexes, NOTIFY trigger) "
         "into scratch database bench_floor, one transaction each")
    if rates:
        top = max(rates)
        os.makedirs(os.path.dirname(LAST_INTAKE), exist_ok=True)
        with open(LAST_INTAKE, "w") as f:
            json.dump({"clients": top, "rate": rates[top], "at": time.strftime("%Y-%m-%dT%H:%M:%S")}, f)
    return rates


# ---------------------------------------------------------------- suite: drain

def reset_offsets(dry_run=False):
    cmd = ["java", "-cp", os.path.join(REPO, "infra", "kafka", "target", "lib", "*"), os.path.join(HERE, "ResetOffsets.java"),
           "127.0.0.1:%s" % os.environ.get("KAFKA_PORT", "9092"), "survey-service-statistics", "survey-responses"]
    if dry_run:
        cmd.append("--dry-run")
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    m = re.search(r"^events (\d+)$", result.stdout, re.M)
    if result.returncode != 0 or not m:
        raise RuntimeError("offset reset failed:\n" + (result.stdout + result.stderr)[-2000:])
    return int(m.group(1))


def suite_drain(args, intake_rates=None):
    out("== drain: the statistics projection replaying the whole topic ==")
    require_owned_survey_service()
    stored = stored_submitted()
    if stored < args.drain_min_responses:
        _, key = register_partner(admin_key())
        bulk_load(key, SURVEY, args.drain_min_responses - stored, args.bulk_batch)
    # let the outbox reach Kafka first, so the topic holds every stored response
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and int(psql("survey", "select count(*) from outbox_event where status = 'pending'")[0][0]):
        time.sleep(0.5)
    stored = stored_submitted()
    pid = service_pid("survey-service")
    stop_pid(pid)
    tables = {r[0] for r in psql("survey", "select tablename from pg_tables where schemaname = 'public'")}
    psql("survey", "truncate %s; delete from processed_event where consumer = 'survey-statistics'; "
                   "delete from statistics_change where stream = 'survey-statistics'"
         % ", ".join(t for t in ("survey_stat", "survey_contribution") if t in tables))
    events = reset_offsets()
    t0 = time.monotonic()
    proc = restart_main_survey_service()
    ready = wait_ready(SERVICES["survey-service"], 180, proc)
    if ready is None:
        raise SystemExit("survey-service did not come back; see %s/logs/survey-service.log" % RUN_DIR)
    first_answer = ready
    samples = []
    done = None
    deadline = t0 + args.drain_timeout
    last_change, last_value = time.monotonic(), None
    while time.monotonic() < deadline:
        try:
            value = respondents()
        except Exception:
            value = None
        samples.append((time.monotonic() - t0, value))
        if value == stored:
            done = time.monotonic() - t0
            break
        if value != last_value:
            last_change, last_value = time.monotonic(), value
        elif time.monotonic() - last_change > args.drain_stall:
            break
        time.sleep(0.1)
    if done is None:
        out("  did not converge: respondents %s of %d after %.0f s (no progress for %d s or timeout %d s); events %d"
            % (samples[-1][1], stored, time.monotonic() - t0, args.drain_stall, args.drain_timeout, events))
        status, health = get_json(SERVICES["survey-service"], "/q/health/ready", 5)
        for check in (health or {}).get("checks", []):
            if check.get("status") != "UP":
                out("  readiness %s: %s" % (check.get("name"), json.dumps(check.get("data"))[:400]))
        return
    drain_seconds = done - first_answer
    # the consumer starts while the service boots, before HTTP answers: events / seconds from the restart is a
    # lower bound of the drain rate, events / seconds from ready an upper bound; the respondents counted between
    # the first answer and convergence give the steady rate in between
    at_ready = next((v for _, v in samples if v is not None), 0) or 0
    lower = events / done
    upper = events / drain_seconds if drain_seconds > 0 else None
    steady = (stored - at_ready) / drain_seconds if drain_seconds > 0 and stored > at_ready else None
    rows = [["events replayed (all of topic survey-responses)", events],
            ["submitted responses of %s (the target)" % SURVEY, stored],
            ["seconds from restart to ready", first_answer],
            ["respondents already counted when ready", at_ready],
            ["seconds from ready to converged", drain_seconds],
            ["seconds from restart to converged", done],
            ["events/s, lower bound (events / s from restart)", lower],
            ["events/s, upper bound (events / s from ready)", upper],
            ["responses/s counted after ready (steady)", steady]]
    rate = steady or upper or lower
    intake = None
    if intake_rates:
        intake = intake_rates.get(max(intake_rates))
    elif os.path.exists(LAST_INTAKE):
        with open(LAST_INTAKE) as f:
            last = json.load(f)
        intake = last["rate"]
        note("intake rate from the last intake run (%s, %d clients)" % (last["at"], last["clients"]))
    if intake and rate:
        rows.append(["intake at %d clients, per s" % (max(intake_rates) if intake_rates else last["clients"]), intake])
        rows.append(["ratio drain/intake (lower bound)", lower / intake])
        rows.append(["ratio drain/intake (steady, %s)" % ("after ready" if steady else "upper bound"), rate / intake])
    table(["drain", "value"], rows)


# ---------------------------------------------------------------- suite: latency

def sse_listen(port, arrivals, stop, subject_prefix, opened):
    """Records (monotonic time, subject) of every statistics-changed event of the survey stream."""
    # heartbeats come every 15 s, so a 40 s read timeout only ends a dead stream
    conn = http.client.HTTPConnection(HOST, port, timeout=40)
    conn.request("GET", "/api/v1/surveys/statistics/stream", headers={"Accept": "text/event-stream"})
    response = conn.getresponse()
    opened.set()
    name, data = None, []
    while not stop.is_set():
        try:
            raw = response.readline()  # decodes the chunked transfer encoding
        except (OSError, http.client.HTTPException):
            break
        if not raw:
            break
        line = raw.decode().rstrip("\r\n")
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())
        elif line == "":
            if name == "statistics-changed":
                now = time.monotonic()
                subject = None
                try:
                    subject = json.loads("\n".join(data)).get("subject")
                except ValueError:
                    pass
                arrivals.append((now, subject))
            name, data = None, []
    conn.close()


def paced_writes(port, key, rate, duration, threads, tag):
    """Writes at `rate`/s for `duration` s from `threads` sender threads. Returns [(answered monotonic, ok)]."""
    count = int(rate * duration)
    interval = 1.0 / rate
    payloads = bodies()
    results, lock, counter = [], threading.Lock(), [0]
    start = time.monotonic() + 0.2
    headers = {"Authorization": "Bearer " + key}
    path = "/api/v1/surveys/%s/responses" % SURVEY

    def sender():
        client = Client(port)
        while True:
            with lock:
                i = counter[0]
                counter[0] += 1
            if i >= count:
                break
            delay = start + i * interval - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            try:
                status, _ = client.request("POST", path, tagged(payloads[i % len(payloads)], "%s-%d" % (tag, i)), headers)
                ok = status == 201
            except Exception:
                ok = False
            with lock:
                results.append((time.monotonic(), ok))
        client.close()

    workers = [threading.Thread(target=sender) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return results


def suite_latency(args):
    out("== latency: write to Server-Sent Event ==")
    _, key = register_partner(admin_key())
    port = SERVICES["survey-service"]
    subject = "%s@%d" % (SURVEY, latest_version())
    rows = []
    for rate in args.latency_rates:
        arrivals, stop, opened = [], threading.Event(), threading.Event()
        listener = threading.Thread(target=sse_listen, args=(port, arrivals, stop, subject, opened), daemon=True)
        listener.start()
        opened.wait(10)
        time.sleep(0.5)
        writes = paced_writes(port, key, rate, args.latency_seconds, args.latency_threads, "lat-%d" % rate)
        deadline = time.monotonic() + args.latency_wait
        last = max((t for t, ok in writes if ok), default=0)
        while time.monotonic() < deadline and not any(t > last and s == subject for t, s in list(arrivals)):
            time.sleep(0.1)
        stop.set()
        mine = sorted(t for t, s in list(arrivals) if s == subject)
        lags, unmatched, j = [], 0, 0
        for written, ok in sorted(writes):
            if not ok:
                continue
            while j < len(mine) and mine[j] <= written:
                j += 1
            if j < len(mine):
                lags.append((mine[j] - written) * 1000)
            else:
                unmatched += 1
        achieved = len(writes) / (max(t for t, _ in writes) - min(t for t, _ in writes)) if len(writes) > 1 else None
        rows.append([rate, achieved, sum(1 for _, ok in writes if ok), sum(1 for _, ok in writes if not ok),
                     len(mine), percentile(lags, 50), percentile(lags, 95), percentile(lags, 99),
                     max(lags) if lags else None, unmatched])
        listener.join(timeout=1)
    table(["target/s", "sent/s", "writes ok", "failed", "events", "p50 ms", "p95 ms", "p99 ms", "max ms", "no event"], rows)
    note("lag = from a write's HTTP answer to the first statistics-changed event after it naming %s" % subject)


# ---------------------------------------------------------------- suite: reads

def create_copy_survey(admin, code):
    with open(DEFINITION_FILE) as f:
        definition = json.load(f)
    definition["code"], definition["version"] = code, 1
    definition["title"] = "Benchmark copy of " + definition.get("title", SURVEY)
    status, body = post_json(SERVICES["survey-service"], "/api/v1/surveys", admin, definition)
    if status not in (200, 201):
        raise RuntimeError("creating survey %s answered %s %s" % (code, status, body))
    status, body = post_json(SERVICES["survey-service"], "/api/v1/surveys/%s/versions/1/publish" % code, admin, None)
    if status not in (200, 201):
        raise RuntimeError("publishing survey %s answered %s %s" % (code, status, body))


def time_gets(port, path, count):
    client, lat, errors = Client(port), [], 0
    for _ in range(count):
        t0 = time.monotonic()
        try:
            status, _ = client.request("GET", path)
            if status == 200:
                lat.append((time.monotonic() - t0) * 1000)
            else:
                errors += 1
        except Exception:
            errors += 1
    client.close()
    return lat, errors


def suite_reads(args):
    out("== reads: statistics and cross-tab, projection vs GROUP BY over raw rows ==")
    admin = admin_key()
    _, key = register_partner(admin)
    code = "bench-reads-%d" % int(time.time())
    create_copy_survey(admin, code)
    note("a published copy of %s, '%s', so the counts are exact" % (SURVEY, code))
    port = SERVICES["survey-service"]
    rows = []
    stored = 0
    for size in sorted(args.read_sizes):
        created, seconds = bulk_load(key, code, size - stored, args.bulk_batch)
        stored += created
        waited = wait_projection(code, stored, args.read_wait)
        if waited is None:
            out("  projection did not reach %d respondents within %d s; reading anyway" % (stored, args.read_wait))
        psql("survey", "analyze survey_response")
        base = "/api/v1/surveys/%s/statistics" % code
        for label, path in (("statistics", base),
                            ("crosstab country x network_type", base + "/crosstab?rows=country&columns=network_type"),
                            # filtered figures are summed at read time from the matching responses' answers
                            ("statistics filter=country=DE", base + "?filter=country=DE"),
                            ("statistics filter=uses_facilitation=yes", base + "?filter=uses_facilitation=yes"),
                            ("crosstab filter=uses_facilitation=yes",
                             base + "/crosstab?rows=country&columns=network_type&filter=uses_facilitation=yes")):
            time_gets(port, path, 3)  # warm-up
            lat, errors = time_gets(port, path, args.read_requests)
            rows.append([stored, "API " + label, percentile(lat, 50), percentile(lat, 95), errors])
        sql = {
            "SQL GROUP BY all answers":
                "select key, value, count(*) from survey_response, jsonb_each_text(answers) "
                "where survey_code = '%s' and status = 'submitted' group by 1, 2;" % code,
            "SQL crosstab country x network_type":
                "select answers->>'country', answers->>'network_type', count(*) from survey_response "
                "where survey_code = '%s' and status = 'submitted' group by 1, 2;" % code,
            "SQL GROUP BY all answers where country=DE":
                "select key, value, count(*) from survey_response, jsonb_each_text(answers) "
                "where survey_code = '%s' and status = 'submitted' and answers->>'country' = 'DE' group by 1, 2;" % code,
            "SQL GROUP BY all answers where uses_facilitation=yes":
                "select key, value, count(*) from survey_response, jsonb_each_text(answers) "
                "where survey_code = '%s' and status = 'submitted' and answers->>'uses_facilitation' = 'yes' "
                "group by 1, 2;" % code,
        }
        for label, statement in sql.items():
            _, lat, failed = run_pgbench("survey", statement + "\n", 1, transactions=args.sql_requests)
            rows.append([stored, label, percentile(lat, 50), percentile(lat, 95), failed])
        out("  %d responses stored (bulk %.0f/s), projection caught up %s; survey_stat holds %s rows for them" % (
            stored, created / seconds if seconds else 0, "after %.1f s" % waited if waited is not None else "NOT",
            psql("survey", "select count(*) from survey_stat where survey = '%s@1'" % code)[0][0]))
    out()
    table(["responses", "read", "p50 ms", "p95 ms", "errors"], rows)


# ---------------------------------------------------------------- suite: search

# Generated practices mix the demo catalogue's texts with places and phrases from the languages of the seeds.
SEARCH_PLACES = ["Malmö", "München", "Iğdır", "Málaga", "Łódź", "Città di Castello", "Göteborg", "København",
                 "Diyarbakır", "Kraków", "Ærøskøbing", "Düsseldorf", "Sevilla", "Reggio Emilia", "Izmir", "Gdańsk"]
SEARCH_PHRASES = ["Sprachkurse für Geflüchtete und Neuzugewanderte", "corsi di italiano per rifugiati e richiedenti asilo",
                  "göçmen kadınlar için meslek edindirme kursları", "acogida de menores migrantes no acompañados",
                  "wsparcie dla uchodźców w nauce języka polskiego", "språkcafé för nyanlända och volontärer",
                  "mentoring for young refugees looking for work", "Wohnungssuche mit ehrenamtlichen Lotsen"]
SEARCH_COUNTRIES = ["DE", "IT", "TR", "ES", "PL", "SE", "DK", "BE", "NL", "AT", "GR", "PT"]
BENCH_REFERENCE = "bench-search-"


def sql_array(values):
    return "array[%s]" % ", ".join("'%s'" % v.replace("'", "''") for v in values)


def load_search_practices(total):
    """Inserts generated published practices up to {total} benchmark rows, straight in SQL; returns seconds."""
    have = int(psql("practice", "select count(*) from practice where source_reference like '%s%%'" % BENCH_REFERENCE)[0][0])
    if have >= total:
        return 0.0
    t0 = time.monotonic()
    psql("practice", """
        with demo as (select row_number() over (order by id) as k, * from practice
                      where status = 'published' and coalesce(source_reference, '') not like '{ref}%'),
             n as (select count(*) as c from demo)
        insert into practice (id, title, summary, description, translations, country, region, city, scope, organisations,
                              partners, themes, target_groups, start_year, end_year, ongoing, funding, website,
                              source_collection, source_reference, status, version, created_at, updated_at, published_at)
        select gen_random_uuid(), d.title || ' — ' || ({places})[1 + i % {np}],
               d.summary || ' ' || ({phrases})[1 + (i / 7) % {nph}], d.description, d.translations,
               ({countries})[1 + (i / 3) % {nc}], d.region, ({places})[1 + i % {np}], d.scope, d.organisations,
               d.partners, d.themes, d.target_groups, d.start_year, d.end_year, d.ongoing, d.funding, d.website,
               'direct-submission', '{ref}' || i, 'published', 0, now(), now(), now() - make_interval(mins => i)
        from generate_series({start}, {end}) i join demo d on d.k = 1 + i % (select c from n)""".format(
        ref=BENCH_REFERENCE, places=sql_array(SEARCH_PLACES), np=len(SEARCH_PLACES), phrases=sql_array(SEARCH_PHRASES),
        nph=len(SEARCH_PHRASES), countries=sql_array(SEARCH_COUNTRIES), nc=len(SEARCH_COUNTRIES), start=have + 1, end=total))
    psql("practice", "analyze practice")
    return time.monotonic() - t0


def sql_literal(text):
    return "'%s'" % text.replace("'", "''")


def search_similarity(q):
    """The service's first statement for a plain-word query (Practices.SIMILARITY) and what it returned: the
    similarity queries (tsquery text: through parts of words, and also typos) when the query has fewer than 50
    full-text matches, else None."""
    statement = ("select cast(s.parts as text), cast(s.parts_and_typos as text) from search_similar({0}) s"
                 " where (select count(*) from (select 1 from practice f where f.search_vector @@"
                 " (select search_query({0})) limit 50) few) < 50;".format(sql_literal(q)))
    # the tsquery texts hold psql's field separator (|): read both as one field, split on a marker no tsquery
    # text holds (its lexemes are words, its operators & | ! <-> and parentheses)
    rows = psql("practice", "select cast(s.parts as text) || ' #and# ' || cast(s.parts_and_typos as text)"
                " from search_similar({0}) s where (select count(*) from (select 1 from practice f where f.search_vector @@"
                " (select search_query({0})) limit 50) few) < 50;".format(sql_literal(q)))
    found = "|".join(rows[0]) if rows else ""
    return statement, tuple(found.split(" #and# ")) if found else None


def search_tiers(query, similar):
    """The relevance tiers of Practices.tiers, highest first: (match, rank key as a double precision)."""
    def key(floor, vector, tsquery, normalisation):
        return "cast(%d + ts_rank_cd(%s, %s, %d) as double precision)" % (floor, vector, tsquery, normalisation)
    exact = "p.search_vector @@ %s" % query
    tiers = [("p.title_vector @@ %s and %s" % (query, exact), key(3, "p.title_vector", query, 33)),
             (exact, key(2, "p.search_vector", query, 32))]
    if similar:
        parts = "(select cast(%s as tsquery))" % sql_literal(similar[0])
        typos = "(select cast(%s as tsquery))" % sql_literal(similar[1])
        tiers.append(("p.search_vector @@ %s" % parts, key(1, "p.search_vector", parts, 32)))
        tiers.append(("p.search_vector @@ %s" % typos, key(0, "p.search_vector", typos, 32)))
    return tiers


def search_floor_sql(q, filters, page_size=20):
    """The statements the service runs for one list request (Practices.search), written out for pgbench (the floor):
    the similarity decision, the page read tier by tier until it is full (as many tiers as the service reads for
    this request), the total and facets. Returns the pgbench script and the WHERE clause, so that the caller can
    check the floor counts the same matches as the API."""
    where = "true"
    text_match = "true"
    script = ""
    similar = None
    if q:
        query = "(select search_query(%s))" % sql_literal(q)
        statement, similar = search_similarity(q)
        script += statement + "\n"
        if similar:
            text_match = "(p.search_vector @@ %s or p.search_vector @@ (select cast(%s as tsquery)))" % (
                query, sql_literal(similar[1]))
        else:
            text_match = "(p.search_vector @@ %s)" % query
    order = {"country": 0, "status": 1, "themes": 2, "target_groups": 3}
    for column, value in sorted(filters + [("status", "published")], key=lambda f: order[f[0]]):
        where += (" and p.%s && array['%s']::text[]" % (column, value)) if column in ("themes", "target_groups") \
            else " and p.%s in ('%s')" % (column, value)
    if q:
        escaped = "replace(replace(replace({0}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')"
        snippets = ("null as snippet_language, ts_headline(search_config(p.language), {t}, {q}, 'HighlightAll=true,"
                    " StartSel=<mark>, StopSel=</mark>') as snippet_title, ts_headline(search_config(p.language), {s}, {q},"
                    " 'MaxWords=35, MinWords=15, MaxFragments=2, StartSel=<mark>, StopSel=</mark>') as snippet_summary"
                    ).format(t=escaped.format("p.title"), s=escaped.format("p.summary"), q=query)
        wanted = page_size + 1
        higher = []  # the tiers above whose matches a tier leaves out: those that hold any
        for match, key in search_tiers(query, similar):
            tier_where = "%s and %s" % (where, match) + "".join(" and not (%s)" % h for h in higher)
            script += ("select p.*, {s}, cast({k} as text) as sort_key from practice p where {w} order by {k} desc, p.id"
                       " limit {n};\n").format(s=snippets, k=key, w=tier_where, n=wanted)
            found = min(wanted, int(psql("practice", "select count(*) from practice p where " + tier_where)[0][0]))
            wanted -= found
            if wanted == 0:
                break
            if found:
                higher.append(match)
    elif not filters:
        script += ("select p.*, null as snippet_language, null as snippet_title, null as snippet_summary,"
                   " cast(lower(p.title) as text) as sort_key from practice p where %s order by lower(p.title) asc, p.id"
                   " limit %d;\n" % (where, page_size + 1))
    if q is None and filters:
        # a filtered list without text reads its page with its counts (Practices.pageWithTotalsAndFacets), then
        # the page's practices by id (here: as many practices, by primary key)
        script += ("with m as materialized (select p.id, lower(p.title) as k, p.themes, p.country, p.target_groups,"
                   " p.source_collection, p.status, p.published_at from practice p where {w}),"
                   " page as (select m.id, m.k from m order by m.k asc, m.id limit {n} offset 0)"
                   " select 'total', null, count(*), cast(null as text) from m"
                   " union all select 'theme', t, count(*), null from (select unnest(m.themes) t from m) theme_values group by t"
                   " union all select 'country', cast(m.country as text), count(*), null from m where m.country is not null"
                   " group by m.country"
                   " union all select 'targetGroup', t, count(*), null from (select unnest(m.target_groups) t from m) target_group_values"
                   " group by t"
                   " union all select 'source', m.source_collection, count(*), null from m group by m.source_collection"
                   " union all select 'publishedYear', practice_published_year(m.published_at), count(*), null from m"
                   " where m.status = 'published' and m.published_at is not null group by 2"
                   " union all select 'page', cast(page.id as text), row_number() over (order by page.k asc, page.id),"
                   " cast(page.k as text) from page order by 1, 3 desc, 2;\n"
                   "select p.* from practice p where p.id = any(array(select id from practice order by id limit {n}));\n"
                   ).format(w=where, n=page_size + 1)
    elif not q and not filters:
        script += ("select facet, nullif(value, ''), sum(n) from practice_facet_count p where %s"
                   " group by facet, value having sum(n) > 0 order by 1, 3 desc, 2;\n" % where)
    else:
        script += ("with m as materialized (select p.themes, p.country, p.target_groups, p.source_collection, p.status,"
                   " p.published_at from practice p where {w})"
                   " select 'total', null, count(*) from m"
                   " union all select 'theme', t, count(*) from (select unnest(m.themes) t from m) theme_values group by t"
                   " union all select 'country', cast(m.country as text), count(*) from m where m.country is not null"
                   " group by m.country"
                   " union all select 'targetGroup', t, count(*) from (select unnest(m.target_groups) t from m) target_group_values"
                   " group by t"
                   " union all select 'source', m.source_collection, count(*) from m group by m.source_collection"
                   " union all select 'publishedYear', practice_published_year(m.published_at), count(*) from m"
                   " where m.status = 'published' and m.published_at is not null group by 2"
                   " order by 1, 3 desc, 2;\n").format(w=where + " and " + text_match)
    return script, where + " and " + text_match


SEARCH_CASES = [
    ("q alone (broad: refugees)", "refugees", []),
    ("q alone (narrow, unaccented: malmo)", "malmo", []),
    ("q + two filters", "Sprachkurse", [("country", "DE"), ("themes", "language-learning")]),
    ("q with a typo (similarity: Sprachkurze)", "Sprachkurze", []),
    ("filters alone, facets", None, [("country", "SE"), ("target_groups", "refugees")]),
    ("no filter, facets (whole catalogue)", None, []),
]


def search_path(q, filters):
    params = [("q", q)] if q else []
    names = {"themes": "theme", "target_groups": "targetGroup", "country": "country"}
    params += [(names[c], v) for c, v in filters]
    return "/api/v1/practices" + ("?" + urllib.parse.urlencode(params) if params else "")


def suite_search(args):
    out("== search: practice list requests at %s generated practices, API vs the same SQL in pgbench ==" %
        " and ".join(str(n) for n in args.search_sizes))
    port = SERVICES["practice-service"]
    rows = []
    try:
        for size in sorted(args.search_sizes):
            seconds = load_search_practices(size)
            note("%d generated practices in the catalogue (loaded in %.0f s, analysed)" % (size, seconds))
            for label, q, filters in SEARCH_CASES:
                path = search_path(q, filters)
                time_gets(port, path, 5)  # warm-up
                lat, errors = time_gets(port, path, args.search_requests)
                script, where = search_floor_sql(q, filters)
                _, floor, failed = run_pgbench("practice", script, 1, transactions=args.search_requests)
                total = (get_json(port, path)[1] or {}).get("total")
                floor_total = int(psql("practice", "select count(*) from practice p where " + where)[0][0])
                if floor_total != total:
                    note("%s at %d: the floor matches %d practices, the API %s; the floor no longer mirrors the service"
                         % (label, size, floor_total, total))
                rows.append([size, label, total, percentile(lat, 50), percentile(lat, 95), percentile(lat, 99),
                             percentile(floor, 50), percentile(floor, 95), errors + failed])
    finally:
        if not args.search_keep:
            psql("practice", "delete from practice where source_reference like '%s%%'" % BENCH_REFERENCE)
            psql("practice", "analyze practice")
            note("the generated practices are deleted again (--search-keep keeps them)")
    out()
    table(["practices", "request", "matches", "API p50 ms", "API p95 ms", "API p99 ms", "SQL p50 ms", "SQL p95 ms",
           "errors"], rows)


# ---------------------------------------------------------------- suite: export

def heap_used_mb(port):
    """The JVM heap in use (MB), summed over the heap pools, from the service's Prometheus metrics."""
    client = Client(port, timeout=10)
    try:
        status, payload = client.request("GET", "/q/metrics")
    finally:
        client.close()
    if status != 200:
        return None
    total = 0.0
    for line in payload.decode("utf-8", "replace").splitlines():
        if line.startswith("jvm_memory_used_bytes{") and 'area="heap"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total / 1e6


def export_survey(admin, count, bulk_batch):
    """A benchmark survey copy holding at least `count` submitted responses: an earlier one, or a new one bulk-loaded."""
    rows = psql("survey", "select survey_code, count(*) from survey_response where survey_code like 'bench-%%' "
                "and status = 'submitted' group by 1 having count(*) >= %d order by 2 limit 1" % count, check=False)
    if rows and rows[0] and rows[0][0]:
        return rows[0][0], int(rows[0][1])
    _, key = register_partner(admin)
    code = "bench-export-%d" % int(time.time())
    create_copy_survey(admin, code)
    created, seconds = bulk_load(key, code, count, bulk_batch)
    note("bulk-loaded %d responses into %s in %.0f s" % (created, code, seconds))
    return code, created


def timed_export(port, path, key, heap_peak):
    """Streams one export to nowhere; returns (status, bytes, seconds, ms to the first byte) and samples the heap."""
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            used = heap_used_mb(port)
            if used is not None:
                heap_peak[0] = max(heap_peak[0], used)
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    conn = http.client.HTTPConnection(HOST, port, timeout=600)
    t0 = time.monotonic()
    sampler.start()
    try:
        conn.request("GET", path, headers={"Authorization": "Bearer " + key})
        response = conn.getresponse()
        first = response.read(65536)
        ttfb = (time.monotonic() - t0) * 1000
        size = len(first)
        while True:
            chunk = response.read(1 << 20)
            if not chunk:
                break
            size += len(chunk)
        return response.status, size, time.monotonic() - t0, ttfb
    finally:
        stop.set()
        sampler.join(5)
        conn.close()


def suite_export(args):
    out("== export: survey responses as XLSX, CSV and JSON, beside PostgreSQL's own COPY of the same rows ==")
    admin = admin_key()
    code, count = export_survey(admin, args.export_responses, args.bulk_batch)
    note("survey %s with %d submitted responses" % (code, count))
    port = SERVICES["survey-service"]
    pid = service_pid("survey-service")
    rows = []
    for fmt_name in args.export_formats:
        if pid is not None:
            subprocess.run(["jcmd", str(pid), "GC.run"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        baseline = heap_used_mb(port) or 0.0
        peak = [baseline]
        status, size, seconds, ttfb = timed_export(port, "/api/v1/surveys/%s/responses/export?format=%s" % (code, fmt_name),
                                                   admin, peak)
        rows.append(["API format=" + fmt_name, status, count, size / 1e6, seconds, count / seconds if seconds else 0,
                     ttfb, baseline, peak[0], rss_kb(pid) / 1024 if pid else None])
    copy = ("\\copy (select id, owner, survey_version, status, created_at, updated_at, answers, other_text "
            "from survey_response where survey_code = '%s' and status = 'submitted' order by created_at, id) "
            "to stdout with csv header" % code)
    t0 = time.monotonic()
    done = subprocess.run(psql_base() + ["-d", database("survey"), "-c", copy], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seconds = time.monotonic() - t0
    rows.append(["floor: psql COPY to CSV", "ok" if done.returncode == 0 else "failed", count, len(done.stdout) / 1e6,
                 seconds, count / seconds if seconds else 0, None, None, None, None])
    table(["export", "status", "rows", "MB", "seconds", "rows/s", "first byte ms", "heap before MB",
           "heap peak MB", "RSS after MB"], rows)
    note("heap = jvm_memory_used_bytes{area=heap} sampled every 100 ms (garbage included), after a GC.run before each export")


# ---------------------------------------------------------------- suite: footprint

def read_load(port, paths, seconds, threads=8):
    stop = time.monotonic() + seconds
    count = [0]
    lock = threading.Lock()

    def run(n):
        client, i, done = Client(port), n, 0
        while time.monotonic() < stop:
            try:
                client.request("GET", paths[i % len(paths)])
                done += 1
            except Exception:
                time.sleep(0.05)
            i += 1
        client.close()
        with lock:
            count[0] += done

    workers = [threading.Thread(target=run, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    return workers, count


def suite_footprint(args):
    out("== footprint: boot time to ready, resident memory ==")
    rows = []
    for name in args.boot_services:
        port = EXTRA_PORTS[name]
        if responds(port):
            out("  port %d is in use; skipping the boot of %s" % (port, name))
            continue
        t0 = time.monotonic()
        proc = start_service(name, port, "-bench-%d" % port)
        ready = wait_ready(port, 180, proc)
        time.sleep(2)
        idle = rss_kb(proc.pid)
        stop_pid(proc.pid)
        rows.append([name + " (extra, port %d)" % port, ready, idle / 1024 if idle else None])
    if rows:
        table(["boot", "s to ready", "RSS MB after"], rows)
    _, key = register_partner(admin_key())
    load_paths = {
        "practice-service": ["/api/v1/practices?q=language", "/api/v1/practices?country=BE", "/api/v1/practices/statistics",
                             "/api/v1/practices?theme=employment&size=50"],
        "assessment-service": ["/api/v1/frameworks/spring-gpc/statistics", "/api/v1/frameworks",
                               "/api/v1/frameworks/spring-gpc/statistics?country=BE"],
    }
    rows = []
    for name, port in SERVICES.items():
        pid = port_owner(port) or service_pid(name)
        if not pid:
            rows.append([name, None, None, None, "not running"])
            continue
        idle = rss_kb(pid)
        peak = idle or 0
        t_end = time.monotonic() + args.footprint_load_seconds
        if name == "survey-service":
            result = {}
            loader = threading.Thread(target=lambda: result.update(
                r=submit_load(port, key, 16, args.footprint_load_seconds, args.load_procs)))
            loader.start()
            load_desc = "16 clients submitting"
        else:
            workers, count = read_load(port, load_paths[name], args.footprint_load_seconds)
            load_desc = "8 clients reading"
        while time.monotonic() < t_end + 0.5:
            peak = max(peak, rss_kb(pid) or 0)
            time.sleep(0.2)
        if name == "survey-service":
            loader.join()
        else:
            for w in workers:
                w.join()
        after = rss_kb(pid)
        rows.append([name + " (pid %d)" % pid, idle / 1024 if idle else None, peak / 1024, after / 1024 if after else None, load_desc])
    table(["RSS", "idle MB", "peak under load MB", "after MB", "load"], rows)
    note("RSS = VmRSS from /proc/<pid>/status, sampled every 0.2 s; services run with -Xmx512m")


# ---------------------------------------------------------------- suite: faults

PROJECTION_CHECK = """
with q as (
  select s.code || '@' || s.version as survey, s.code, s.version, e->>'code' as question
  from survey s, jsonb_array_elements(s.definition->'questions') e
  where s.code = '{code}' and s.status = 'published'
    and e->>'type' in ('single-choice', 'multiple-choice', 'yes-no', 'country')),
r as (select * from survey_response where survey_code = '{code}' and status = 'submitted'),
expected as (
  select s.code || '@' || s.version as survey, 'respondents' as metric, count(r.id) as n
  from survey s left join r on r.survey_version = s.version
  where s.code = '{code}' and s.status = 'published' group by 1
  union all
  select q.survey, 'option:' || q.question || ':' || o.value, count(*)
  from q join r on r.survey_version = q.version
  cross join lateral (
    select r.answers->>q.question as value where jsonb_typeof(r.answers->q.question) = 'string'
    union all
    select jsonb_array_elements_text(r.answers->q.question) where jsonb_typeof(r.answers->q.question) = 'array') o
  group by 1, 2),
actual as (
  -- the options of the questions above; a computed dimension's options (country_group) are no question's
  select t.survey, t.metric, t.n from survey_stat t
  where t.survey like '{code}@%' and t.segment = 'all'
    and (t.metric = 'respondents'
         or exists (select 1 from q where q.survey = t.survey and t.metric like 'option:' || q.question || ':%')))
select coalesce(sum(greatest(coalesce(e.n, 0) - coalesce(a.n, 0), 0)), 0) as lost,
       coalesce(sum(greatest(coalesce(a.n, 0) - coalesce(e.n, 0), 0)), 0) as twice,
       count(*) filter (where coalesce(e.n, 0) <> coalesce(a.n, 0)) as wrong_keys,
       count(*) as keys
from expected e full join actual a on a.survey = e.survey and a.metric = e.metric
"""


def projection_diff():
    lost, twice, wrong, keys = psql("survey", PROJECTION_CHECK.replace("{code}", SURVEY))[0]
    return int(lost), int(twice), int(wrong), int(keys)


class SteadyLoad:
    """Submits at a steady rate in the background. Each write carries an Idempotency-Key and is retried
    (on another target if there are several) until it is answered or gives up after `give_up` s, as a
    careful client would; a write counts as failed only when it gave up or was refused."""

    def __init__(self, key, ports, rate, tag, give_up=120.0, threads=32):
        self.key, self.ports, self.rate, self.tag, self.give_up = key, list(ports), rate, tag, give_up
        self.tried = self.failed = self.retries = self.ok = 0
        self.lock = threading.Lock()
        self.stop_flag = threading.Event()
        self.queue = queue.Queue()
        self.scheduler = threading.Thread(target=self._schedule, daemon=True)
        self.workers = [threading.Thread(target=self._work, daemon=True) for _ in range(threads)]
        self.payloads = bodies()

    def start(self):
        self.scheduler.start()
        for w in self.workers:
            w.start()
        return self

    def _schedule(self):
        start, i = time.monotonic(), 0
        while not self.stop_flag.is_set():
            delay = start + i / self.rate - time.monotonic()
            if delay > 0:
                time.sleep(min(delay, 0.2))
                continue
            self.queue.put(i)
            i += 1
        for _ in self.workers:
            self.queue.put(None)

    def _work(self):
        clients = {p: Client(p, timeout=10) for p in self.ports}
        while True:
            i = self.queue.get()
            if i is None:
                break
            name = "%s-%d" % (self.tag, i)
            body = tagged(self.payloads[i % len(self.payloads)], name)
            headers = {"Authorization": "Bearer " + self.key, "Idempotency-Key": name}

            def attempt_once(attempt):
                port = self.ports[(i + attempt) % len(self.ports)]
                status, _ = clients[port].request("POST", "/api/v1/surveys/%s/responses" % SURVEY, body, headers)
                if status in (200, 201):
                    return True
                if 400 <= status < 500 and status not in (408, 429):
                    return False  # refused: retrying would not help
                return None

            self._write(attempt_once)
        for c in clients.values():
            c.close()

    def _write(self, attempt_once):
        """One write, retried until `attempt_once(attempt)` answers True (done) or False (refused: give up), or
        until `give_up` s passed; None (or an exception) means try again after a growing pause."""
        with self.lock:
            self.tried += 1
        deadline, attempt, ok = time.monotonic() + self.give_up, 0, False
        while time.monotonic() < deadline:
            try:
                result = attempt_once(attempt)
            except Exception:
                result = None
            if result is not None:
                ok = result
                break
            attempt += 1
            with self.lock:
                self.retries += 1
            time.sleep(min(2.0, 0.2 * attempt))
        with self.lock:
            if ok:
                self.ok += 1
            else:
                self.failed += 1

    def stop(self):
        self.stop_flag.set()
        self.scheduler.join()
        for w in self.workers:
            w.join(timeout=self.give_up + 15)


class SteadyCalls(SteadyLoad):
    """SteadyLoad's schedule and retries for any write: `step(client, i, state)` makes one attempt of write i
    and answers True (done), False (refused: give up) or None (retry); `state` survives its retries."""

    def __init__(self, port, rate, step, give_up=120.0, threads=16):
        super().__init__(None, [port], rate, None, give_up, threads)
        self.step = step

    def _work(self):
        client = Client(self.ports[0], timeout=10)
        while True:
            i = self.queue.get()
            if i is None:
                break
            state = {}
            self._write(lambda attempt: self.step(client, i, state))
        client.close()


def answered(status):
    """None (retry) for no answer, 408, 429 and 5xx; False for any other refusal."""
    if status is None or status in (408, 429) or status >= 500:
        return None
    return False


def practice_step(key, tag):
    """Creates practice `<tag>-<i>` (a draft), then publishes it. A create retried after a lost answer meets
    409 on its unique source reference: the stored practice is then looked up by that reference."""
    auth = {"Authorization": "Bearer " + key}

    def step(client, i, state):
        ref = "%s-%d" % (tag, i)
        if "id" not in state:
            body = {"title": "Benchmark practice " + ref, "summary": "Written by the faults benchmark.",
                    "country": "BE", "city": "Ghent", "scope": "local",
                    "organisations": [{"name": "City of Ghent", "type": "municipality"}],
                    "themes": ["language-learning"], "targetGroups": ["newcomers"], "startYear": 2021,
                    "ongoing": True, "funding": ["municipal"],
                    "source": {"collection": "direct-submission", "reference": ref}}
            status, payload = client.request("POST", "/api/v1/practices", body, auth)
            if status == 201:
                state["id"] = json.loads(payload)["id"]
            elif status == 409:
                rows = psql("practice", "select id from practice where source_collection = 'direct-submission' "
                                        "and source_reference = '%s'" % ref)
                if not rows:
                    return False
                state["id"] = rows[0][0]
            else:
                return answered(status)
        status, _ = client.request("POST", "/api/v1/practices/%s/publish" % state["id"], None, auth)
        if status in (200, 204):
            return True
        if status == 409:  # a publish retried after a lost answer: done if it is published
            return psql("practice", "select status from practice where id = '%s'" % state["id"]) == [["published"]]
        return answered(status)
    return step


def assessment_step(key, tag, practice_ids):
    """Submits assessment `<tag>-<i>` (its assessor) of a catalogue practice under spring-gpc. Before a retry
    it checks by the assessor whether the earlier attempt was stored (written before assessment creation took an
    Idempotency-Key; the check still finds a stored attempt)."""
    auth = {"Authorization": "Bearer " + key}

    def step(client, i, state):
        name = "%s-%d" % (tag, i)
        if state.get("sent") and psql("assessment", "select count(*) from assessment where assessor = '%s'" % name) != [["0"]]:
            return True
        state["sent"] = True
        rating = ["met", "not-met"]
        body = {"framework": "spring-gpc", "frameworkVersion": 1, "assessor": name,
                "subject": {"type": "practice", "practiceId": practice_ids[i % len(practice_ids)]},
                "answers": [{"question": "IP.1", "applicable": True, "narrative": "Open to every newcomer."}],
                "ratings": [{"item": "IP.1.1", "rating": rating[i % 2]}, {"item": "IP.1.2", "rating": rating[i // 2 % 2]}]}
        status, _ = client.request("POST", "/api/v1/assessments?submit=true", body, auth)
        return True if status in (200, 201) else answered(status)
    return step


def practice_replica_diff():
    """assessment-service's practice_replica against practice-service's published practices: lost = published
    practices missing from the replica or at an older version; excess = replica rows practice-service does not
    have, or at a newer version than stored."""
    stored = {r[0]: (int(r[1]), r[2]) for r in psql("practice", "select id, version, status from practice")}
    replica = {r[0]: int(r[1]) for r in psql("assessment", "select id, version from practice_replica where not deleted")}
    published = {i: v for i, (v, status) in stored.items() if status == "published"}
    lost = sum(1 for i, v in published.items() if replica.get(i, -1) < v)
    excess = sum(1 for i, v in replica.items() if i not in stored or v > stored[i][0])
    return lost, excess, lost + excess, len(published)


ASSESSMENT_COUNT_CHECK = """
with e as (select framework_code || '@' || framework_version as f, count(*) as n from assessment
           where status = 'submitted' group by 1),
a as (select framework as f, n from score_stat where segment = 'all' and metric = 'count')
select coalesce(sum(greatest(coalesce(e.n, 0) - coalesce(a.n, 0), 0)), 0),
       coalesce(sum(greatest(coalesce(a.n, 0) - coalesce(e.n, 0), 0)), 0), count(*)
from e full join a on a.f = e.f
"""

_LAST_ASSESSMENT_DIFF = {}


def assessment_projection_diff():
    """Both projections of the assessments topic against the submitted assessment rows: practice-service's
    practice_score (one row per submitted practice assessment, same practice and framework version) and
    assessment-service's score_stat (segment all, metric count, per framework version)."""
    expected = {r[0]: tuple(r[1:]) for r in psql("assessment", "select id, practice_id, framework_code, framework_version "
                                                 "from assessment where status = 'submitted' and practice_id is not null")}
    actual = {r[0]: tuple(r[1:]) for r in psql("practice", "select assessment_id, practice_id, framework, framework_version "
                                               "from practice_score")}
    scores_lost = sum(1 for i, v in expected.items() if actual.get(i) != v)
    scores_excess = sum(1 for i in actual if i not in expected)
    stat_lost, stat_excess, keys = (int(x) for x in psql("assessment", ASSESSMENT_COUNT_CHECK)[0])
    _LAST_ASSESSMENT_DIFF.update(scores=(scores_lost, scores_excess), stat=(stat_lost, stat_excess))
    lost, excess = scores_lost + stat_lost, scores_excess + stat_excess
    return lost, excess, lost + excess, len(expected) + keys


def stored_twice_where(db, table, column, tag):
    rows = psql(db, "select count(*), count(distinct %s) from %s where %s like '%s-%%'" % (column, table, column, tag))
    total, distinct = int(rows[0][0]), int(rows[0][1])
    return total - distinct, distinct


def converge(timeout, diff_fn=None):
    """Polls until the projection equals the recomputation. Returns (seconds or None, last diff)."""
    diff_fn = diff_fn or projection_diff
    start = time.monotonic()
    diff = None
    while time.monotonic() - start < timeout:
        try:
            diff = diff_fn()
            if diff[0] == 0 and diff[1] == 0:
                return time.monotonic() - start, diff
        except Exception as e:
            diff = diff or (None, None, None, None)
        time.sleep(0.5)
    return None, diff


def stored_twice(tag):
    rows = psql("survey", "select count(*), count(distinct answers->>'network_name') from survey_response "
                          "where survey_code = '%s' and answers->>'network_name' like '%s-%%'" % (SURVEY, tag))
    total, distinct = int(rows[0][0]), int(rows[0][1])
    return total - distinct, distinct


def kafka_pid():
    try:
        with open(os.path.join(os.environ.get("KAFKA_DATA_DIR", os.path.join(RUN_DIR, "kafka")), "kafka.pid")) as f:
            return int(f.read().strip())
    except Exception:
        return None


def fault_names(requested):
    """--faults names, with the letters of issue 8: a = kafka, b = the three kills, c = two."""
    letters = {"a": ["kafka"], "b": ["kill", "kill-practice", "kill-assessment"], "c": ["two"]}
    names = [n for r in requested for n in letters.get(r, [r])]
    unknown = [n for n in names if n not in FAULTS]
    if unknown:
        raise SystemExit("unknown fault(s): %s; choose from %s or a, b, c" % (", ".join(unknown), ", ".join(FAULTS)))
    return names


def catalogue_practice_ids(count=50):
    status, body = get_json(SERVICES["practice-service"], "/api/v1/practices?size=%d" % count)
    ids = [p["id"] for p in (body or {}).get("items", [])]
    if status != 200 or not ids:
        raise SystemExit("no published practice to assess: GET /api/v1/practices answered %s" % status)
    return ids


def suite_faults(args):
    out("== faults: projection exactness under failures, with steady submissions ==")
    faults = fault_names(args.faults)
    for name in SERVICES:
        if name == "survey-service" or "kill-" + name[:-len("-service")] in faults:
            require_owned_survey_service(name)
    admin = admin_key()
    _, key = register_partner(admin)
    for what, fn, needed in (("survey statistics", projection_diff, True),
                             ("practice replica", practice_replica_diff, "kill-practice" in faults),
                             ("assessment projections", assessment_projection_diff, "kill-assessment" in faults)):
        start_diff = converge(60, fn)[1] if needed else None
        if start_diff and (start_diff[0] or start_diff[1]):
            out("  before the faults the %s already differs: missing %d, excess %d" % ((what,) + tuple(start_diff[:2])))
    main_port = SERVICES["survey-service"]
    rows = []

    def scenario(label, action, ports=(main_port,), load_fn=None, diff_fn=projection_diff, twice_fn=stored_twice):
        tag = "fault-%d-%s" % (int(time.time()), re.sub(r"[^a-z0-9]+", "-", label.split(" ", 1)[1].lower()).strip("-"))
        load = (load_fn(tag) if load_fn else SteadyLoad(key, ports, args.fault_rate, tag)).start()
        time.sleep(args.fault_warmup)
        detail = action()
        time.sleep(args.fault_after)
        load.stop()
        seconds, diff = converge(args.converge_timeout, diff_fn)
        dupes, distinct = twice_fn(tag)
        rows.append([label, load.tried, load.failed, load.retries, diff[0] if diff else None, diff[1] if diff else None,
                     dupes, seconds if seconds is not None else "no (%ds)" % args.converge_timeout])
        if detail:
            note("%s: %s" % (label, detail))

    def kafka_down():
        if kafka_pid() is None:
            return "Kafka was not started by infra/kafka/kafka.sh; skipped the stop"
        subprocess.run(["bash", os.path.join(REPO, "infra", "kafka", "kafka.sh"), "stop"], capture_output=True, check=True)
        time.sleep(args.kafka_down_seconds)
        subprocess.run(["bash", os.path.join(REPO, "infra", "kafka", "kafka.sh"), "start"], capture_output=True, check=True)
        return "broker stopped for %d s" % args.kafka_down_seconds

    def kill_main(name):
        pid = service_pid(name)
        os.kill(pid, signal.SIGKILL)
        t0 = time.monotonic()
        while time.monotonic() - t0 < 10 and os.path.exists("/proc/%d" % pid) and rss_kb(pid) is not None:
            time.sleep(0.05)
        proc = restart_main_service(name)
        ready = wait_ready(SERVICES[name], 180, proc)
        return "%s killed (pid %d), back in %.1f s" % (name, pid, time.monotonic() - t0) if ready is not None \
            else "%s did NOT come back" % name

    def kill_survey():
        return kill_main("survey-service")

    extra = {}

    def kill_second():
        time.sleep(args.fault_after)  # both instances take writes for a while
        os.kill(extra["proc"].pid, signal.SIGKILL)
        extra["proc"].wait(timeout=10)
        return "second instance (port %d, pid %d) killed with -9" % (EXTRA_PORTS["survey-service"], extra["proc"].pid)

    if "kafka" in faults:
        scenario("(a) Kafka stopped", kafka_down)
    if "kill" in faults:
        scenario("(b) kill -9 survey-service", kill_survey)
    if "kill-practice" in faults:
        scenario("(b) kill -9 practice-service", lambda: kill_main("practice-service"),
                 load_fn=lambda tag: SteadyCalls(SERVICES["practice-service"], args.fault_api_rate, practice_step(admin, tag)),
                 diff_fn=practice_replica_diff,
                 twice_fn=lambda tag: stored_twice_where("practice", "practice", "source_reference", tag))
    if "kill-assessment" in faults:
        practice_ids = catalogue_practice_ids()
        scenario("(b) kill -9 assessment-service", lambda: kill_main("assessment-service"),
                 load_fn=lambda tag: SteadyCalls(SERVICES["assessment-service"], args.fault_api_rate,
                                                 assessment_step(admin, tag, practice_ids)),
                 diff_fn=assessment_projection_diff,
                 twice_fn=lambda tag: stored_twice_where("assessment", "assessment", "assessor", tag))
        if _LAST_ASSESSMENT_DIFF:
            note("(b) kill -9 assessment-service: missing/excess of practice_score %d/%d, of score_stat (all, count) %d/%d"
                 % (_LAST_ASSESSMENT_DIFF["scores"] + _LAST_ASSESSMENT_DIFF["stat"]))
    if "two" in faults:
        port2 = EXTRA_PORTS["survey-service"]
        if responds(port2):
            out("  port %d is in use; skipped (c)" % port2)
        else:
            extra["proc"] = start_service("survey-service", port2, "-bench-%d" % port2)
            try:
                if wait_ready(port2, 180, extra["proc"]) is None:
                    out("  second instance did not become ready; skipped (c)")
                else:
                    scenario("(c) two instances, one killed", kill_second, ports=(main_port, port2))
            finally:
                if extra["proc"].poll() is None:
                    stop_pid(extra["proc"].pid)
    table(["fault", "writes tried", "writes failed", "retries", "events lost", "counted twice", "stored twice",
           "s to converge"], rows)
    note("load %.0f writes/s with Idempotency-Key, retried until answered (give up after 120 s); lost/twice = sums of "
         "missing/excess counts of survey_stat (segment all: respondents, option:q:o) against a recomputation from "
         "submitted survey_response rows; stored twice = rows of the run stored more than once" % args.fault_rate)
    if "kill-practice" in faults or "kill-assessment" in faults:
        note("practice-service/assessment-service rows: load %.0f writes/s as admin, retried until answered (a practice "
             "write = create + publish, a create retried after a lost answer is matched by its source reference on 409; "
             "an assessment is looked up by its assessor before a retry). practice-service: lost = published practices "
             "missing from assessment-service's practice_replica or at an older version, twice = replica rows unknown to "
             "practice-service or newer. assessment-service: lost/twice = submitted practice assessments missing from/"
             "excess in practice-service's practice_score, plus missing/excess of score_stat (segment all, metric count) "
             "against submitted assessments per framework version; stored twice = practices (source reference) or "
             "assessments (assessor) of the run stored more than once" % args.fault_api_rate)


# ---------------------------------------------------------------- main

# drain last: it empties the projection and replays the topic, which leaves the statistics broken if the replay fails
SUITES = ["intake", "latency", "reads", "search", "export", "footprint", "faults", "drain"]
FAULTS = ["kafka", "kill", "kill-practice", "kill-assessment", "two"]


def csv_ints(text):
    return [int(x) for x in text.split(",") if x.strip()]


def csv_floats(text):
    return [float(x) for x in text.split(",") if x.strip()]


def parser():
    p = argparse.ArgumentParser(description="Inclusion Hub benchmark suite", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("suites", nargs="*", help="any of %s (default: all, in that order)" % ", ".join(SUITES))
    p.add_argument("--load-procs", type=int, default=2, help="client processes that share the concurrent clients")
    g = p.add_argument_group("intake")
    g.add_argument("--intake-seconds", type=float, default=20)
    g.add_argument("--intake-clients", type=csv_ints, default=[1, 16, 64])
    g.add_argument("--intake-warmup", type=int, default=60, help="seconds of unmeasured load first, so the JIT has compiled")
    g.add_argument("--floor-seconds", type=int, default=20)
    # 64 pgbench clients exceed PostgreSQL's default max_connections (100) beside the services' pools
    g.add_argument("--floor-clients", type=csv_ints, default=[16, 32])
    g.add_argument("--bulk-count", type=int, default=10000)
    g.add_argument("--bulk-batch", type=int, default=1000)
    g = p.add_argument_group("drain")
    g.add_argument("--drain-min-responses", type=int, default=20000, help="bulk-load up to this many stored responses first")
    g.add_argument("--drain-timeout", type=int, default=600)
    g.add_argument("--drain-stall", type=int, default=60, help="give up when the count has not moved for this long")
    g = p.add_argument_group("latency")
    g.add_argument("--latency-rates", type=csv_floats, default=[10, 50, 200])
    g.add_argument("--latency-seconds", type=float, default=20)
    g.add_argument("--latency-threads", type=int, default=8)
    g.add_argument("--latency-wait", type=float, default=60, help="seconds to wait for the last events")
    g = p.add_argument_group("reads")
    g.add_argument("--read-sizes", type=csv_ints, default=[10000], help="e.g. 10000,100000")
    g.add_argument("--read-requests", type=int, default=200)
    g.add_argument("--sql-requests", type=int, default=20)
    g.add_argument("--read-wait", type=int, default=300, help="seconds to wait for the projection to catch up")
    g = p.add_argument_group("search")
    g.add_argument("--search-sizes", type=csv_ints, default=[10000, 100000], help="generated practices, e.g. 10000,100000")
    g.add_argument("--search-requests", type=int, default=200)
    g.add_argument("--search-keep", action="store_true", help="keep the generated practices afterwards")
    g = p.add_argument_group("export")
    g.add_argument("--export-responses", type=int, default=100000, help="responses in the exported survey (reuses a benchmark survey that has them)")
    g.add_argument("--export-formats", type=lambda s: [x for x in s.split(",") if x], default=["xlsx", "csv", "json"])
    g = p.add_argument_group("footprint")
    g.add_argument("--boot-services", type=lambda s: [x for x in s.split(",") if x], default=list(SERVICES),
                   help="services to boot once more on ports 8091-8093")
    g.add_argument("--footprint-load-seconds", type=float, default=10)
    g = p.add_argument_group("faults")
    g.add_argument("--faults", type=lambda s: [x for x in s.split(",") if x], default=list(FAULTS),
                   help="any of %s; or issue 8's letters: a = kafka, b = the three kills, c = two" % ", ".join(FAULTS))
    g.add_argument("--fault-rate", type=float, default=20)
    g.add_argument("--fault-api-rate", type=float, default=5,
                   help="practice writes or assessment submissions per s in the practice/assessment kills")
    g.add_argument("--kafka-down-seconds", type=int, default=60)
    g.add_argument("--fault-warmup", type=float, default=5, help="seconds of load before each fault")
    g.add_argument("--fault-after", type=float, default=10, help="seconds of load after each fault")
    g.add_argument("--converge-timeout", type=int, default=180)
    return p


def main():
    args = parser().parse_args()
    suites = args.suites or SUITES
    unknown = [s for s in suites if s not in SUITES]
    if unknown:
        raise SystemExit("unknown suite(s): %s; choose from %s" % (", ".join(unknown), ", ".join(SUITES)))
    for name, port in SERVICES.items():
        if not responds(port):
            raise SystemExit("%s is not answering on 127.0.0.1:%d (start the system with ./run.sh or use infra/bench/run.sh)" % (name, port))
        if not answers(port):
            out("warning: %s answers but its readiness is not UP (GET :%d/q/health/ready); figures may suffer" % (name, port))
    intake_rates = None
    for suite in SUITES:
        if suite not in suites:
            continue
        t0 = time.monotonic()
        try:
            if suite == "intake":
                intake_rates = suite_intake(args)
            elif suite == "drain":
                suite_drain(args, intake_rates)
            elif suite == "latency":
                suite_latency(args)
            elif suite == "reads":
                suite_reads(args)
            elif suite == "search":
                suite_search(args)
            elif suite == "export":
                suite_export(args)
            elif suite == "footprint":
                suite_footprint(args)
            elif suite == "faults":
                suite_faults(args)
        except SystemExit as e:
            out("  %s: stopped: %s" % (suite, e))
        except Exception as e:  # one suite failing does not stop the others
            out("  %s: FAILED: %s: %s" % (suite, type(e).__name__, e))
        out("  (%s took %.0f s)" % (suite, time.monotonic() - t0))
        out()


if __name__ == "__main__":
    main()
