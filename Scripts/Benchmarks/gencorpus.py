#!/usr/bin/env python3
"""Deterministic generator of realistic Swedish government documents for benchmarks (see gen-corpus.sh).

Material: the real documents in Corpus/ (regeringen.se HTML of two layouts, rkrattsbaser HTML incl. Windows-1252,
riksdagen XML, XHTML, text) and the real g0vse corpus (33,468 regeringen.se pages as Markdown). Every generated file
keeps the markup of one real document; its text runs are rebuilt from real sentences, with identifiers, dates and
agency names drawn anew (consistently within a document) and some words joined into new compounds, so the
vocabulary keeps growing with the corpus as in real Swedish text. File i depends only on (seed, i): same seed,
same bytes, whatever the number of worker processes.
"""

import argparse
import hashlib
import html
import marshal
import multiprocessing
import os
import random
import re
import sys

CACHE_VERSION = "3"
FILES_PER_FOLDER = 1000

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]

# Identifiers and dates are replaced by placeholders "\x01<kind>\x02<original>\x03" when the material is loaded.
ID_PATTERN = re.compile(
    r"(?P<dir>\b[Dd]ir\. ?\d{4}:\d{1,3}\b)"
    r"|(?P<sou>\bSOU \d{4}:\d{1,3}\b)"
    r"|(?P<ds>\bDs \d{4}:\d{1,3}\b)"
    r"|(?P<prop>\b[Pp]rop\. ?\d{4}/\d{2}:\d{1,3}\b)"
    r"|(?P<dnr>\b[A-ZÅÄÖ]{1,2}\d{4}/\d{4,5}(?:/[A-ZÅÄÖ]{1,4})?\b)"
    r"|(?P<datelong>\b\d{1,2} (?:" + "|".join(MONTHS) + r") \d{4}\b)"
    r"|(?P<dateiso>\b(?:19|20)\d\d-[01]\d-[0-3]\d\b)"
    r"|(?P<sfs>\(\d{4}:\d{1,4}\))"
)
PLACEHOLDER = re.compile("\x01(.)\x02([^\x03]*)\x03")
KIND_CODE = {"dir": "d", "sou": "s", "ds": "p", "prop": "r", "dnr": "n", "datelong": "l", "dateiso": "i",
             "sfs": "f", "agency": "a"}
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9(–-])")
WORD = re.compile(r"[a-zåäöéü]{5,}")


def trie_regex(words):
    """One regex alternation as a trie, so hundreds of names match at the speed of one pattern."""
    trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node):
        if "" in node and len(node) == 1:
            return ""
        branches = []
        optional = False
        for char in sorted(node):
            if char == "":
                optional = True
                continue
            branches.append(re.escape(char) + emit(node[char]))
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = "(?:" + body + ")?"
        return body

    return re.compile(r"\b" + emit(trie) + r"(?=s?\b)")


class Material:
    """Templates, sentence pool, titles, agency names and vocabulary, loaded once (cached as marshal)."""

    def __init__(self, root, g0vse, agencies_path, cache_dir):
        key = hashlib.sha1((CACHE_VERSION + root + g0vse + agencies_path).encode()).hexdigest()[:12]
        cache = os.path.join(cache_dir, f"gencorpus-material-{key}.marshal")
        if os.path.exists(cache):
            with open(cache, "rb") as handle:
                data = marshal.load(handle)
        else:
            data = self.build(root, g0vse, agencies_path)
            os.makedirs(cache_dir, exist_ok=True)
            with open(cache + ".tmp", "wb") as handle:
                marshal.dump(data, handle)
            os.replace(cache + ".tmp", cache)
        (self.templates, self.md_docs, self.pool, self.titles, self.agencies, self.vocab) = data

    @staticmethod
    def build(root, g0vse, agencies_path):
        agencies = []
        with open(agencies_path, encoding="utf-8") as handle:
            next(handle)
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                if len(fields) >= 2 and len(fields[1]) >= 4:
                    agencies.append(fields[1])
        agencies = sorted(set(agencies))
        agency_re = trie_regex(agencies)

        def mark(text):
            text = ID_PATTERN.sub(
                lambda m: "\x01" + KIND_CODE[m.lastgroup] + "\x02" + m.group(0) + "\x03", text)
            return agency_re.sub(lambda m: "\x01a\x02" + m.group(0) + "\x03", text)

        def sentences(text):
            return [mark(s) for s in SENTENCE_SPLIT.split(text.strip()) if s]

        md_docs, pool, titles = [], [], []
        vocab = {}
        for folder, dirs, files in os.walk(g0vse):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith(".md"):
                    continue
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
                    text = handle.read()
                title, _, body = text.partition("\n")
                title = title.lstrip("# ").strip()
                paragraphs = [sentences(p) for p in re.split(r"\n\s*\n", body) if p.strip()]
                if not paragraphs:
                    continue
                titles.append(mark(title))
                md_docs.append([titles[-1], paragraphs, os.path.relpath(folder, g0vse)])
                for paragraph in paragraphs:
                    pool.extend(paragraph)
                for word in WORD.findall(body.lower()):
                    vocab[word] = vocab.get(word, 0) + 1
        vocab_list = [w for w, _ in sorted(vocab.items(), key=lambda item: (-item[1], item[0]))[:60000]]

        templates = []
        for name in sorted(os.listdir(os.path.join(root, "Corpus"))):
            raw = open(os.path.join(root, "Corpus", name), "rb").read()
            try:
                text, encoding = raw.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = raw.decode("cp1252", errors="replace"), "cp1252"
            ext = name.rsplit(".", 1)[-1]
            if ext == "txt":
                kind = "txt"
            elif ext == "xml":
                kind = "riksdagen"
            elif ext == "xhtml" or text.lstrip().startswith("<?xml"):
                kind = "xhtml"
            elif "regeringen.se" in text.lower():
                kind = "regeringen"
            else:
                kind = "rkrattsbaser"
            templates.append([kind, ext, encoding, Material.segments(text, ext, mark)])
        return templates, md_docs, pool, titles, agencies, vocab_list

    @staticmethod
    def segments(text, ext, mark):
        """Splits a document into literal markup (str) and text runs ([sentences]) that generation rebuilds."""
        out = []
        if ext == "txt":
            title, _, body = text.partition("\n")
            out.append(["T", mark(title.lstrip("# ").strip())] if title.startswith("#") else mark(title))
            out.append("\n")
            for chunk in re.split(r"(\n\s*\n)", body):
                if chunk.strip() and not chunk.isspace():
                    out.append([mark(s) for s in SENTENCE_SPLIT.split(chunk.strip())])
                else:
                    out.append(chunk)
            return out
        # Markup: text between tags outside script/style with real prose becomes a run; titles become title slots.
        protected = [(m.start(), m.end()) for m in re.finditer(r"(?is)<(script|style)\b.*?</\1\s*>", text)]
        position = 0
        for m in re.finditer(r">([^<]+)<", text):
            start, end = m.start(1), m.end(1)
            if any(a <= start < b for a, b in protected):
                continue
            run = html.unescape(m.group(1)) if ext != "txt" else m.group(1)
            before = text[max(0, start - 12):start].lower()
            if re.search(r"<(title|h1)[^>]*>$", before) and len(run.strip()) > 3:
                out.append(mark(text[position:start]))
                out.append(["T", mark(run.strip())])
                position = end
            elif len(run.strip()) >= 60 and run.count(" ") >= 6:
                out.append(mark(text[position:start]))
                leading = run[:len(run) - len(run.lstrip())]
                trailing = run[len(run.rstrip()):]
                out.append(escape_markup(leading))
                out.append([mark(s) for s in SENTENCE_SPLIT.split(run.strip())])
                out.append(escape_markup(trailing))
                position = end
        out.append(mark(text[position:]))
        return out


def escape_markup(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Generator:
    def __init__(self, material, seed):
        self.m = material
        self.seed = seed
        self.by_kind = {}
        for index, template in enumerate(material.templates):
            self.by_kind.setdefault(template[0], []).append(index)
        # Shares of the formats in generated corpora (the g0vse Markdown pages are the bulk of real downloads).
        self.kinds = [("md", 40), ("regeringen", 22), ("rkrattsbaser", 16), ("txt", 10), ("xhtml", 6),
                      ("riksdagen", 6)]
        self.kinds = [(k, w) for k, w in self.kinds if k == "md" or k in self.by_kind]
        self.total_weight = sum(w for _, w in self.kinds)

    def rng_for(self, index):
        return random.Random(self.seed * 1_000_003 + index)

    def fill(self, text, rng, memo, year, markup=False):
        def value(m):
            code, original = m.group(1), m.group(2)
            key = (code, original)
            if key in memo:
                return memo[key]
            y = year + rng.randint(-2, 2)
            if code == "a":
                new = rng.choice(self.m.agencies) + ("s" if original.endswith("s") and rng.random() < 0.5 else "")
            elif code == "d":
                new = f"{original[:3]}{'' if original[4:5].isdigit() else ' '}{y}:{rng.randint(1, 180)}"
            elif code == "s":
                new = f"SOU {y}:{rng.randint(1, 120)}"
            elif code == "p":
                new = f"Ds {y}:{rng.randint(1, 80)}"
            elif code == "r":
                new = f"{original[:5]} {y}/{(y + 1) % 100:02d}:{rng.randint(1, 250)}"
            elif code == "n":
                letters = re.match(r"[A-ZÅÄÖ]+", original)
                new = f"{letters.group(0) if letters else 'S'}{y}/{rng.randint(1, 9999):05d}"
            elif code == "l":
                new = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {y + rng.randint(0, 2)}"
            elif code == "i":
                new = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            elif code == "f":
                new = f"({rng.randint(1960, 2025)}:{rng.randint(1, 1600)})"
            else:
                new = original
            if markup:
                new = escape_markup(new)  # agency names such as "Hälso- & sjukvårdens ansvarsnämnd"
            memo[key] = new
            return new

        return PLACEHOLDER.sub(value, text)

    def compound(self, sentence, rng):
        """Joins a word of the sentence with another word into a new compound, as Swedish does."""
        words = WORD.findall(sentence)
        if not words:
            return sentence
        target = rng.choice(words)
        vocab = self.m.vocab
        # Skewed draw: frequent words join often, so new compounds repeat and vocabulary grows sublinearly.
        first = vocab[int(len(vocab) * rng.random() ** 3)]
        return sentence.replace(target, first + target, 1)

    def sentences_like(self, original, rng, factor):
        """A run rebuilt from the original sentences and real ones from the pool, its length scaled."""
        mode = rng.random()
        pool = self.m.pool
        if mode < 0.4:
            result = list(original)
        elif mode < 0.75:
            result = [s if rng.random() < 0.6 else rng.choice(pool) for s in original]
        else:
            result = [rng.choice(pool) for _ in original]
        wanted = max(1, round(len(original) * factor))
        while len(result) < wanted:
            result.append(rng.choice(pool))
        del result[wanted:]
        return [self.compound(s, rng) if rng.random() < 0.15 else s for s in result]

    def document(self, index):
        """(relative path, bytes) of file `index`."""
        rng = self.rng_for(index)
        pick = rng.random() * self.total_weight
        for kind, weight in self.kinds:
            pick -= weight
            if pick < 0:
                break
        factor = min(6.0, rng.lognormvariate(0, 0.5))
        year = rng.randint(1995, 2026)
        memo = {}
        folder = f"{index // FILES_PER_FOLDER:04d}"
        if kind == "md":
            title, paragraphs, source = rng.choice(self.m.md_docs)
            parts = ["# ", self.fill(title, rng, memo, year), "\n\n"]
            for paragraph in paragraphs:
                parts.append(" ".join(self.sentences_like(paragraph, rng, factor)))
                parts.append("\n\n")
            if rng.random() < 0.3:
                parts.append(" ".join(self.sentences_like(rng.choice(self.m.md_docs)[1][0], rng, factor)) + "\n")
            text = self.fill("".join(parts), rng, memo, year)
            name = f"{source.replace('/', '-')}-{index:07d}.md"
            return f"{folder}/{name}", text.encode("utf-8")
        template_kind, ext, encoding, segments = self.m.templates[rng.choice(self.by_kind[kind])]
        markup = ext != "txt"
        if kind == "rkrattsbaser" and rng.random() < 0.25:
            encoding = "cp1252"  # rkrattsbaser serves Windows-1252 as well; the template declares no charset
        parts = []
        for segment in segments:
            if isinstance(segment, str):
                parts.append(segment)
            elif segment and segment[0] == "T":
                title = rng.choice(self.m.titles) if rng.random() < 0.7 else segment[1]
                parts.append(escape_markup(title) if markup else title)
            else:
                run = " ".join(self.sentences_like(segment, rng, factor))
                parts.append(escape_markup(run) if markup else run)
        text = self.fill("".join(parts), rng, memo, year, markup)
        data = text.encode(encoding, errors="xmlcharrefreplace" if markup else "replace")
        return f"{folder}/{kind}-{index:07d}.{ext}", data


_generator = None


def write_folder(arguments):
    folder_index, count, out = arguments
    written = 0
    made = set()
    for index in range(folder_index * FILES_PER_FOLDER, min(count, (folder_index + 1) * FILES_PER_FOLDER)):
        relative, data = _generator.document(index)
        path = os.path.join(out, relative)
        parent = os.path.dirname(path)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        with open(path, "wb") as handle:
            handle.write(data)
        written += len(data)
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--root", required=True)
    parser.add_argument("--g0vse", required=True)
    parser.add_argument("--agencies", required=True)
    parser.add_argument("--cache", required=True)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if args.count < 0:
        sys.exit("count must not be negative")
    global _generator
    _generator = Generator(Material(args.root, args.g0vse, args.agencies, args.cache), args.seed)
    folders = (args.count + FILES_PER_FOLDER - 1) // FILES_PER_FOLDER
    work = [(f, args.count, args.out) for f in range(folders)]
    total = 0
    if args.jobs > 1 and folders > 1:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            for done, written in enumerate(pool.imap(write_folder, work), 1):
                total += written
                if done % 50 == 0:
                    print(f"{done * FILES_PER_FOLDER} files", file=sys.stderr)
    else:
        for item in work:
            total += write_folder(item)
    print(f"{args.count} files, {total} bytes in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
