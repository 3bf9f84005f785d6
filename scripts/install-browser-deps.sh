#!/usr/bin/env bash
# Installs what the browser test needs and is missing: Debian's Chromium and the test's npm
# packages (playwright-core drives the system Chromium; it never downloads a browser of its own).
# Safe to run again: it does nothing when everything is already there.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
browser_dir="$root/tests/SeatedRelease.Tests/Browser"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-browser-deps: /usr/bin/chromium is missing and installing it needs root: sudo apt-get install -y chromium" >&2
    exit 1
  fi
  echo "install-browser-deps: installing Debian's chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "install-browser-deps: npm is missing; install Node.js and npm (apt-get install -y nodejs npm)" >&2
  exit 1
fi

# npm ci only when the lock file changed since the last install.
if [ ! -f "$browser_dir/node_modules/.package-lock.json" ] || [ "$browser_dir/package-lock.json" -nt "$browser_dir/node_modules/.package-lock.json" ]; then
  echo "install-browser-deps: npm ci in tests/SeatedRelease.Tests/Browser"
  (cd "$browser_dir" && npm ci --no-audit --no-fund --ignore-scripts)
  touch "$browser_dir/node_modules/.package-lock.json"
fi
