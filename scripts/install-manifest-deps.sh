#!/usr/bin/env bash
# Installs the npm packages the manifest test uses: Microsoft's Teams manifest JSON schemas
# (@microsoft/app-manifest) and the ajv validator, from the committed lock file.
# Safe to run again: it does nothing when the lock has not changed since the last install.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/tests/SeatedRelease.Tests/Manifests"

if ! command -v npm >/dev/null 2>&1; then
  echo "install-manifest-deps: npm is missing; install Node.js and npm (apt-get install -y nodejs npm)" >&2
  exit 1
fi

if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
  echo "install-manifest-deps: npm ci in tests/SeatedRelease.Tests/Manifests"
  (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts)
  touch "$dir/node_modules/.package-lock.json"
fi
