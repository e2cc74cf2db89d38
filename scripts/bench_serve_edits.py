#!/usr/bin/env python3
"""Edits one article under a running `dossier serve` and times, from the moment the file is
saved, until the server serves the article's page with the edit, and until it has rebuilt the
whole site (its log says "rebuilt after"). Both include the time the watcher takes to notice
the save, which the server's own figures ("in 16 ms") do not.

    bench_serve_edits.py BASE_URL ARTICLE_FILE PAGE_PATH SERVE_LOG [RUNS]

Prints: median save-to-page seconds, median save-to-rebuilt seconds. Restores the article.
"""
import statistics
import sys
import time
import urllib.request

base, article, page, log = sys.argv[1:5]
runs = int(sys.argv[5]) if len(sys.argv) > 5 else 3
original = open(article, encoding="utf-8").read()


def rebuilds():
    with open(log, encoding="utf-8", errors="replace") as f:
        return sum(1 for line in f if line.startswith("rebuilt after "))


def wait(condition, what):
    deadline = time.monotonic() + 120
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(f"bench_serve_edits: timed out waiting for {what}")
        time.sleep(0.002)
    return time.monotonic()


def serves(marker):
    try:
        return marker in urllib.request.urlopen(base + page, timeout=10).read().decode("utf-8")
    except OSError:
        return False


to_page, to_site = [], []
try:
    for run in range(runs):
        done = rebuilds()
        marker = f"An edit saved for the benchmark, number {run + 1}."
        saved = time.monotonic()
        with open(article, "w", encoding="utf-8") as f:
            f.write(original + "\n" + marker + "\n")
        to_page.append(wait(lambda: serves(marker), "the edited page") - saved)
        to_site.append(wait(lambda: rebuilds() > done, "the rebuild") - saved)
        time.sleep(1)
finally:
    with open(article, "w", encoding="utf-8") as f:
        f.write(original)
print(f"{statistics.median(to_page):.3f} {statistics.median(to_site):.2f}")
