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

bash "$root/scripts/npm-ci-if-changed.sh" install-browser-deps "$browser_dir"
