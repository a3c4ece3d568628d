#!/usr/bin/env bash
# Deploy time (issue #18): from a clean clone to a built site, with the README's command, the Netlify
# command before netlify/build.sh (`dotnet run -c Release`) and netlify/build.sh; NuGet cache warm and cold.
# Needs hyperfine (apt-get install hyperfine) and the .NET SDK. Results: bench/RESULTS.md, "Deploy time".
#
#   bash bench/deploy_time.sh [ROUNDS]      (default 3 rounds; about 20 minutes on 2 cores)
#
# Each round runs every case once, in turn, so a change in the machine's load (it is shared) falls on all
# cases alike; the summary gives each case's median over the rounds. Every run starts from `git clone` of this repository's HEAD into a scratch folder (the clone is timed).
# "cold" empties NUGET_PACKAGES before each run; "warm" keeps one that a warm-up run filled. Each case runs
# with its own TMPDIR, where the compiler server and MSBuild nodes put their pipes, so no build server of
# another build on the machine is reused, and the ones a run started are shut down before the next run.
# The .NET SDK is the machine's (installing it, netlify/build.sh's first step on Netlify, is not timed).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}
work=$(mktemp -d /tmp/weekly-deploy-time.XXXX)
url=https://example.org
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "machine: $(nproc) cores, $(uname -sr), dotnet $(dotnet --version), $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"

# case NAME NUGET(warm|cold) BIN_CACHE(empty|kept) COMMAND: one timed run (after a warm-up in round 1 for a warm cache)
case_() {
  local name=$1 nuget=$2 bins=$3 cmd=$4 dir="$work/$1"
  mkdir -p "$dir/tmp"
  local env="TMPDIR=$dir/tmp NUGET_PACKAGES=$dir/nuget WEEKLY_BIN_CACHE=$dir/bin URL=$url"
  local prepare="env $env dotnet build-server shutdown --msbuild --vbcscompiler >/dev/null 2>&1; rm -rf $dir/x"
  [ "$nuget" = cold ] && prepare="$prepare $dir/nuget"
  [ "$bins" = empty ] && prepare="$prepare $dir/bin"
  local warmup=0
  if [ "$round" = 1 ] && { [ "$nuget" = warm ] || [ "$bins" = kept ]; }; then warmup=1; fi
  hyperfine --runs 1 --warmup "$warmup" --prepare "$prepare" --export-json "$work/$name.$round.json" --style basic \
    -n "$name" "env $env bash -c 'git clone -q $repo $dir/x && cd $dir/x && $cmd >>$dir/log 2>&1'"
  env TMPDIR="$dir/tmp" dotnet build-server shutdown --msbuild --vbcscompiler >/dev/null 2>&1 || true
}

readme='dotnet run --project src/Weekly.Cli -- build'
old="dotnet run --project src/Weekly.Cli -c Release -- build --base-url $url/"
new='bash netlify/build.sh'

for round in $(seq 1 "$rounds"); do
  echo "round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
  case_ readme-warm warm empty "$readme"
  case_ readme-cold cold empty "$readme"
  case_ netlify-old-warm warm empty "$old"
  case_ netlify-old-cold cold empty "$old"
  case_ netlify-new-warm warm empty "$new"
  case_ netlify-new-cold cold empty "$new"
  case_ netlify-new-reuse warm kept "$new"
done

python3 - "$work" <<'PY'
import collections, glob, json, os, re, statistics, sys
runs = collections.defaultdict(list)
for path in glob.glob(os.path.join(sys.argv[1], "*.json")):
    name = os.path.basename(path).split(".")[0]
    runs[name].append(json.load(open(path))["results"][0])
steps = collections.defaultdict(list)
for log in glob.glob(os.path.join(sys.argv[1], "*", "log")):
    case = os.path.basename(os.path.dirname(log))
    for m in re.finditer(r"netlify/build.sh: (sdk|restore|compile|build site)(?: [0-9.]+(?= [0-9.]+ s))?(?: \(reused[^)]*\))? ([0-9.]+) s", open(log).read()):
        steps[(case, m.group(1))].append(float(m.group(2)))
for name in sorted(runs):
    r = runs[name]
    wall = [x["mean"] for x in r]
    cpu = [x["user"] + x["system"] for x in r]
    line = "%-18s wall median %6.1f s (min %6.1f, max %6.1f)  user+sys median %5.1f s  runs %d" % (
        name, statistics.median(wall), min(wall), max(wall), statistics.median(cpu), len(r))
    parts = ["%s %.1f" % (k[1], statistics.median(v)) for k, v in sorted(steps.items()) if k[0] == name]
    print(line + ("  steps (median s, warm-ups included): " + ", ".join(parts) if parts else ""))
PY
echo "step times (netlify/build.sh's own lines): $work/*/log; load now: $(cut -d' ' -f1-3 /proc/loadavg)"
