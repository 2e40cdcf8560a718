#!/usr/bin/env python3
"""Writes the request bodies wrk rotates through, one JSON document per line, and checks each kind once.

Usage: bodies.py OUT CORPUS CORROBORATE_URL POSTGRAPHILE_URL
  fact:     1,000 facts drawn (seeded) from CORPUS/facts.txt
  page:     the first ten pages of every story, with the cursors each server gives for them
  worklist: the whole worklist and each story's
"""
import json
import random
import sys
import urllib.request
from pathlib import Path

out, corpus, corroborate, postgraphile = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
queries = Path(__file__).parent / "queries"
PAGES = 10


def query(name):
    return (queries / f"{name}.graphql").read_text()


def post(url, body):
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=900) as response:
        answer = json.load(response)
    if answer.get("errors") or not answer.get("data"):
        raise SystemExit(f"{url}: {json.dumps(answer)[:500]}")
    return answer["data"]


def write(name, bodies):
    with open(out / f"{name}.bodies", "w") as file:
        for body in bodies:
            file.write(json.dumps(body, separators=(",", ":")) + "\n")


def pages(url, name, story, end_cursor):
    after = None
    for _ in range(PAGES):
        body = {"query": query(name), "variables": {"story": story, "after": after}}
        yield body
        after = end_cursor(post(url, body))
        if after is None:
            return


out.mkdir(parents=True, exist_ok=True)
facts = (corpus / "facts.txt").read_text().split()
stories = (corpus / "stories.txt").read_text().split()
chosen = random.Random(1).sample(facts, min(1000, len(facts)))
for system, url in (("corroborate", corroborate), ("postgraphile", postgraphile)):
    bodies = [{"query": query(f"{system}-fact"), "variables": {"id": fact}} for fact in chosen]
    post(url, bodies[0])
    write(f"{system}-fact", bodies)
write("corroborate-page", [body for story in stories for body in pages(
    corroborate, "corroborate-page", story, lambda data: data["facts"]["pageInfo"]["endCursor"])])
write("postgraphile-page", [body for story in stories for body in pages(
    postgraphile, "postgraphile-page", story, lambda data: data["storyByKey"]["factsByStoryId"]["pageInfo"]["endCursor"])])
worklist = [{"query": query("corroborate-worklist"), "variables": {"story": story}} for story in [None] + stories]
for body in worklist:
    post(corroborate, body)
write("corroborate-worklist", worklist)
