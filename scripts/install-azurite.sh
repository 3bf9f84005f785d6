#!/usr/bin/env bash
# Installs Azurite (the Azure Storage emulator, npm package `azurite`) for the Blob storage tests, from the
# committed lock in tests/SeatedRelease.Tests/Azurite. The tests start it themselves; nothing is installed at
# test time. Safe to run again: it does nothing when the lock has not changed since the last install.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
azurite_dir="$root/tests/SeatedRelease.Tests/Azurite"

bash "$root/scripts/npm-ci-if-changed.sh" install-azurite "$azurite_dir" --loglevel=error
