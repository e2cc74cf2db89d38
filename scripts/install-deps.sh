#!/usr/bin/env bash
# Installs what building dossier needs on Debian: the cmark-gfm C library and pkg-config.
# Safe to repeat: does nothing when everything is there.
set -euo pipefail
needed=()
for package in libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || needed+=("$package")
done
if ((${#needed[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${needed[@]}" >/dev/null
fi
command -v swift >/dev/null || export PATH="/opt/swift/usr/bin:$PATH"
command -v swift >/dev/null || { echo "swift not found: install Swift 6 (https://swift.org/install)" >&2; exit 1; }
