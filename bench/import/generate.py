"""Synthetic bulk-import files for bench/import/run.sh (deterministic; no randomness).

setup N: the facts the measured file adds to (N/10 QUANTITY facts, one claim each), written by an import
measure N: N claims in groups of five per fact; every other group goes to a stored fact, the others create
their fact (DATE or QUANTITY, with two subject entities). Four claims of a group come from sources without
article text (50 of them, created by the file's first line naming each), the fifth from one of five sources
with text, where its value is found as the excerpt.
"""
import json
import sys

STORY = "import-bench"
TEXT_SOURCES = 5


def setup(n):
    for f in range(max(1, n // 10)):
        line = {"fact": f"stored-{f}", "story": STORY, "kind": "QUANTITY", "question": f"Stored question {f}",
                "source": "seed-source", "value": "about 90 people"}
        if f == 0:
            line["sourceHeadline"] = "Seed data set"
        yield line


def measure(n):
    stored = max(1, n // 10)
    named = set()
    for i in range(n):
        group, place = divmod(i, 5)
        new = group % 2 == 1
        kind = "DATE" if new and group % 4 == 1 else "QUANTITY"
        fact = f"new-{group}" if new else f"stored-{(group // 2) % stored}"
        line = {"fact": fact}
        if new and place == 0:
            line.update(story=STORY, kind=kind, question=f"New question {group}", subjects=["bench-entity-1", "bench-entity-2"])
        if place < 4:
            source = f"data-{(group % 10) * 5 + place}"
            line["source"] = source
            if source not in named:
                named.add(source)
                line["sourceHeadline"] = f"Data set {source}"
            line["value"] = f"{2 + (i % 27)} July 2025" if kind == "DATE" else f"at least {100 + (i % 7)} people"
        else:
            line["source"] = f"article-{group % TEXT_SOURCES}"
            line["value"] = "3 July 2025" if kind == "DATE" else "at least 143 people"
        yield line


if __name__ == "__main__":
    which, n = sys.argv[1], int(sys.argv[2])
    out = sys.stdout
    for line in (setup(n) if which == "setup" else measure(n)):
        out.write(json.dumps(line, separators=(",", ":")) + "\n")
