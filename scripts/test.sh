#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need, restores, builds and tests the solution.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/install-browser-deps.sh
bash scripts/install-azurite.sh
bash scripts/install-manifest-deps.sh

dotnet restore SeatedRelease.sln
dotnet build SeatedRelease.sln --no-restore -c Debug
log=$(mktemp)
set +e
dotnet test SeatedRelease.sln --no-build -c Debug 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line that any reader of the log can count.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
