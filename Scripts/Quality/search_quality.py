#!/usr/bin/env python3
"""Known-item search quality on the regeringen.se corpus: sample, query set, evaluation.

  search_quality.py sample   --corpus DIR --out DIR [--pages N] [--seed S]
  search_quality.py queries  --sample DIR --out queries.tsv [--targets N] [--seed S] [--words /usr/share/dict/swedish]
  search_quality.py evaluate --queries TSV --uppdrag BIN --index DIR --omega DB --out results.tsv

Everything is deterministic for a given corpus, sample size, target count and seed, so runs are comparable.
The method is described in Sources/Uppdrag/Documentation.docc/SearchQuality.md.
"""
import argparse
import collections
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys

# Snowball's Swedish stop list, the same list uppdrag uses for indexing and queries.
STOP_WORDS = set("""
och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då sin
nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad över än
dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt
ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför
varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert era vilkas
""".split())

WORD = re.compile(r"[a-zåäöéüæø]+")

# Inflection rule table: an ending is stripped to a base, and the other endings of the same paradigm are tried on it.
# "" is the bare form. A variant counts only when the word list knows it and the target page never uses it.
ENDINGS = ["arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "ars", "ers", "ors", "en", "et", "ar",
           "er", "or", "na", "n", "t", "s", ""]
VARIANTS = ["en", "et", "ar", "er", "or", "arna", "erna", "orna", "ens", "ets", "s", "n", "t", "na", ""]

# Particles and prepositions that start verbs and abstract nouns ("tillgången", "efterlevnad"): not compound parts.
PARTICLES = {"till", "efter", "över", "under", "genom", "fram", "bort", "emot", "igen", "inne", "ange", "utom",
             "bakom", "omkring", "mellan", "före", "utan", "ovan", "nedan", "sedan", "samman", "tillbaka", "förut", "miss", "åter"}
# Derivational endings that the word list also holds as words ("myndigheter" is not "myndig" + "heter").
SUFFIX_WORDS = {"heter", "heten", "hetens", "skapet", "skapen", "ningen", "ningar"}

CLASSES = ["title", "body", "inflected", "compound"]


def words(text):
    # Soft hyphens (U+00AD) mark possible line breaks inside a word ("Polis\u00admyndig\u00adheten"), not word ends.
    return WORD.findall(text.lower().replace("\u00ad", ""))


def content_words(text, min_length=4):
    return [w for w in words(text) if len(w) >= min_length and w not in STOP_WORDS]


def read_page(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        text = handle.read()
    first, _, rest = text.partition("\n")
    title = first[2:].strip() if first.startswith("# ") else ""
    return title, rest if title else text


# ---------------------------------------------------------------------------------------------------------- sample

def cmd_sample(args):
    pages = []
    for root, dirs, files in os.walk(args.corpus):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".md") and name != "SOURCES.md":
                pages.append(os.path.relpath(os.path.join(root, name), args.corpus))
    pages.sort()
    # Strata: the section, and for legal documents also the document type, so every kind of page is present.
    strata = collections.defaultdict(list)
    for page in pages:
        parts = page.split(os.sep)
        key = "/".join(parts[:2]) if parts[0] == "rattsliga-dokument" else parts[0]
        strata[key].append(page)
    rng = random.Random(args.seed)
    if args.pages <= 0 or args.pages >= len(pages):
        chosen = pages
    else:
        # Proportional allocation with largest remainders, at least one page per stratum.
        quotas = {k: args.pages * len(v) / len(pages) for k, v in strata.items()}
        counts = {k: max(1, int(q)) for k, q in quotas.items()}
        for key in sorted(quotas, key=lambda k: (int(quotas[k]) - quotas[k], k)):
            if sum(counts.values()) >= args.pages:
                break
            counts[key] += 1
        chosen = []
        for key in sorted(strata):
            chosen.extend(rng.sample(strata[key], min(counts[key], len(strata[key]))))
        chosen.sort()
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    for page in chosen:
        target = os.path.join(args.out, page)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(args.corpus, page), target)
    print(f"{len(chosen)} pages of {len(pages)} in {len(strata)} strata -> {args.out}", file=sys.stderr)


# --------------------------------------------------------------------------------------------------------- queries

def load_word_list(path):
    try:
        with open(path, encoding="iso-8859-1") as handle:
            return {line.strip().lower() for line in handle if len(line.strip()) >= 3}
    except OSError:
        sys.exit(f"error: no word list at {path} (apt-get install wswedish)")


def inflected_variants(word, lexicon, page_words):
    """Other forms of `word` by the ending table, known to the lexicon and absent from the page."""
    found = []
    for ending in ENDINGS:
        if ending and not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)] if ending else word
        if len(base) < 4:
            continue
        for variant_ending in VARIANTS:
            variant = base + variant_ending
            if variant != word and variant in lexicon and variant not in page_words and variant not in found:
                found.append(variant)
    return found


def compound_split(word, lexicon, vocabulary):
    """(modifier, head) of a compound by the word list, with the linking -s- allowed; the longest head wins
    ("bostadsmarknad" = "bostads" + "marknad"): the head is what a searcher types for the compound's kind of thing."""
    if len(word) < 9:
        return None
    for index in range(4, len(word) - 4):
        head = word[index:]
        modifier = word[:index]
        if len(head) < 5 or head in STOP_WORDS or head in SUFFIX_WORDS or head not in lexicon:
            continue
        # Modifiers of four letters or more: shorter ones are mostly prefixes ("för", "sär", "min"), not words.
        base = modifier[:-1] if modifier.endswith("s") and modifier[:-1] in lexicon else modifier
        if len(base) >= 4 and base in lexicon and base in vocabulary and base not in PARTICLES:
            # A linking -s- belongs to the modifier when the rest is a word too ("utlännings" + "lagen").
            if head.startswith("s") and len(head) >= 6 and head[1:] in lexicon:
                return modifier + "s", head[1:]
            return modifier, head
    return None


def cmd_queries(args):
    lexicon = load_word_list(args.words)
    pages = []
    for root, dirs, files in os.walk(args.sample):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".md"):
                pages.append(os.path.relpath(os.path.join(root, name), args.sample))
    pages.sort()
    info = {}
    df = collections.Counter()
    for page in pages:
        title, body = read_page(os.path.join(args.sample, page))
        all_words = set(words(title)) | set(words(body))
        df.update(all_words)
        info[page] = (title, body, all_words)
    n = len(pages)
    # Variants must be real words that the sample also uses, which keeps out rare homographs ("förråd" > "förråder").
    known = lexicon & set(df)

    def idf(word):
        return math.log(n / df[word]) if df[word] else 0.0

    rng = random.Random(args.seed)
    eligible = [p for p in pages if len(set(content_words(info[p][0]))) >= 2 and len(words(info[p][1])) >= 30]
    targets = sorted(rng.sample(eligible, min(args.targets, len(eligible))))
    rows = []
    for number, page in enumerate(targets):
        title, body, page_words = info[page]
        # One generator per target and class, so a change to one class leaves the other classes' queries as they are.
        rng = random.Random(f"{args.seed}:{page}:title")
        title_words = list(dict.fromkeys(content_words(title)))
        title_set = set(title_words)

        # Title: 2-3 of the four rarest title words, kept in title order.
        ranked = sorted(title_words, key=lambda w: (-idf(w), w))[:4]
        picked = set(rng.sample(ranked, min(len(ranked), rng.choice([2, 3]))))
        title_query = [w for w in title_words if w in picked]

        # Body: 2-3 of the six body-only words with the highest tf-idf that occur on at least one other page and on
        # at most 2 % of the pages (a known-item searcher remembers distinctive words, not "bestämmelser").
        rng = random.Random(f"{args.seed}:{page}:body")
        tf = collections.Counter(w for w in content_words(body, 5) if w not in title_set)
        candidates = [w for w in tf if 2 <= df[w] <= max(2, n // 50)]
        ranked = sorted(candidates, key=lambda w: (-tf[w] * idf(w), w))[:6]
        body_query = []
        if len(ranked) >= 2:
            picked = set(rng.sample(ranked, rng.choice([2, 3]) if len(ranked) >= 3 else 2))
            body_query = [w for w in ranked if w in picked]

        if len(title_query) >= 2:
            rows.append((page, "title", "title", title_query, ""))
        if body_query:
            rows.append((page, "body", "body", body_query, ""))

        # Inflected: the title (even targets) or body (odd) query with every word that has another form replaced.
        rng = random.Random(f"{args.seed}:{page}:inflected")
        for source, query in ([("title", title_query), ("body", body_query)] if number % 2 == 0
                              else [("body", body_query), ("title", title_query)]):
            if len(query) < 2:
                continue
            changed, notes = [], []
            for word in query:
                variants = inflected_variants(word, known, page_words)
                if variants:
                    variant = rng.choice(variants)
                    changed.append(variant)
                    notes.append(f"{word}>{variant}")
                else:
                    changed.append(word)
            if notes:
                rows.append((page, "inflected", source, changed, " ".join(notes)))
                break

        # Compound: the head of a compound in the title (else the body) that the page never uses on its own,
        # plus the rarest other title word.
        rng = random.Random(f"{args.seed}:{page}:compound")
        for source, pool in (("title", title_words), ("body", sorted(set(content_words(body, 8)) - title_set))):
            splits = []
            for word in pool:
                split = compound_split(word, lexicon, df)
                if split and split[1] not in page_words:
                    splits.append((word, split))
            if not splits:
                continue
            word, (modifier, head) = rng.choice(splits)
            others = sorted((w for w in title_words if w != word and head not in w), key=lambda w: (-idf(w), w))
            if not others:
                continue
            rows.append((page, "compound", source, [head, others[0]], f"{word}={modifier}+{head}"))
            break

    with open(args.out, "w", encoding="utf-8") as out:
        out.write("qid\tclass\ttarget\tquery\tsource\tnote\n")
        for index, (page, kind, source, query, note) in enumerate(rows, 1):
            out.write(f"q{index:04d}\t{kind}\t{page}\t{' '.join(query)}\t{source}\t{note}\n")
    counts = collections.Counter(r[1] for r in rows)
    print(f"{len(rows)} queries for {len(targets)} targets over {n} pages: "
          + ", ".join(f"{k} {counts[k]}" for k in CLASSES) + f" -> {args.out}", file=sys.stderr)


# -------------------------------------------------------------------------------------------------------- evaluate

def uppdrag_hits(binary, index, query, operator):
    text = query if operator == "and" else " OR ".join(query.split())
    result = subprocess.run([binary, "search", "--index", index, "--format", "jsonl", "--limit", "10", "--", text],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"uppdrag search failed ({result.returncode}): {result.stderr.strip()}")
    hits = []
    for line in result.stdout.splitlines():
        line = line.strip()
        if line:
            record = json.loads(line)
            if "file" in record:
                hits.append(record["file"])
    return hits


def omega_hits(database, query, operator):
    result = subprocess.run(["quest", "-d", database, "-m", "10", "-s", "swedish", "-o", operator, query],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"quest failed ({result.returncode}): {result.stderr.strip()}")
    # Each hit prints "N [weight]" then its document data, whose "url=" line is the page's path under the sample.
    return [line[len("url="):] for line in result.stdout.splitlines() if line.startswith("url=")]


def normalise(path, root):
    path = path.lstrip("/")
    if root and os.path.isabs("/" + path) and path.startswith(root.lstrip("/")):
        path = path[len(root.lstrip("/")):].lstrip("/")
    return path


def cmd_evaluate(args):
    wanted = set(args.systems.split(","))
    with open(args.queries, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        queries = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in handle if line.strip()]
    systems = [(s, o) for s, o in [("uppdrag", "and"), ("uppdrag", "or"), ("omindex", "and"), ("omindex", "or")]
               if f"{s}-{o}" in wanted]
    results = []
    for query in queries:
        for system, operator in systems:
            if system == "uppdrag":
                hits = [normalise(h, args.sample_root) for h in uppdrag_hits(args.uppdrag, args.index,
                                                                              query["query"], operator)]
            else:
                hits = [normalise(h, "") for h in omega_hits(args.omega, query["query"], operator)]
            rank = next((i for i, hit in enumerate(hits, 1) if hit == query["target"]), 0)
            results.append((query["qid"], query["class"], system, operator, rank, len(hits),
                            hits[0] if hits else ""))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("qid\tclass\tsystem\toperator\trank\thits\ttop\n")
        for row in results:
            out.write("\t".join(str(v) for v in row) + "\n")
    print(summary_table(results))


def summary_table(results):
    groups = collections.defaultdict(list)
    for qid, kind, system, operator, rank, hits, top in results:
        groups[(system, operator, kind)].append((rank, hits))
        groups[(system, operator, "all")].append((rank, hits))
    lines = ["| system | operator | class | queries | MRR@10 | S@1 | S@10 | no hits |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for system, operator in [("uppdrag", "and"), ("omindex", "and"), ("uppdrag", "or"), ("omindex", "or")]:
        for kind in CLASSES + ["all"]:
            rows = groups.get((system, operator, kind))
            if not rows:
                continue
            count = len(rows)
            mrr = sum(1 / r for r, _ in rows if r) / count
            s1 = sum(1 for r, _ in rows if r == 1) / count
            s10 = sum(1 for r, _ in rows if r) / count
            empty = sum(1 for _, h in rows if h == 0)
            label = f"**{kind}**" if kind == "all" else kind
            lines.append(f"| {system} | {operator.upper()} | {label} | {count} | {mrr:.3f} | {s1:.3f} | {s10:.3f} "
                         f"| {empty} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample")
    sample.add_argument("--corpus", required=True)
    sample.add_argument("--out", required=True)
    sample.add_argument("--pages", type=int, default=3000)
    sample.add_argument("--seed", type=int, default=20260101)
    queries = commands.add_parser("queries")
    queries.add_argument("--sample", required=True)
    queries.add_argument("--out", required=True)
    queries.add_argument("--targets", type=int, default=300)
    queries.add_argument("--seed", type=int, default=20260101)
    queries.add_argument("--words", default="/usr/share/dict/swedish")
    evaluate = commands.add_parser("evaluate")
    evaluate.add_argument("--queries", required=True)
    evaluate.add_argument("--uppdrag", required=True)
    evaluate.add_argument("--index", required=True)
    evaluate.add_argument("--omega", required=True)
    evaluate.add_argument("--sample-root", default="", help="prefix uppdrag stores before the sample's paths")
    evaluate.add_argument("--out", required=True)
    evaluate.add_argument("--systems", default="uppdrag-and,uppdrag-or,omindex-and,omindex-or",
                          help="comma-separated system-operator pairs to run")
    args = parser.parse_args()
    {"sample": cmd_sample, "queries": cmd_queries, "evaluate": cmd_evaluate}[args.command](args)


if __name__ == "__main__":
    main()
