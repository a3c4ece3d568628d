#!/usr/bin/env python3
"""Preview warm-rebuild latency: how long after an editor saves a seed the open page is told to reload,
and how long until the changed page is served.

    bench/preview_latency.py WEEKLY SITE [--edits 10]

WEEKLY is the published tool (bench/work/weekly/weekly), SITE a site folder with seeds/, input/,
theme/ (bench/run.sh makes bench/work/site-N). The SITE's seeds are edited in place (one body line of
the middle seed, appended to and restored), so pass a copy you do not mind touching.

It starts `weekly preview --port 0`, waits for the first build and for its background part (checks and
search index: `-v` prints when they are made), subscribes to the live-reload event stream,
then for each edit: writes the seed, times the `reload` event (save -> reload signal), then fetches
the edited issue's page and times it (save -> changed page served; it checks the page holds the
edit). Between edits it waits for the background part to finish, as an editor reading the page would.
Prints each edit's times and the median of both.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.request


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("weekly")
    ap.add_argument("site")
    ap.add_argument("--edits", type=int, default=10)
    ap.add_argument("--page", help="site path of the edited seed's issue page (default issues/<seed file name>/)")
    ap.add_argument("--log", help="write the preview's output (-v: per-pipeline timings) to this file")
    args = ap.parse_args()

    seeds = sorted(f for f in os.listdir(os.path.join(args.site, "seeds")) if f.endswith(".txt"))
    seed = os.path.join(args.site, "seeds", seeds[len(seeds) // 2])
    original = open(seed, encoding="utf-8").read()
    lines = original.split("\n")
    body = next(i for i, l in enumerate(lines) if i > 5 and len(l) > 200)  # a story paragraph
    page_path = args.page or f"issues/{os.path.splitext(os.path.basename(seed))[0]}/"

    proc = subprocess.Popen([args.weekly, "preview", "-v", "--source", args.site, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    out_lines, made = [], threading.Event()
    url_box = {}
    started = threading.Event()

    def read_stdout():
        for line in proc.stdout:
            out_lines.append(line.rstrip("\n"))
            m = re.match(r"^Serving (http://127\.0\.0\.1:\d+/) ", line)
            if m:
                url_box["url"] = m.group(1)
                started.set()
            # The background part's end; before the redesign (issue #15) it was "Feeds, search index and sitemap made".
            if line.startswith(("Checks and search index", "Feeds, search index and sitemap made")):
                made.set()

    threading.Thread(target=read_stdout, daemon=True).start()
    try:
        if not started.wait(600):
            sys.exit("preview did not start: " + "\n".join(out_lines[-5:]))
        made.wait(600)
        base = url_box["url"]
        events, reloads = urllib.request.urlopen(base + "__weekly/events", timeout=600), []
        got_reload = threading.Event()

        def read_events():
            kind = None
            for raw in events:
                line = raw.decode("utf-8").rstrip("\n")
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("data: ") and kind == "reload":
                    reloads.append(time.perf_counter())
                    got_reload.set()

        threading.Thread(target=read_events, daemon=True).start()
        time.sleep(1)
        signal, served = [], []
        for k in range(args.edits):
            made.clear()
            got_reload.clear()
            marker = f" Edit {k}."
            edited = list(lines)
            edited[body] += marker
            t0 = time.perf_counter()
            with open(seed, "w", encoding="utf-8") as f:
                f.write("\n".join(edited))
            if not got_reload.wait(60):
                sys.exit("no reload signal after an edit")
            signal.append(reloads[-1] - t0)
            page = urllib.request.urlopen(base + page_path.lstrip("/"), timeout=60).read().decode("utf-8")
            served.append(time.perf_counter() - t0)
            if marker.strip() not in page:
                sys.exit(f"edit {k}: the served page does not hold the edit")
            print(f"edit {k + 1}: reload signal {signal[-1] * 1000:7.0f} ms, changed page served {served[-1] * 1000:7.0f} ms", flush=True)
            made.wait(120)
            time.sleep(0.5)
        print(f"median of {args.edits}: reload signal {statistics.median(signal) * 1000:.0f} ms, "
              f"changed page served {statistics.median(served) * 1000:.0f} ms")
    finally:
        with open(seed, "w", encoding="utf-8") as f:
            f.write(original)
        proc.terminate()
        proc.wait(10)
        if args.log:
            with open(args.log, "w", encoding="utf-8") as f:
                f.write("\n".join(out_lines) + "\n")


if __name__ == "__main__":
    main()
