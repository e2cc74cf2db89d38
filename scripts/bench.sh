#!/usr/bin/env bash
# Benchmark: dossier against Hugo on the same synthetic corpus, and the cmark-gfm floor.
#
#   bash scripts/bench.sh N [RUNS]
#
# Generates N articles with ../shared/bench/gen_corpus.py (people, organisations, topics and
# the equivalent Hugo site), converts them to dossier's content format, builds both with
# release binaries and prints wall time, CPU time, peak memory and pages for each, the ratio
# dossier ÷ Hugo, the cmark floor, and dossier's rebuild times after one edit (a paragraph
# appended to an article where no topic takes it; then a sentence added to another article's
# lead paragraph, which a topic takes, so its briefing is composed again) and no edit, by the command line and in `dossier serve` (there, from the save to
# the edited article's own page served, then to the whole site rebuilt; peak memory is the
# serving process's).
# Outputs go to new folders under /tmp/dossier-bench-dossier/nN (never deleted between timed
# runs: on ext4, creating files soon after deleting many is several times slower).
set -euo pipefail
N=${1:?usage: bash scripts/bench.sh N [RUNS]}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "$ROOT/../shared" && pwd)
W=/tmp/dossier-bench-dossier/n$N
source "$ROOT/scripts/install-deps.sh"
for tool in hugo cc /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq hugo gcc time >/dev/null; break; }
done

if [ ! -d "$W/dossier/content" ]; then
  echo "== generating N=$N into $W"
  rm -rf "$W"; mkdir -p "$W"
  python3 "$SHARED/bench/gen_corpus.py" --n "$N" --out "$W/gen" >/dev/null
  python3 "$ROOT/scripts/bench_convert.py" "$W/gen" "$W/dossier" "$ROOT"
  sync; echo "== waiting 65 s so ext4 forgets the generator's deleted inodes"; sleep 65
fi

echo "== building release binaries"
(cd "$ROOT" && swift build -c release --product dossier 2>&1 | tail -1)
cc -O2 -o "$W/cmark_floor" "$SHARED/bench/cmark_floor.c" -lcmark-gfm-extensions -lcmark-gfm
find "$W/gen/content/articles" -name '*.md' | LC_ALL=C sort > "$W/list.txt"
DOSSIER="$ROOT/.build/release/dossier"

# time_runs NAME COMMAND...: RUNS runs, each with a fresh output folder (@OUT@ in the command);
# prints the median wall, CPU (user+sys) and peak RSS.
time_runs() {
  local name=$1; shift
  local walls=() cpus=() rss=()
  for run in $(seq 1 "$RUNS"); do
    local out="$W/out/$name-$(date +%s%N)"
    local cmd=("${@//@OUT@/$out}")
    mkdir -p "$out"
    /usr/bin/time -f "%e %U %S %M" -o "$W/time.txt" "${cmd[@]}" >/dev/null 2>"$W/stderr.txt" || { cat "$W/stderr.txt" >&2; exit 1; }
    read -r wall user sys kb < "$W/time.txt"
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)"); rss+=("$kb")
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf '%s %s %s %s\n' "$name" "$(median "${walls[@]}")" "$(median "${cpus[@]}")" "$(( $(median "${rss[@]}") / 1024 ))"
}

mkdir -p "$W/out"
# Each output keeps its build cache beside it (hundreds of MB at N = 10,000), and no later run
# builds into an earlier run's folder: the old caches are never read again.
rm -f "$W/out/.dossier-cache/"*.steps "$W/out/.dossier-cache/"*.steps.new
echo "== timing ($RUNS runs each)"
dossier_line=$(time_runs dossier "$DOSSIER" build --quiet --content "$W/dossier/content" --templates "$ROOT/templates" --output @OUT@)
# The newest output of a build: folder names end in a nanosecond timestamp, and globs sort.
latest() { local dirs=("$W/out/$1"-*); printf '%s\n' "${dirs[-1]}"; }
dossier_site=$(latest dossier)
dossier_pages=$(find "$dossier_site" -name '*.html' | wc -l)
hugo_line=$(time_runs hugo hugo --quiet -s "$W/gen/hugo" -d @OUT@)
hugo_pages=$(find "$(latest hugo)" -name '*.html' | wc -l)
floor_line=$(time_runs floor "$W/cmark_floor" -o @OUT@ "$W/list.txt")

# Rebuilds into the same output folder: after editing one article, and after no change. The
# two articles edited are picked from the built site's open data (scripts/bench_pick_articles.py):
# one whose appended paragraph no topic takes, and one whose lead paragraph a topic takes.
"$DOSSIER" build --quiet --content "$W/dossier/content" --templates "$ROOT/templates" --output "$dossier_site" >/dev/null
read -r article lead_article < <(python3 "$ROOT/scripts/bench_pick_articles.py" "$dossier_site")
# Each edit is undone on exit, so repeated runs time the same corpus.
cp "$W/dossier/content/articles/$article" "$W/edited-article.orig"
cp "$W/dossier/content/articles/$lead_article" "$W/lead-article.orig"
restore() {
  cp "$W/edited-article.orig" "$W/dossier/content/articles/$article"
  cp "$W/lead-article.orig" "$W/dossier/content/articles/$lead_article"
}
trap restore EXIT
# The briefings whose Markdown the last build changed, as "changed of total".
briefings_changed() {
  local total=0 changed=0
  for md in "$W/briefings-before"/*.md; do
    total=$((total + 1))
    cmp -s "$md" "$dossier_site/briefings/$(basename "$md")" || changed=$((changed + 1))
  done
  echo "$changed of $total"
}
rm -rf "$W/briefings-before"; cp -r "$dossier_site/briefings" "$W/briefings-before"
printf '\nOne more sentence, added for the benchmark.\n' >> "$W/dossier/content/articles/$article"
/usr/bin/time -f "%e %U %S %M" -o "$W/time.txt" "$DOSSIER" build --quiet --content "$W/dossier/content" --templates "$ROOT/templates" --output "$dossier_site" >/dev/null
read -r edit_wall _ _ edit_kb < "$W/time.txt"
edit_briefings=$(briefings_changed)
/usr/bin/time -f "%e %U %S %M" -o "$W/time.txt" "$DOSSIER" build --quiet --content "$W/dossier/content" --templates "$ROOT/templates" --output "$dossier_site" >/dev/null
read -r same_wall _ _ _ < "$W/time.txt"

# A sentence added to the other article's lead paragraph, which a topic takes: its briefing is
# composed again, as after an editor's correction to a reported sentence.
restore
"$DOSSIER" build --quiet --content "$W/dossier/content" --templates "$ROOT/templates" --output "$dossier_site" >/dev/null
rm -rf "$W/briefings-before"; cp -r "$dossier_site/briefings" "$W/briefings-before"
python3 "$ROOT/scripts/bench_edit_paragraph.py" "$W/dossier/content/articles/$lead_article"
/usr/bin/time -f "%e %U %S %M" -o "$W/time.txt" "$DOSSIER" build --quiet --content "$W/dossier/content" --templates "$ROOT/templates" --output "$dossier_site" >/dev/null
read -r lead_wall _ _ lead_kb < "$W/time.txt"
lead_briefings=$(briefings_changed)

# Edits under `dossier serve`, which keeps the last build in memory: started on the unedited
# corpus, it rebuilds when the file changes.
restore
serve_log="$W/serve.log"
"$DOSSIER" serve --port 0 --content "$W/dossier/content" --templates "$ROOT/templates" --output "$W/out/serve" >"$serve_log" 2>&1 &
serve_pid=$!
trap 'kill $serve_pid 2>/dev/null; restore' EXIT
wait_for_serve() {
  for _ in $(seq 1 1200); do
    grep -q "$1" "$serve_log" && return 0
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.25
  done
  echo "dossier serve did not print '$1':" >&2; cat "$serve_log" >&2; exit 1
}
wait_for_serve '^built '
# What watching costs while nothing changes: the server's CPU over 5 s, in % of one core.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$serve_pid/stat"; }
idle_before=$(cpu_ticks); sleep 5; idle_after=$(cpu_ticks)
serve_idle=$(( (idle_after - idle_before) * 100 / $(getconf CLK_TCK) / 5 ))
# Three edits, each timed from the save: to the edited article's own page served, and to the
# whole site rebuilt.
port=$(grep -m1 -o 'http://127.0.0.1:[0-9]*/' "$serve_log")
read -r page_wall serve_edit_wall < <(python3 "$ROOT/scripts/bench_serve_edits.py" "$port" \
  "$W/dossier/content/articles/$article" "articles/${article%.*}.html" "$serve_log" 3)
serve_peak=$(( $(awk '/^VmHWM/ {print $2}' "/proc/$serve_pid/status") / 1024 ))
kill "$serve_pid"

read -r _ dw dc dm <<< "$dossier_line"
read -r _ hw hc hm <<< "$hugo_line"
read -r _ fw fc fm <<< "$floor_line"
echo
echo "dossier benchmark: N=$N articles, $(nproc) cores, $(date -u +%F), median of $RUNS runs, outputs on $(df -T /tmp | awk 'NR==2{print $2}')"
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "build" "wall s" "CPU s" "peak MiB" "pages"
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "----" "----:" "----:" "----:" "----:"
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "dossier (clean)" "$dw" "$dc" "$dm" "$dossier_pages"
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "Hugo 0.111 (clean)" "$hw" "$hc" "$hm" "$hugo_pages"
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "cmark-gfm floor" "$fw" "$fc" "$fm" "$N"
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "dossier, one edit" "$edit_wall" "" "$(( edit_kb / 1024 ))" ""
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "dossier, one edit, lead" "$lead_wall" "" "$(( lead_kb / 1024 ))" ""
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "dossier, no change" "$same_wall" "" "" ""
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "serve: save to page shown" "$page_wall" "" "" ""
printf '| %-26s | %8s | %8s | %10s | %7s |\n' "serve: save to site built" "$serve_edit_wall" "" "$serve_peak" ""
echo
echo "dossier serve while nothing changes: ${serve_idle}% of one core"
echo "one edit: appending a paragraph to $article changed $edit_briefings briefings"
echo "one edit, lead: the sentence added to the lead paragraph of $lead_article changed $lead_briefings briefings"
echo "dossier's build cache for the site: $(du -ch "$W/out/.dossier-cache/$(basename "$dossier_site")".* | tail -1 | cut -f1)"
echo "dossier ÷ Hugo (wall): $(echo "scale=2; $dw / $hw" | bc)    dossier ÷ floor (wall): $(echo "scale=2; $dw / $fw" | bc)"
