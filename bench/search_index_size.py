#!/usr/bin/env python3
"""Measures Weekly's static search index in a built site: total size of /search/ (raw and gzip -9),
and what the browser downloads for a few queries (manifest + the shards the query needs + the first
chunk of stories), following the lookup rules of src/Weekly/Search/SearchIndex.cs and
theme/assets/js/search.js. Python 3 standard library only.

Usage: search_index_size.py OUTPUT_DIR [QUERY ...]
"""
import gzip
import json
import os
import re
import sys
import unicodedata


def gz(data):
    return len(gzip.compress(data, 9))


def tokens(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.category(c).startswith("M"))
    return re.findall(r"[^\W_]+", text)


def main():
    out = sys.argv[1]
    queries = sys.argv[2:] or ["Fuzhou", "copyright", '"digital economy"', "blockchain"]
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
    split = set(manifest["split"])
    print(f"stories: {manifest['stories']}, index files: {files}, shards: {len(manifest['shards'])}")
    print(f"whole index: {raw / 1e6:.2f} MB raw, {zipped / 1e6:.2f} MB gzip")
    print(f"manifest: {len(manifest_bytes) / 1e3:.1f} KB raw, {gz(manifest_bytes) / 1e3:.1f} KB gzip")

    def shard_file(key):
        name = ""
        while name in split and len(key) > len(name):
            name = key[: len(name) + 1]
        if not name:
            return "_"
        return "".join(c if re.fullmatch(r"[a-z0-9]", c) else "-" if c == " " else f"_{ord(c):x}_" for c in name)

    first_chunk = open(os.path.join(root, "d", "0.json"), "rb").read()
    for query in queries:
        words = tokens(query)
        keys = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] if query.startswith('"') else words
        needed = {shard_file(k) for k in keys}
        size = len(manifest_bytes) + len(first_chunk)
        zsize = gz(manifest_bytes) + gz(first_chunk)
        for f in needed:
            data = open(os.path.join(root, "t", f + ".json"), "rb").read()
            size += len(data)
            zsize += gz(data)
        print(f"query {query}: {len(needed)} shard(s), {size / 1e3:.0f} KB raw, {zsize / 1e3:.0f} KB gzip to load")


if __name__ == "__main__":
    main()
