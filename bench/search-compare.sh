#!/usr/bin/env bash
# Weekly's search against Pagefind on the same generated site (issue #17); numbers in bench/RESULTS.md.
#
#   bench/search-compare.sh [--gen PATH] [N]        (N issues, default 1000)
#
# 1. Generates N issues (gen_corpus.py --seed 1, as bench/run.sh) and builds them with Weekly (--future) into
#    bench/work/search-N/out.
# 2. Time added to the build: our search index alone (bench/searchindex: median of 5, wall and CPU) against
#    `pagefind --site out` (/usr/bin/time), indexing the story pages' <article> (headline and body, no term links),
#    the same text our index reads.
# 3. Bytes for a first query and the top 10 results of the ten queries of bench/RESULTS.md, in Chromium
#    (bench/search-compare.mjs).
# Installs pagefind (npm, the version below) under bench/work/ and tests/browser's node_modules when missing.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$repo/bench/work"
gen="$repo/../shared/bench/gen_corpus.py"
pagefind_version=1.6.0
n=1000
while (($#)); do
  case "$1" in
    --gen) gen=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) n=$1; shift ;;
  esac
done
dir="$work/search-$n"
mkdir -p "$work"
if [[ ! -f $work/corpus-$n/.done ]]; then
  rm -rf "$work/corpus-$n"
  python3 "$gen" "$n" --seed 1 --out "$work/corpus-$n/seeds" --peer-markdown "$work/corpus-$n/md" >/dev/null
  touch "$work/corpus-$n/.done"
fi
rm -rf "$dir" && mkdir -p "$dir/site"
cp -r "$repo/input" "$repo/theme" "$dir/site/" && cp -r "$work/corpus-$n/seeds" "$dir/site/seeds"

echo "Building Weekly (Release) ..." >&2
dotnet build "$repo/src/Weekly.Cli" -c Release -nologo -v quiet >&2
weekly="$repo/src/Weekly.Cli/bin/Release/net10.0/Weekly.Cli"
/usr/bin/time -f "weekly build: %e s wall, %U s user, %S s sys" "$weekly" build --future --source "$dir/site" --output "$dir/out" 2>&1 | tail -2
echo "Our search index alone:"
dotnet run -c Release --project "$repo/bench/searchindex" -- "$dir/site" 5

pagefind="$work/pagefind-npm/node_modules/.bin/pagefind"
if [[ ! -x $pagefind ]]; then
  mkdir -p "$work/pagefind-npm"
  (cd "$work/pagefind-npm" && npm init -y >/dev/null && npm install --no-audit --no-fund "pagefind@$pagefind_version" >&2)
fi
echo "Pagefind $pagefind_version:"
/usr/bin/time -f "pagefind: %e s wall, %U s user, %S s sys, %M KB peak RSS" "$pagefind" --site "$dir/out" \
  --glob 'issues/*/*/index.html' --root-selector 'article.story-page' --exclude-selectors 'p.meta' --exclude-selectors 'dl.term-links' 2>&1 \
  | grep -E 'Indexed [0-9]+ pages|pagefind:'
du -sb "$dir/out/search" "$dir/out/pagefind" | awk '{printf "%s: %.1f MB\n", $2, $1 / 1e6}'

[[ -d $repo/tests/browser/node_modules/playwright-core ]] || (cd "$repo/tests/browser" && npm ci >&2)
node "$repo/bench/search-compare.mjs" "$dir/out"
