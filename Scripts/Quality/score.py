#!/usr/bin/env python3
"""Score extracted records against the hand labels of corpus-dev.

Usage: Scripts/Quality/score.py PREDICTED.jsonl [GOLD.jsonl] [--details FIELD] [--only FIELD,...] [--require FIELD=F1 ...]

--require makes the exit status 1 when a field's F1 is below the given minimum (for tests and CI).

GOLD.jsonl defaults to ../shared/corpus-dev/gold.jsonl next to the repository.

Both files hold one JSON record per line in the gold schema; records are paired by "file" (the base name).
A gold record with no predicted record counts as an empty prediction; predicted records for files without
gold are ignored. Scores are micro-averaged over all documents: P = TP/(TP+FP), R = TP/(TP+FN), F1 their
harmonic mean; a field with nothing predicted and nothing expected scores 1.0.

Matching rules per field:
  agencies         set of names per document, exact after Unicode case folding ("Statens skolverk").
  references       set of normalised strings per document, exact ("SFS 2011:1508", "prop. 2016/17:14").
  deadlines.date   set of dates per document (ISO, or "--MM-DD" for recurring dates without a year).
  deadlines.kind   set of (date, kind) pairs per document.
  obligations      quotes compared with all whitespace removed; a predicted quote matches an unmatched gold
                   quote when one contains the other or they share at least half of the shorter one's words
                   (greedy one-to-one, in text order). Documents whose gold has "obligations_labelled": false
                   are skipped for this field.
  deadlines.actor, obligations.actor
                   informational agreement, not P/R: for matched deadlines (same date, same kind preferred) and
                   matched obligations, the share whose actor is equal after whitespace normalisation and case
                   folding (null equals only null).
  recipients       set of agency names per document: the recipients of the record's assignments against the gold
                   "recipients" (only documents whose gold has that key; exact after case folding).
  doctype, identifier, issued, published
                   one value per document (published only where the gold has the key): TP when equal (identifier ignoring case and whitespace), FP when a
                   predicted non-null value differs, FN when the gold value is non-null and not matched.
"""

import json
import os
import re
import sys
import unicodedata


def load(path):
    records = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: error: {error}")
            name = str(record.get("file", "")).rsplit("/", 1)[-1]
            records[name] = record
    return records


def fold(text):
    return unicodedata.normalize("NFC", text).casefold()


def squeeze(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.details = []

    def add_sets(self, name, predicted, expected):
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)
        if predicted != expected:
            self.details.append((name, sorted(predicted - expected), sorted(expected - predicted)))

    def scores(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def quotes_match(predicted, expected):
    a, b = squeeze(predicted), squeeze(expected)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    words_a, words_b = set(fold(predicted).split()), set(fold(expected).split())
    shorter = min(len(words_a), len(words_b))
    return shorter > 0 and len(words_a & words_b) * 2 >= shorter


def same_actor(predicted, expected):
    def norm(actor):
        return None if actor is None else fold(" ".join(str(actor).split()))
    return norm(predicted) == norm(expected)


class Agreement:
    def __init__(self):
        self.agree = self.total = 0
        self.details = []

    def add(self, name, predicted, expected):
        self.total += 1
        if same_actor(predicted, expected):
            self.agree += 1
        else:
            self.details.append((name, [predicted], [expected]))


def match_deadlines(predicted, expected):
    """Pairs of (predicted, gold) deadlines with the same date, same kind first, one-to-one."""
    pairs, remaining = [], list(expected)
    for want_kind in (True, False):
        for deadline in list(predicted):
            hit = next((g for g in remaining if g.get("date") == deadline.get("date")
                        and (not want_kind or g.get("kind") == deadline.get("kind"))), None)
            if hit is not None:
                pairs.append((deadline, hit))
                remaining.remove(hit)
                predicted = [d for d in predicted if d is not deadline]
    return pairs


def score(predicted, gold, agreements=None):
    fields = ["agencies", "references", "deadlines.date", "deadlines.kind", "obligations", "recipients", "doctype",
              "identifier", "issued", "published"]
    tallies = {field: Tally() for field in fields}
    for name, expected in gold.items():
        record = predicted.get(name, {})
        tallies["agencies"].add_sets(
            name, {fold(a) for a in record.get("agencies") or []}, {fold(a) for a in expected.get("agencies") or []})
        tallies["references"].add_sets(
            name, set(record.get("references") or []), set(expected.get("references") or []))
        tallies["deadlines.date"].add_sets(
            name, {d.get("date") for d in record.get("deadlines") or []},
            {d.get("date") for d in expected.get("deadlines") or []})
        tallies["deadlines.kind"].add_sets(
            name, {(d.get("date"), d.get("kind")) for d in record.get("deadlines") or []},
            {(d.get("date"), d.get("kind")) for d in expected.get("deadlines") or []})
        if agreements is not None:
            for got, want in match_deadlines(record.get("deadlines") or [], expected.get("deadlines") or []):
                agreements["deadlines.actor"].add(name, got.get("actor"), want.get("actor"))
        if "recipients" in expected:
            tallies["recipients"].add_sets(
                name, {fold(a.get("recipient") or "") for a in record.get("assignments") or []} - {""},
                {fold(a) for a in expected.get("recipients") or []})
        if expected.get("obligations_labelled", True) is not False:
            tally = tallies["obligations"]
            gold_obligations = list(expected.get("obligations") or [])
            remaining = [o.get("quote", "") for o in gold_obligations]
            missed_predictions = []
            for obligation in record.get("obligations") or []:
                quote = obligation.get("quote", "")
                hit = next((i for i, g in enumerate(remaining) if quotes_match(quote, g)), None)
                if hit is None:
                    tally.fp += 1
                    missed_predictions.append(quote)
                else:
                    tally.tp += 1
                    remaining.pop(hit)
                    matched = gold_obligations.pop(hit)
                    if agreements is not None:
                        agreements["obligations.actor"].add(name, obligation.get("actor"), matched.get("actor"))
            tally.fn += len(remaining)
            if missed_predictions or remaining:
                tally.details.append((name, missed_predictions, remaining))
        for field in ("doctype", "identifier", "issued", "published"):
            if field == "published" and field not in expected:
                continue
            tally = tallies[field]
            want, got = expected.get(field), record.get(field)
            same = (want is not None and got is not None
                    and (squeeze(str(want)).casefold() == squeeze(str(got)).casefold()
                         if field == "identifier" else want == got))
            if same:
                tally.tp += 1
            else:
                if got is not None:
                    tally.fp += 1
                if want is not None:
                    tally.fn += 1
                if got is not None or want is not None:
                    tally.details.append((name, [got], [want]))
    return tallies


def main(argv):
    args = [a for a in argv[1:]]
    details = only = None
    if "--details" in args:
        at = args.index("--details")
        details = args[at + 1] if at + 1 < len(args) else None
        del args[at:at + 2]
    required = {}
    while "--require" in args:
        at = args.index("--require")
        field, _, value = (args[at + 1] if at + 1 < len(args) else "").partition("=")
        required[field] = float(value or "1")
        del args[at:at + 2]
    if "--only" in args:
        at = args.index("--only")
        only = set(args[at + 1].split(",")) if at + 1 < len(args) else None
        del args[at:at + 2]
    if not args:
        sys.exit(__doc__)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    gold_path = args[1] if len(args) > 1 else os.path.join(root, "..", "shared", "corpus-dev", "gold.jsonl")
    agreements = {"deadlines.actor": Agreement(), "obligations.actor": Agreement()}
    tallies = score(load(args[0]), load(gold_path), agreements)
    print(f"{'field':<16} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}")
    for field, tally in tallies.items():
        if only and field not in only:
            continue
        p, r, f = tally.scores()
        print(f"{field:<16} {p:6.3f} {r:6.3f} {f:6.3f} {tally.tp:5d} {tally.fp:5d} {tally.fn:5d}")
    for field, agreement in agreements.items():
        if only and field not in only:
            continue
        share = agreement.agree / agreement.total if agreement.total else 1.0
        print(f"{field:<16} {share:6.3f} agree {agreement.agree:5d} of {agreement.total:5d} matched (informational)")
    failed = [f"{field} F1 {tallies[field].scores()[2]:.3f} < {minimum:.3f}"
              for field, minimum in required.items() if field in tallies and tallies[field].scores()[2] < minimum]
    failed += [f"unknown field {field}" for field in required if field not in tallies]
    details_source = tallies if details in tallies else agreements
    if details in details_source:
        for name, extra, missing in details_source[details].details:
            print(f"{name}\n  extra:   {extra}\n  missing: {missing}")
    if failed:
        print("below the required minimum: " + "; ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv)
