#!/usr/bin/env bash
# Runs the whole test suite (installing what a fresh Debian machine lacks).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
# Serially: the suite includes a real HTTP server on Swift's cooperative thread pool (two threads on
# two cores) and tests that block threads waiting for killed builds; run side by side they starve it.
swift test --no-parallel
