#!/usr/bin/env bash
# Times the article cleaner (release build) on the seed articles and on a
# synthetic corpus, and checks its output against saved oracle dumps.
#
#   scripts/bench-cleaner.sh                  # time seeds + 2,000 synthetic articles
#   scripts/bench-cleaner.sh --dump DIR       # also write DIR/seeds.txt, DIR/synthetic.txt
#   scripts/bench-cleaner.sh --check DIR      # also compare with DIR/seeds.txt, DIR/synthetic.txt
#
# Environment: N (synthetic articles, default 2000), RUNS (default 5),
# THREADS (default 1), CORPUS (default /tmp/cleanbench; generated if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-2000}
RUNS=${RUNS:-5}
THREADS=${THREADS:-1}
CORPUS=${CORPUS:-/tmp/cleanbench}
GENERATOR=${GENERATOR:-../shared/bench/gen_corpus.py}
mode=${1:-}
dir=${2:-}

swift build -c release --product cleaner-bench >/dev/null
bench=.build/release/cleaner-bench

if [ ! -d "$CORPUS/content/articles" ]; then
    python3 "$GENERATOR" --n "$N" --out "$CORPUS" >/dev/null
fi

run() { # name folder repeat
    local extra=()
    case "$mode" in
        --dump) extra=(--dump "$dir/$1.txt") ;;
        --check) extra=(--check "$dir/$1.txt") ;;
    esac
    echo "== $1"
    "$bench" --runs "$RUNS" --repeat "$3" --threads "$THREADS" "${extra[@]}" "$2"
}
run seeds content/articles 20
run synthetic "$CORPUS/content/articles" 1
