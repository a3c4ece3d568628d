#!/usr/bin/env python3
"""Measures Weekly's static search index in a built site: total size of /search/ (raw and gzip -9) and
of its manifest. What a query downloads is measured in a browser by bench/search-compare.mjs.
Python 3 standard library only.

Usage: search_index_size.py OUTPUT_DIR
"""
import gzip
import json
import os
import sys


def gz(data):
    return len(gzip.compress(data, 9))


def main():
    out = sys.argv[1]
    root = os.path.join(out, "search")
    raw = zipped = files = 0
    for folder, _, names in os.walk(root):
        for name in names:
            if not name.endswith(".json"):
                continue
            data = open(os.path.join(folder, name), "rb").read()
            raw += len(data)
            zipped += gz(data)
            files += 1
    manifest_bytes = open(os.path.join(root, "index.json"), "rb").read()
    manifest = json.loads(manifest_bytes)
    print(f"stories: {manifest['stories']}, index files: {files}, shards: {len(manifest['shards'])}")
    print(f"whole index: {raw / 1e6:.2f} MB raw, {zipped / 1e6:.2f} MB gzip")
    print(f"manifest: {len(manifest_bytes) / 1e3:.1f} KB raw, {gz(manifest_bytes) / 1e3:.1f} KB gzip")

    print("bytes per query: see bench/search-compare.mjs (what Chromium fetches; results are ranked, so they"
          " are spread over the story chunks)")


if __name__ == "__main__":
    main()
