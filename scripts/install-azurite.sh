#!/usr/bin/env bash
# Installs Azurite (the Azure Storage emulator, npm package `azurite`) for the Blob storage tests, from the
# committed lock in tests/SeatedRelease.Tests/Azurite. The tests start it themselves; nothing is installed at
# test time. Safe to run again: it does nothing when the lock has not changed since the last install.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
azurite_dir="$root/tests/SeatedRelease.Tests/Azurite"

if ! command -v npm >/dev/null 2>&1; then
  echo "install-azurite: npm is missing; install Node.js and npm (apt-get install -y nodejs npm)" >&2
  exit 1
fi

if [ ! -f "$azurite_dir/node_modules/.package-lock.json" ] || [ "$azurite_dir/package-lock.json" -nt "$azurite_dir/node_modules/.package-lock.json" ]; then
  echo "install-azurite: npm ci in tests/SeatedRelease.Tests/Azurite"
  (cd "$azurite_dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
  touch "$azurite_dir/node_modules/.package-lock.json"
fi
