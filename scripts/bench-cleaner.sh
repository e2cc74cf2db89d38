#!/usr/bin/env bash
# Times the article cleaner (release build) and checks its output against
# saved dumps, on three sets of articles:
#   seeds      content/articles (the five real articles)
#   synthetic  N generated articles (../shared/bench/gen_corpus.py)
#   stress     awkward generated bodies (scripts/cleaner-stress-corpus.py),
#              cleaned raw: odd characters, CR/CRLF line endings
#
#   scripts/bench-cleaner.sh                  # time all three
#   scripts/bench-cleaner.sh --dump DIR       # also write DIR/{seeds,synthetic,stress}.txt
#   scripts/bench-cleaner.sh --check DIR      # also compare with those files
#
# Take the dumps with the build you trust, then --check after every change:
# the output must stay byte for byte the same.
#
# Environment: N (synthetic articles, default 2000), RUNS (default 5),
# THREADS (default 1; above 1 also checks threaded results equal serial ones),
# CORPUS (default /tmp/cleanbench), STRESS (default /tmp/cleanstress), SETS
# (default "seeds synthetic stress"). Missing corpora are generated.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-2000}
RUNS=${RUNS:-5}
THREADS=${THREADS:-1}
CORPUS=${CORPUS:-/tmp/cleanbench}
STRESS=${STRESS:-/tmp/cleanstress}
SETS=${SETS:-seeds synthetic stress}
GENERATOR=${GENERATOR:-../shared/bench/gen_corpus.py}
mode=${1:-}
dir=${2:-}

swift build -c release --product cleaner-bench >/dev/null
bench=.build/release/cleaner-bench

if [ ! -d "$CORPUS/content/articles" ]; then
    python3 "$GENERATOR" --n "$N" --out "$CORPUS" >/dev/null
fi
if [ ! -d "$STRESS" ]; then
    python3 scripts/cleaner-stress-corpus.py "$STRESS" --lines content/articles "$CORPUS/content/articles"
fi

run() { # name repeat folder [flags]
    local name=$1 repeat=$2 folder=$3
    shift 3
    local extra=("$@")
    case "$mode" in
        --dump) extra+=(--dump "$dir/$name.txt") ;;
        --check) extra+=(--check "$dir/$name.txt") ;;
    esac
    echo "== $name"
    "$bench" --runs "$RUNS" --repeat "$repeat" --threads "$THREADS" "${extra[@]}" "$folder"
}
for set in $SETS; do
    case "$set" in
        seeds) run seeds 20 content/articles ;;
        synthetic) run synthetic 1 "$CORPUS/content/articles" ;;
        stress) run stress 1 "$STRESS" --raw ;;
    esac
done
