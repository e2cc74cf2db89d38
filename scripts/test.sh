#!/usr/bin/env bash
# Runs the whole test suite (installing what a fresh Debian machine lacks).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
swift test
