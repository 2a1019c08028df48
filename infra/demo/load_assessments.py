#!/usr/bin/env python3
"""Submits demo assessments through the public APIs (idempotently): of SPRING practices, or of places.

An assessment of a practice names it by source reference; the practice id comes from practice-service.
assessment-service knows practices only from the practices topic, so a practice it has not heard of
yet answers 422: this script retries those for a while. An assessment of a place carries its subject.

Usage: load_assessments.py FILE ADMIN_KEY [PRACTICE_URL] [ASSESSMENT_URL]
"""
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def call(method, url, key=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if key:
        request.add_header("Authorization", "Bearer " + key)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def main():
    path, key = sys.argv[1], sys.argv[2]
    practices = sys.argv[3] if len(sys.argv) > 3 else "http://127.0.0.1:8081"
    assessments = sys.argv[4] if len(sys.argv) > 4 else "http://127.0.0.1:8082"
    with open(path, encoding="utf-8") as f:
        demo = json.load(f)
    ids = {}
    if any("practiceSourceReference" in element for element in demo):
        status, page = call("GET", practices + "/api/v1/practices?source=spring&size=100")
        if status != 200:
            sys.exit("cannot list the SPRING practices: %s %s" % (status, page))
        ids = {p["source"]["reference"]: p["id"] for p in page["items"]}
    created = skipped = 0
    for element in demo:
        body = dict(element)
        if "subject" in body:
            subject = body["subject"]
            query = {"subjectName": subject["name"], "subjectCountry": subject["country"]}
        else:
            reference = body.pop("practiceSourceReference")
            practice_id = ids.get(reference)
            if practice_id is None:
                sys.exit("no catalogue practice has the source reference " + reference)
            body["subject"] = {"type": "practice", "practiceId": practice_id}
            query = {"practiceId": practice_id}
        query["framework"] = body["framework"]
        status, existing = call("GET", assessments + "/api/v1/assessments?" + urllib.parse.urlencode(query))
        if status == 200 and existing["total"] > 0:
            skipped += 1
            continue
        deadline = time.time() + 90
        while True:
            status, answer = call("POST", assessments + "/api/v1/assessments?submit=true", key, body)
            if status != 422 or time.time() > deadline:
                break
            time.sleep(1)
        if status != 201:
            sys.exit("assessment of %s refused: %s %s" % (body["subject"], status, answer))
        created += 1
    print("created %d, already there %d" % (created, skipped))


if __name__ == "__main__":
    main()
