#!/usr/bin/env python3
"""Benchmark (not a test): lag from an API write to the Server-Sent Event that reflects it.

Submits survey responses at a steady rate through the public API of a running survey-service
(./run.sh), listens to its statistics stream, and prints the median, p95 and p99 lag. Each write's
lag is the time from its HTTP answer to the first statistics-changed event after it that raises the
stream past the events already seen (events and writes are paired in order).

Usage: sse_lag.py ADMIN_KEY [--url http://127.0.0.1:8083] [--count 200] [--rate 10]
Stays on this machine: the URL must be a loopback address.
"""
import argparse
import json
import statistics
import threading
import time
import urllib.parse
import urllib.request

EXAMPLE = {"answers": {
    "network_name": "Benchmark network", "country": "DE", "europe_wide_or_global": "no",
    "network_type": "migrant-network", "vision_mission": ["foster-integration"],
    "fields_of_action": ["language"], "target_groups": ["refugees"],
    "degree_of_formalisation": "informal", "coordinating_organisation_type": "no-coordinating-organisation",
    "uses_facilitation": "no", "has_evaluation": "no", "has_sustainability_measures": "no",
    "policy_framework": "supportive"}}


def post(url, key, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def listen(url, arrivals, stop):
    request = urllib.request.Request(url, headers={"Accept": "text/event-stream"})
    with urllib.request.urlopen(request, timeout=60) as stream:
        name = None
        for raw in stream:
            line = raw.decode().rstrip("\n")
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line == "":
                if name == "statistics-changed":
                    arrivals.append(time.monotonic())
                name = None
            if stop.is_set():
                return


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("admin_key")
    parser.add_argument("--url", default="http://127.0.0.1:8083")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--rate", type=float, default=10.0, help="writes per second")
    args = parser.parse_args()
    if urllib.parse.urlparse(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("the benchmark only targets a service on this machine")
    code = "bench-%d" % int(time.time())
    partner = post(args.url + "/api/v1/partners", args.admin_key, {"code": code, "name": "Benchmark partner"})["key"]

    arrivals, stop = [], threading.Event()
    listener = threading.Thread(target=listen, args=(args.url + "/api/v1/surveys/statistics/stream", arrivals, stop), daemon=True)
    listener.start()
    time.sleep(1.0)
    writes = []
    interval = 1.0 / args.rate
    start = time.monotonic()
    for i in range(args.count):
        target = start + i * interval
        time.sleep(max(0.0, target - time.monotonic()))
        body = json.loads(json.dumps(EXAMPLE))
        body["answers"]["network_name"] = "Benchmark network %d" % i
        post(args.url + "/api/v1/surveys/erasmi-networks/responses", partner, body)
        writes.append(time.monotonic())
    deadline = time.monotonic() + 30
    while len(arrivals) < len(writes) and time.monotonic() < deadline:
        time.sleep(0.1)
    stop.set()
    lags = [(arrival - written) * 1000 for written, arrival in zip(writes, arrivals)]
    if not lags:
        raise SystemExit("no statistics-changed event arrived")
    print("writes %d at %.1f/s, events %d" % (len(writes), args.rate, len(arrivals)))
    print("lag ms: median %.0f  p95 %.0f  p99 %.0f  max %.0f" % (
        statistics.median(lags), percentile(lags, 95), percentile(lags, 99), max(lags)))


if __name__ == "__main__":
    main()
