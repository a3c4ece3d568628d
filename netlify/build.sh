#!/usr/bin/env bash
# Netlify's build command (netlify.toml): the .NET SDK that global.json pins, the weekly command
# compiled once per version of its sources, then the site. Runs the same in any clean clone:
#
#   URL=https://example.org bash netlify/build.sh
#
# Each step prints its wall time (bench/RESULTS.md has the measured costs). Folders, each kept between
# Netlify builds by netlify/plugins/dotnet-cache (Netlify's build cache):
#   WEEKLY_DOTNET_DIR  the SDK when the machine has none that global.json accepts  (default ~/.dotnet)
#   NUGET_PACKAGES     NuGet's package folder                                        (default ~/.nuget/packages)
#   WEEKLY_BIN_CACHE   the compiled command, by a hash of everything it is built from (default ~/.cache/weekly-bin)
set -euo pipefail
cd "$(dirname "$0")/.."

site_url="${URL:-https://industry-blockchain-weekly.netlify.app}"
dotnet_dir="${WEEKLY_DOTNET_DIR:-$HOME/.dotnet}"
bin_cache="${WEEKLY_BIN_CACHE:-$HOME/.cache/weekly-bin}"
export NUGET_PACKAGES="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

started=$(date +%s.%N)
step() { # step NAME: prints the time since the last step
  local now
  now=$(date +%s.%N)
  awk -v a="$started" -v b="$now" -v n="$1" 'BEGIN { printf "netlify/build.sh: %s %.1f s\n", n, b - a }'
  started=$now
}

# 1. The SDK: one that global.json accepts (run here, `dotnet --version` fails without one), else install it.
if [ -x "$dotnet_dir/dotnet" ] && "$dotnet_dir/dotnet" --version >/dev/null 2>&1; then
  dotnet="$dotnet_dir/dotnet"
elif command -v dotnet >/dev/null && dotnet --version >/dev/null 2>&1; then
  dotnet=$(command -v dotnet)
else
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$dotnet_dir"
  dotnet="$dotnet_dir/dotnet"
fi
step "sdk $("$dotnet" --version)"

# 2. The weekly command, compiled once per version of what it is built from: its sources (src/), the build
#    settings and the SDK. A deploy that changes only seeds/, input/ or theme/ reuses it. Analyzers and XML
#    documentation only report on the code (CI checks them), so this build skips them; and it starts no
#    build servers (the compiler server, MSBuild nodes): with one compile per deploy nothing would reuse them.
key=""
if git rev-parse --git-dir >/dev/null 2>&1 && [ -z "$(git status --porcelain -- src global.json Directory.Build.props Directory.Packages.props)" ]; then
  key=$( { git rev-parse HEAD:src; git hash-object global.json Directory.Build.props Directory.Packages.props; "$dotnet" --version; } | sha256sum | cut -c1-16)
fi
if [ -n "$key" ] && [ -f "$bin_cache/$key/Weekly.Cli.dll" ]; then
  bin="$bin_cache/$key"
  step "compile (reused $bin)"
else
  bin=$(mktemp -d)
  "$dotnet" restore src/Weekly.Cli --disable-build-servers
  step "restore"
  "$dotnet" build src/Weekly.Cli -c Release --no-restore --disable-build-servers -o "$bin" \
    -p:RunAnalyzers=false -p:GenerateDocumentationFile=false
  step "compile"
  if [ -n "$key" ]; then
    rm -rf "$bin_cache" && mkdir -p "$bin_cache" && mv "$bin" "$bin_cache/$key" && bin="$bin_cache/$key"
  fi
fi

# 3. The site.
"$dotnet" "$bin/Weekly.Cli.dll" build --base-url "$site_url/"
step "build site"
