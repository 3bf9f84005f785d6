#!/usr/bin/env bash
# Measures what each host optimisation is worth: builds the practice host in Release once as it is and once with
# each optimisation switched off (in copies under a scratch folder; the repo is not touched), then runs the load
# benchmark on each build, interleaved, RUNS times, and prints the median turns/s, paced p99 and server CPU per turn.
#   bash scripts/measure-host-optimisations.sh [RUNS]     (default 3; about a minute per run on 2 cores)
# An optimisation stays only where it gains at least 10% throughput or cuts p99 by at least 10% (docs/load.md).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
runs=${1:-3}
scratch=$(mktemp -d /tmp/seatedrelease-optimisations.XXXXXX)
variants=(on reply-writer-off deferred-clients-off json-memory-storage-off typed-store-json-off recent-recognitions-off)

# Switches one optimisation off in a copy of the host's source, by replacing the one line that turns it on.
switch_off() {
  local hosting=$1/src/SeatedRelease.Bot/Hosting
  case $2 in
    on) ;;
    reply-writer-off) replace "$hosting/Http/ActivityJson.cs" \
      'return ReplyJson.TryWrite(body, buffer, ToJson);' 'return body is null \&\& ReplyJson.TryWrite(body!, buffer, ToJson);' ;;
    deferred-clients-off) replace "$hosting/ServiceRegistration.cs" \
      'new DeferredClientsAuthentication(new ConfigurationBotFrameworkAuthentication(' '(new ConfigurationBotFrameworkAuthentication(' ;;
    json-memory-storage-off) replace "$hosting/Storage/StorageFactory.cs" \
      '"memory" => new JsonMemoryStorage(EndedPractice, EndedPracticeKept, TimeProvider.System),' '"memory" => new MemoryStorage(),' ;;
    typed-store-json-off) replace "$hosting/Storage/StoreJson.cs" \
      'StoreRecordJson.TryWrite(value, static utf8 => Utf8.GetString(utf8), out string json) ? json : WithTypeNames(value);' 'WithTypeNames(value);' ;;
    recent-recognitions-off) replace "$1/src/SeatedRelease.Practice/Engine/PracticeLoader.cs" \
      'new RecentRecognitions(composite is null ? rules : composite)' 'composite is null ? rules : composite' ;;
  esac
}

replace() {
  grep -qF "$2" "$1" || { echo "measure: '$2' is no longer in $1; update this script" >&2; exit 2; }
  sed -i "s|$(printf '%s' "$2" | sed 's/[][\.*^$|]/\\&/g')|$3|" "$1"
}

dotnet build tests/SeatedRelease.Load -c Release -v quiet -nologo >/dev/null
for v in "${variants[@]}"; do
  copy=$scratch/$v
  mkdir -p "$copy"
  git ls-files -z Directory.Build.props appsettings.json dialogs deploymentTemplates/skill src/SeatedRelease.Bot src/SeatedRelease.Practice \
    | grep -zv '^src/SeatedRelease.Bot/ClientApp/' | xargs -0 cp -p --parents -t "$copy"
  mkdir -p "$copy/src/SeatedRelease.Bot/ClientApp" "$copy/src/SeatedRelease.Bot/wwwroot"
  cp -p src/SeatedRelease.Bot/ClientApp/package*.json "$copy/src/SeatedRelease.Bot/ClientApp/"
  ln -s "$repo/src/SeatedRelease.Bot/ClientApp/node_modules" "$copy/src/SeatedRelease.Bot/ClientApp/node_modules"
  switch_off "$copy" "$v"
  dotnet build "$copy/src/SeatedRelease.Bot/SeatedRelease.Bot.csproj" -c Release -v quiet -nologo >/dev/null
done

load=tests/SeatedRelease.Load/bin/Release/net10.0/SeatedRelease.Load.dll
for i in $(seq "$runs"); do
  for v in "${variants[@]}"; do
    echo "run $i: $v (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    dotnet "$load" --target practice --storage memory --sessions 1000 --rounds 1 \
      --practice-dll "$scratch/$v/src/SeatedRelease.Bot/bin/Release/net10.0/SeatedRelease.Bot.dll" > "$scratch/$v-$i.log" 2>&1 || true
  done
done

echo
echo "medians of $runs runs, memory store, 64 conversations (saturated turns/s; paced p99 ms; server CPU ms per turn)"
for v in "${variants[@]}"; do
  cat "$scratch/$v"-*.log | awk -v name="$v" '
    /^practice, saturated/ { t[n++] = $3; c[m++] = $(NF-1) + 0 }
    /^practice, paced/     { p[k++] = $5 }
    function median(a, len,   i, j, x) { for (i = 0; i < len; i++) for (j = i + 1; j < len; j++) if (a[j] < a[i]) { x = a[i]; a[i] = a[j]; a[j] = x } return len ? a[int((len - 1) / 2)] : "-" }
    END { printf "%-26s %8s turns/s  p99 %6s ms  cpu %6s ms/turn\n", name, median(t, n), median(p, k), median(c, m) }'
done
echo "logs: $scratch"
