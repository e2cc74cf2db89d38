#!/usr/bin/env bash
# Fuzzes dossier with libFuzzer: the targets of the Fuzz/ package, one after the other, each in
# one process on one core (the machine is shared).
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]   build, then fuzz each target that long (default 60)
#   bash scripts/fuzz.sh --replay               build, then run each target once over its
#                                               regressions and seeds, without fuzzing
#
# FUZZ_TARGETS="FuzzCleaner ..." picks targets; FUZZ_RUNS=N also stops each job after N executions;
# FUZZ_MAX_LEN=N caps the input size (default 65536, the limit on editor Markdown); FUZZ_JOBS=N runs
# N processes of each target at once, sharing one corpus (default 1; executions are summed).
# Seeds: Fuzz/Corpus/<target>/ (written by hand) plus the repository's own content and test
# fixtures, read in place. What a run adds to the corpus goes to Fuzz/Work/<target>/, its log
# to Fuzz/Work/<target>.log, and a crash or broken invariant to Fuzz/Crashes/<target>/. Fix it,
# then move the input to Fuzz/Regressions/<target>/ so that every later run, and CI, replays it.
# Exits 1 if any target crashed.
set -euo pipefail

# Seeds from the repository, by target: the files each stage really reads.
seeds() {
  local fixtures=Tests/DossierCoreTests/Fixtures
  case "$1" in
    FuzzFrontMatter) ls -d content $fixtures/*/content ;;
    FuzzCleaner) ls -d content/articles Tests/DossierCoreTests/Ingest/Fixtures/seeds $fixtures/*/content/articles ;;
    FuzzTextFastPaths) ls -d content/articles Tests/DossierCoreTests/Ingest/Fixtures/seeds ;;
    FuzzMarkdownLinking) ls -d content/{topics,people,organisations} $fixtures/*/content/{topics,people,organisations} 2>/dev/null || true ;;
  esac
}

# Everything runs inside a function: bash reads a script as it goes, so editing this file while
# a long run is under way would otherwise change what the run does next.
main() {
  cd "$(dirname "$0")/.."
  source scripts/install-deps.sh
  # Swift's backtracer would otherwise take over the crash signal that libFuzzer reports.
  export SWIFT_BACKTRACE=enable=no

  local replay=false seconds=60
  case "${1:-}" in
    --replay) replay=true ;;
    "") ;;
    *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] | --replay" >&2; exit 64 ;;
    *) seconds=$1 ;;
  esac
  local targets=(${FUZZ_TARGETS:-FuzzFrontMatter FuzzCleaner FuzzMarkdownLinking FuzzTextFastPaths})

  echo "== building the fuzz targets (release, -sanitize=fuzzer)"
  local root=$PWD
  # -enable-testing: the targets reach the loader's internal types through @testable import.
  local build=(swift build --package-path Fuzz -c release --sanitize=fuzzer -Xswiftc -enable-testing)
  mkdir -p Fuzz/Work
  local start=$SECONDS
  "${build[@]}" >Fuzz/Work/build.log 2>&1 || { cat Fuzz/Work/build.log >&2; echo "fuzz build failed" >&2; exit 1; }
  echo "built in $((SECONDS - start)) s"
  local bin
  bin=$("${build[@]}" --show-bin-path)

  local failed=() summary=() target
  for target in "${targets[@]}"; do
    mkdir -p "Fuzz/Corpus/$target" "Fuzz/Regressions/$target" "Fuzz/Work/$target" "Fuzz/Crashes/$target"
    local extra folders options log status outcome
    mapfile -t extra < <(seeds "$target" | sed "s|^|$root/|")
    folders=("$root/Fuzz/Regressions/$target" "$root/Fuzz/Corpus/$target" "${extra[@]}")
    options=(-max_len=${FUZZ_MAX_LEN:-65536} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$root/Fuzz/Crashes/$target/")
    log="$root/Fuzz/Work/$target.log"
    status=0
    if $replay; then
      echo "== $target: replaying regressions and seeds"
      # -runs=0 executes every input of the folders once and stops.
      "$bin/$target" "${options[@]}" -runs=0 "${folders[@]}" >"$log" 2>&1 || status=$?
      outcome="$(find "${folders[@]}" -type f | wc -l) inputs replayed"
    else
      echo "== $target: fuzzing for $seconds s"
      # A copy of the binary runs, so rebuilding meanwhile cannot pull it from under a long run.
      # Each job runs in a child process whose output goes to fuzz-<job>.log in the working
      # folder (one per target). New inputs go to the first folder, which every job reads.
      local job="Fuzz/Work/$target.job" limit=() jobs=${FUZZ_JOBS:-1}
      rm -rf "$job"
      mkdir -p "$job"
      cp "$bin/$target" "$job/$target"
      [ -z "${FUZZ_RUNS:-}" ] || limit=(-runs="$FUZZ_RUNS")
      (cd "$job" && exec "./$target" "${options[@]}" "${limit[@]}" -max_total_time="$seconds" -workers="$jobs" -jobs="$jobs" \
          "$root/Fuzz/Work/$target" "${folders[@]}" >/dev/null 2>&1) || status=$?
      cat "$job"/fuzz-*.log >"$log"
      ! grep -qE "^==[0-9]+== ERROR|invariant broken" "$log" || status=1
      local executions rate
      executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{ sum += $1 } END { if (NR) print sum }')
      rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | awk '{ sum += $1 } END { if (NR) print sum }')
      outcome="${executions:-no} executions (${rate:-?}/s, at most $seconds s)"
      [ -n "$executions" ] || status=1
    fi
    if [ "$status" -eq 0 ]; then
      summary+=("$target: $outcome, no crash")
    else
      failed+=("$target")
      grep -E "invariant broken|ERROR|SUMMARY|Test unit written|Fatal error" "$log" | head -20 >&2 || true
      summary+=("$target: FAILED ($outcome), see $log and Fuzz/Crashes/$target/; reproduce with $bin/$target FILE")
    fi
  done

  echo "== fuzzing summary"
  printf '%s\n' "${summary[@]}"
  [ ${#failed[@]} -eq 0 ] || exit 1
}

main "$@"
