#!/usr/bin/env bash
# Installs the npm packages the manifest test uses: Microsoft's Teams manifest JSON schemas
# (@microsoft/app-manifest) and the ajv validator, from the committed lock file.
# Safe to run again: it does nothing when the lock has not changed since the last install.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/tests/SeatedRelease.Tests/Manifests"

bash "$root/scripts/npm-ci-if-changed.sh" install-manifest-deps "$dir"
