#!/usr/bin/env bash
# npm ci in one of the test folders, only when its committed lock changed since the last install there.
# Usage: npm-ci-if-changed.sh NAME FOLDER [extra npm ci options]   (NAME prefixes the messages)
set -euo pipefail

name="$1"
dir="$2"
shift 2

if ! command -v npm >/dev/null 2>&1; then
  echo "$name: npm is missing; install Node.js and npm (apt-get install -y nodejs npm)" >&2
  exit 1
fi

if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
  echo "$name: npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts "$@")
  touch "$dir/node_modules/.package-lock.json"
fi
