"""Picks the two articles the benchmark edits, from a site dossier built of the corpus.

    python3 scripts/bench_pick_articles.py SITE

Prints two file names under content/articles/: one whose appended paragraph no topic will
take, and one whose lead paragraph a topic takes. The benchmark's first edit then composes no
briefing and its second composes at least one, at every N: taking the first article by name,
as before, the first edit composed a briefing again at N = 30,000 and not at N = 10,000, so
the two sizes timed different work.

Read from the site's open data (data/articles.json, data/classification.json). An appended
paragraph is taken by a topic as context when one topic matches at least 40% of the article's
paragraphs (TopicClassifier.dominantShare), so the first pick has no context paragraphs and
a share under 30%.
"""
import collections
import json
import os
import sys

site = sys.argv[1]
articles = json.load(open(os.path.join(site, "data", "articles.json"), encoding="utf-8"))
entries = collections.defaultdict(list)
for entry in json.load(open(os.path.join(site, "data", "classification.json"), encoding="utf-8")):
    entries[entry["article"]].append(entry)


def untaken_when_appended(article):
    found = entries[article["slug"]]
    if any(entry["reason"] == "article-context" for entry in found):
        return False
    matched = collections.Counter(entry["topic"] for entry in found if entry["reason"] == "matched")
    return max(matched.values(), default=0) < 0.3 * max(article["paragraphs"], 1)


def lead_taken(article):
    return any(entry["paragraph"] == 1 and entry["reason"] == "matched" for entry in entries[article["slug"]])


ordered = sorted(articles, key=lambda article: article["file"])
appended = next(article for article in ordered if untaken_when_appended(article))
lead = next(article for article in ordered if lead_taken(article))
print(os.path.basename(appended["file"]), os.path.basename(lead["file"]))
