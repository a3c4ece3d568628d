#!/usr/bin/env bash
# Side-by-side build benchmark: Weekly (published native executable) against Debian's hugo on the same
# synthetic corpus, in the same run.
#
#   bench/run.sh [--gen PATH] [--runs R] [--warmup W] [--no-publish] N|real ...
#
#   N       number of synthetic issues (e.g. 10 100 1000 5000); `real` builds the repository's own
#           site (seeds/, input/, theme/) with Weekly only.
#   --gen   path of gen_corpus.py (default: ../shared/bench/gen_corpus.py beside the repository);
#           the Hugo site is taken from the folder next to it (hugo-site/).
#   --runs  timed runs per tool (default 5; a median needs at least 5).
#   --warmup  untimed runs per tool before them (default 1; 0 for very large corpora).
#   --no-publish  reuse bench/work/weekly/ instead of running `dotnet publish` again.
#
# For each N it prints, per tool: median wall time (hyperfine, one run per call), median peak RSS
# (/usr/bin/time -v "Maximum resident set size"), pages (.html files) and files and bytes written,
# and the Weekly/Hugo ratios. Runs alternate Weekly, Hugo, Weekly, Hugo ... so a machine that slows
# down during the benchmark slows both alike; the time ratio is also taken pair by pair and its
# median printed. Everything goes under bench/work/ (gitignored); raw figures in bench/work/results.tsv.
#
# Each run starts with no output folder, as on a fresh clone (Netlify). The previous run's output is
# moved aside (a rename), not deleted, and everything moved aside is deleted when the script exits:
# on ext4 without a journal (this machine's root file system), creating inodes just after tens of
# thousands were deleted makes the kernel step over every recently deleted inode
# (fs/ext4/ialloc.c, recently_deleted()), which cost up to 40% of a build's CPU in `perf` when each
# run began with `rm -rf` of the last one. Disk needed: about 6 × (Weekly's + Hugo's output) per N
# (about 5 GB at 1,000 issues, 26 GB at 5,000). As root it also drops the kernel caches before each N
# and at exit (settle, below).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$repo/bench/work"
gen="$repo/../shared/bench/gen_corpus.py"
runs=5
warmup=1
publish=1
sizes=()
usage() { echo "$1 (see bench/run.sh --help)" >&2; exit 2; }
while (($#)); do
  case "$1" in
    --gen|--runs|--warmup) (($# >= 2)) || usage "$1 needs a value" ;;&
    --gen) gen=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --no-publish) publish=0; shift ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(10 100 1000)
[[ $runs =~ ^[0-9]+$ ]] && ((runs >= 1)) || usage "--runs must be a whole number, at least 1"
[[ $warmup =~ ^[0-9]+$ ]] || usage "--warmup must be a whole number"
for n in "${sizes[@]}"; do
  [[ $n == real || $n =~ ^[1-9][0-9]*$ ]] || usage "not a size: $n (a number of issues, or real)"
done
gen=$(realpath -m "$gen")
hugo_site="$(dirname "$gen")/hugo-site"
[[ -f $gen ]] || { echo "gen_corpus.py not found at $gen (pass --gen PATH)" >&2; exit 2; }
[[ -d $hugo_site ]] || { echo "Hugo site not found at $hugo_site" >&2; exit 2; }

missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} ..." >&2
  sudo_cmd=(); ((EUID == 0)) || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p "$work"
trash=$(mktemp -d "$work/.moved-aside.XXXXXX")
# settle: when run as root, writes dirty pages out and drops the page, inode and buffer caches. After
# a large deletion the kernel treats freed inodes as recently deleted for up to 6 minutes (60 s, or
# 360 s while their inode-table block is dirty) and every new file steps over them; the check only
# looks at blocks still cached, so dropping the caches ends it at once. Also frees the memory that
# earlier builds' output holds in the page cache. Without root it does nothing (wait a few minutes
# after deleting large trees instead).
settle() { if [[ -w /proc/sys/vm/drop_caches ]]; then sync && echo 3 > /proc/sys/vm/drop_caches; fi; }
trap 'rm -rf "$trash"; settle' EXIT
# move_aside PATH: renames PATH (if it exists) into the folder deleted at exit.
move_aside() { if [[ -e $1 ]]; then mv "$1" "$trash/$(basename "$1").$(date +%s%N)"; fi; }
weekly="$work/weekly/weekly"
if ((publish)) || [[ ! -x $weekly ]]; then
  echo "Publishing Weekly (Release) to bench/work/weekly/ ..." >&2
  # A native executable (PublishAot, set in Weekly.Cli.csproj): needs gcc or clang to link.
  rm -rf "$work/weekly"
  dotnet publish "$repo/src/Weekly.Cli" -c Release -r linux-x64 -o "$work/weekly" -nologo -v quiet >&2
fi

tsv="$work/results.tsv"
[[ -f $tsv ]] || printf 'n\ttool\trun\twall_s\tpeak_rss_kb\n' > "$tsv"

# tree_stats DIR -> "pages files bytes"
tree_stats() {
  local pages files bytes
  pages=$(find "$1" -type f -name '*.html' | wc -l)
  files=$(find "$1" -type f ! -name '.weekly-output' | wc -l)
  bytes=$(find "$1" -type f ! -name '.weekly-output' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  echo "$pages $files $bytes"
}

# timed_run NAME OUT CMD... : one hyperfine run (output folder emptied first) under /usr/bin/time -v;
# prints "wall_seconds peak_rss_kb".
timed_run() {
  local name=$1 out=$2; shift 2
  local json="$work/.hf-$name.json" tv="$work/.time-$name.txt"
  move_aside "$out"
  hyperfine -N --runs 1 --style none --export-json "$json" \
    -n "$name" "/usr/bin/time -v -o $tv $*" >/dev/null
  python3 - "$json" "$tv" <<'EOF'
import json, re, sys
wall = json.load(open(sys.argv[1]))["results"][0]["median"]
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(sys.argv[2]).read()).group(1)
print(f"{wall:.3f} {rss}")
EOF
}

for n in "${sizes[@]}"; do
  if [[ $n == real ]]; then
    site="$repo"; hugo_src=""; label="real site"
  else
    [[ $n =~ ^[0-9]+$ ]] || { echo "not a size: $n" >&2; exit 2; }
    corpus="$work/corpus-$n"
    if [[ ! -f $corpus/.done ]]; then
      echo "Generating $n issues ..." >&2
      rm -rf "$corpus"
      python3 "$gen" "$n" --seed 1 --out "$corpus/seeds" --peer-markdown "$corpus/md" >/dev/null
      touch "$corpus/.done"
    fi
    site="$work/site-$n"
    move_aside "$site" && mkdir -p "$site"
    cp -r "$repo/input" "$repo/theme" "$site/" && cp -r "$corpus/seeds" "$site/seeds"
    hugo_src="$work/hugo-site-$n"
    move_aside "$hugo_src" && cp -r "$hugo_site" "$hugo_src" && cp -r "$corpus/md/." "$hugo_src/content/"
    label="$n issues"
  fi
  w_out="$work/out-weekly-$n"; h_out="$work/out-hugo-$n"
  # --future: the generated corpus runs years ahead (Hugo's copy sets buildFuture = true).
  w_cmd=("$weekly" build --future --source "$site" --output "$w_out")
  h_cmd=(hugo --quiet --source "$hugo_src" --destination "$h_out")

  settle
  echo "== $label: $warmup warm-up, then $runs runs per tool, alternating ==" >&2
  for ((i = 0; i < warmup; i++)); do
    timed_run weekly "$w_out" "${w_cmd[@]}" >/dev/null
    if [[ -n $hugo_src ]]; then timed_run hugo "$h_out" "${h_cmd[@]}" >/dev/null; fi
  done
  w_res=(); h_res=()
  for ((i = 1; i <= runs; i++)); do
    r=$(timed_run weekly "$w_out" "${w_cmd[@]}"); w_res+=("$r")
    printf '%s\tweekly\t%d\t%s\n' "$n" "$i" "${r// /$'\t'}" >> "$tsv"
    if [[ -n $hugo_src ]]; then
      r=$(timed_run hugo "$h_out" "${h_cmd[@]}"); h_res+=("$r")
      printf '%s\thugo\t%d\t%s\n' "$n" "$i" "${r// /$'\t'}" >> "$tsv"
    fi
    echo "  run $i: weekly ${w_res[-1]}${hugo_src:+  hugo ${h_res[-1]}}  (wall s, peak RSS kB)" >&2
  done
  w_stats=$(tree_stats "$w_out")
  h_stats=""; [[ -n $hugo_src ]] && h_stats=$(tree_stats "$h_out")

  python3 - "$label" "$w_stats" "$h_stats" "${w_res[*]}" "${h_res[*]:-}" <<'EOF'
import statistics as st, sys
label, w_stats, h_stats, w_raw, h_raw = sys.argv[1:6]
def parse(raw):
    v = raw.split()
    return [float(x) for x in v[0::2]], [int(x) for x in v[1::2]]
wt, wm = parse(w_raw)
rows = [("Weekly", wt, wm, w_stats.split())]
if h_raw:
    ht, hm = parse(h_raw)
    rows.append(("Hugo", ht, hm, h_stats.split()))
print(f"\n{label}")
print(f"  {'tool':<7}{'wall s (median)':>16}{'min':>8}{'max':>8}{'peak RSS MB':>13}{'pages':>8}{'files':>8}{'MB written':>12}")
for name, t, m, (pages, files, size) in rows:
    print(f"  {name:<7}{st.median(t):>16.2f}{min(t):>8.2f}{max(t):>8.2f}{st.median(m)/1024:>13.0f}{int(pages):>8}{int(files):>8}{int(size)/1e6:>12.1f}")
if h_raw:
    pairs = [a / b for a, b in zip(wt, ht)]
    print(f"  Weekly/Hugo: time {st.median(wt)/st.median(ht):.2f} (median of per-pair ratios {st.median(pairs):.2f}, "
          f"range {min(pairs):.2f}-{max(pairs):.2f}), peak RSS {st.median(wm)/st.median(hm):.2f}, "
          f"bytes {int(w_stats.split()[2])/int(h_stats.split()[2]):.2f}")
EOF
done
