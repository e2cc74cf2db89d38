"""Adds a sentence to the first paragraph of an article's body, for the benchmark's second edit.

    python3 scripts/bench_edit_paragraph.py ARTICLE

The benchmark's first edit appends a paragraph to an article where no topic takes it; this one
edits an article whose lead paragraph a topic takes (see bench_pick_articles.py), so it composes their
briefings again, as an editor's correction to a reported sentence would.
"""
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
body_start = text.index("\n---\n", 4) + len("\n---\n") if text.startswith("---\n") else 0
body = text[body_start:]
lead = len(body) - len(body.lstrip("\n"))
end = body.find("\n\n", lead)
if end < 0:
    end = len(body.rstrip("\n"))
sentence = " Councillors were briefed on the findings the same week."
open(path, "w", encoding="utf-8").write(text[:body_start] + body[:end] + sentence + body[end:])
