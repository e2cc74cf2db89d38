#!/usr/bin/env bash
# Builds site/ from content/ and templates/ (installing what a fresh Debian machine lacks).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
swift build --product dossier -c release
.build/release/dossier build "$@"
