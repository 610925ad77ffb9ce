#!/usr/bin/env python3
"""Draw the seeded random sample of g0vse pages that the second labelled set is made of.

Usage: Scripts/Quality/sample-g0vse.py G0VSE_CORPUS_DIR OUT_DIR [--per-kind N] [--seed S]

Eight kinds of page, N each (default 16): regeringsuppdrag, kommittédirektiv, tilläggsdirektiv (kommittédirektiv
whose title begins "Tilläggsdirektiv"), propositions, SOU, Ds, lagrådsremisser and skrivelser. Per kind the files
are sorted by path, shuffled with random.Random(seed + kind index), and taken in that order, skipping only
duplicates (same bytes as a page already taken, or the same base name) and pages whose title is already in
corpus-dev or the first validation set. The first half of each kind is the tuning half, the second the held-out
half. Pages are copied byte for byte to OUT_DIR/docs/<folder>/<YYYY>/<MM>/<name>.md (the folder path is kept:
it carries the publication month) and listed in OUT_DIR/sample.tsv.
"""

import hashlib
import json
import os
import random
import shutil
import sys

KINDS = [
    ("regeringsuppdrag", "regeringsuppdrag", None),
    ("kommittedirektiv", "rattsliga-dokument/kommittedirektiv", False),
    ("tillaggsdirektiv", "rattsliga-dokument/kommittedirektiv", True),
    ("proposition", "rattsliga-dokument/proposition", None),
    ("sou", "rattsliga-dokument/statens-offentliga-utredningar", None),
    ("ds", "rattsliga-dokument/departementsserien-och-promemorior", None),
    ("lagradsremiss", "rattsliga-dokument/lagradsremiss", None),
    ("skrivelse", "rattsliga-dokument/skrivelse", None),
]


def title(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        first = handle.readline()
    return first.lstrip("#").strip()


def known_titles(root):
    titles = set()
    for gold in ("../shared/corpus-dev/gold.jsonl", "Tests/ExtractionTests/Fixtures/validation/gold.jsonl"):
        path = os.path.join(root, gold)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        titles.add((json.loads(line).get("title") or "").strip().casefold())
    return titles


def main(argv):
    args = list(argv[1:])
    per_kind, seed = 16, 20261204
    if "--per-kind" in args:
        at = args.index("--per-kind")
        per_kind = int(args[at + 1])
        del args[at:at + 2]
    if "--seed" in args:
        at = args.index("--seed")
        seed = int(args[at + 1])
        del args[at:at + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    corpus, out = args
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    excluded = known_titles(root)
    seen_hashes, seen_names, rows = set(), set(), []
    for number, (kind, folder, tillagg) in enumerate(KINDS):
        base = os.path.join(corpus, folder)
        files = sorted(
            os.path.join(dirpath, name)
            for dirpath, _, names in os.walk(base) for name in names if name.endswith(".md"))
        if tillagg is not None:
            files = [f for f in files if title(f).startswith("Tilläggsdirektiv") == tillagg]
        random.Random(seed + number).shuffle(files)
        taken = 0
        for path in files:
            if taken == per_kind:
                break
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
            name = os.path.basename(path)
            if digest in seen_hashes or name in seen_names or title(path).casefold() in excluded:
                continue
            seen_hashes.add(digest)
            seen_names.add(name)
            relative = os.path.relpath(path, corpus)
            short = relative.removeprefix("rattsliga-dokument/")
            target = os.path.join(out, "docs", short)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(path, target)
            split = "tuning" if taken < per_kind // 2 else "heldout"
            rows.append((kind, split, "docs/" + short))
            taken += 1
    with open(os.path.join(out, "sample.tsv"), "w", encoding="utf-8") as handle:
        handle.write("kind\tsplit\tfile\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"{len(rows)} pages in {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
