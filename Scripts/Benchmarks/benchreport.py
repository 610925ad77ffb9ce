#!/usr/bin/env python3
"""Helpers of Scripts/Benchmarks/bench.sh: query latency timing, the Markdown report and the SVG plot (no matplotlib)."""

import argparse
import math
import os
import resource
import statistics
import subprocess
import sys
import time


def read_tsv(path):
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"))) for line in handle if line.strip()]


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    low, high = math.floor(k), math.ceil(k)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


# ---- queries ------------------------------------------------------------------------------------------------------

def time_queries(spec, runs, out):
    """spec: lines "corpus<TAB>label<TAB>tool<TAB>argv joined by \\x1f"; each runs `runs` times after a warm-up."""
    rows = []
    for line in open(spec, encoding="utf-8"):
        if not line.strip():
            continue
        corpus, label, tool, argv = line.rstrip("\n").split("\t")
        command = argv.split("\x1f")
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times = []
        cpu = []
        hits = ""
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            times.append((time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            # CPU time of the command (user + system): what it costs whatever else the machine is doing.
            cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
            hits = str(len(done.stdout.splitlines()))
        rows.append((corpus, label, tool, percentile(times, 50), percentile(times, 95), min(times), hits,
                     percentile(cpu, 50)))
    with open(out, "a", encoding="utf-8") as handle:
        for row in rows:
            handle.write("\t".join([*row[:3], f"{row[3]:.2f}", f"{row[4]:.2f}", f"{row[5]:.2f}", row[6],
                                    f"{row[7]:.2f}"]) + "\n")


# ---- report -------------------------------------------------------------------------------------------------------

TOOLS = ["uppdrag", "omindex", "raw"]


def fmt(value, digits=0):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:,.{digits}f}".replace(",", " ")


def summarize(rows):
    """{(corpus, tool): stats} with per-round docs/s and the rest."""
    result = {}
    for row in rows:
        key = (row["corpus"], row["tool"])
        entry = result.setdefault(key, {"rounds": {}, "files": int(row["files"]), "bytes": int(row["bytes"]),
                                        "rss": [], "index": [], "docs": [], "xdocs": [], "cpu": [], "wall": []})
        wall = float(row["wall"])
        cpu = float(row["user"]) + float(row["sys"])
        docs = int(row["docs"])
        entry["rounds"][int(row["round"])] = docs / wall if wall > 0 else float("nan")
        entry["wall"].append(wall)
        entry["cpu"].append(cpu / docs * 1000 if docs else float("nan"))
        entry["rss"].append(int(row["rss_kb"]) / 1024)
        entry["index"].append(int(row["index_bytes"]) / 1e6)
        entry["docs"].append(docs)
        entry["xdocs"].append(int(row["xapian_docs"]))
    return result


def corpus_order(stats):
    files = {}
    for (corpus, _), entry in stats.items():
        files[corpus] = entry["files"]
    return sorted(files, key=lambda c: (c.startswith("g0vse"), files[c]))


def report(results, queries, svg_path, machine):
    stats = summarize(read_tsv(results))
    corpora = corpus_order(stats)
    out = []
    out.append("### Ingest\n")
    out.append("| corpus | files | MB | tool | docs/s min | docs/s median | docs/s max | CPU s / 1000 docs "
               "| peak RSS MB | index MB | source docs indexed | Xapian docs |")
    out.append("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for corpus in corpora:
        for tool in TOOLS:
            entry = stats.get((corpus, tool))
            if not entry:
                continue
            rates = list(entry["rounds"].values())
            out.append(
                f"| {corpus} | {entry['files']} | {fmt(entry['bytes'] / 1e6, 1)} | {tool} | {fmt(min(rates))} "
                f"| {fmt(statistics.median(rates))} | {fmt(max(rates))} | {fmt(statistics.median(entry['cpu']), 2)} "
                f"| {fmt(max(entry['rss']))} | {fmt(statistics.median(entry['index']), 1)} "
                f"| {min(entry['docs'])} | {max(entry['xdocs'])} |")
    out.append("")
    out.append("### Ratios (same files, same run; median of per-round ratios, min–max in brackets)\n")
    out.append("| corpus | uppdrag/omindex docs/s | uppdrag/raw docs/s | omindex/uppdrag CPU per doc "
               "| raw/uppdrag CPU per doc | uppdrag/omindex index size | uppdrag/raw index size "
               "| uppdrag/omindex peak RSS |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for corpus in corpora:
        u = stats.get((corpus, "uppdrag"))
        if not u:
            continue
        cells = []
        for other in ("omindex", "raw"):
            o = stats.get((corpus, other))
            if not o:
                cells.append("–")
                continue
            ratios = [u["rounds"][r] / o["rounds"][r] for r in u["rounds"] if r in o["rounds"] and o["rounds"][r]]
            spread = f"{statistics.median(ratios):.2f} [{min(ratios):.2f}–{max(ratios):.2f}]" if ratios else "–"
            cells.append(spread)
        o = stats.get((corpus, "omindex"))
        r = stats.get((corpus, "raw"))
        # Inverse CPU cost per document: a throughput ratio that does not depend on how busy the machine was.
        cells.append(f"{statistics.median(o['cpu']) / statistics.median(u['cpu']):.2f}" if o else "–")
        cells.append(f"{statistics.median(r['cpu']) / statistics.median(u['cpu']):.2f}" if r else "–")
        cells.append(f"{statistics.median(u['index']) / statistics.median(o['index']):.2f}" if o else "–")
        cells.append(f"{statistics.median(u['index']) / statistics.median(r['index']):.2f}" if r else "–")
        cells.append(f"{max(u['rss']) / max(o['rss']):.2f}" if o else "–")
        out.append(f"| {corpus} | " + " | ".join(cells) + " |")
    out.append("")
    if queries and os.path.exists(queries):
        rows = [line.rstrip("\n").split("\t") for line in open(queries, encoding="utf-8") if line.strip()]
        out.append("### Query latency (ms; whole command runs with process start, except the rows of \"uppdrag in process\", "
                   "timed inside one process by `uppdrag bench`)\n")
        out.append("| corpus | query | tool | p50 ms | p95 ms | min ms | CPU p50 ms | output lines |")
        out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for row in rows:
            corpus, label, tool, p50, p95, low, lines = row[:7]
            cpu = row[7] if len(row) > 7 else "–"
            out.append(f"| {corpus} | {label} | {tool} | {p50} | {p95} | {low} | {cpu} | {lines} |")
        out.append("")
    out.append(f"Machine: {machine}\n")
    text = "\n".join(out)
    if svg_path:
        plot(stats, corpora, svg_path)
    return text


# ---- SVG ----------------------------------------------------------------------------------------------------------

COLORS = {"uppdrag": "#1f77b4", "omindex": "#d62728", "raw": "#2ca02c"}


def plot(stats, corpora, path):
    generated = [c for c in corpora if not c.startswith("g0vse")]
    width, height, pad = 1260, 380, 60
    panel = (width - 4 * pad) // 3
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="white"/>']
    series = {
        "documents per second (median)": lambda e: statistics.median(list(e["rounds"].values())),
        # Independent of machine load: documents per CPU second (user + system).
        "documents per CPU second (median)": lambda e: 1000 / statistics.median(e["cpu"]),
        "peak RSS, MB (max)": lambda e: max(e["rss"]),
    }
    xs_all = [stats[(c, t)]["files"] for c in generated for t in TOOLS if (c, t) in stats]
    if not xs_all:
        return
    xmin, xmax = math.log10(min(xs_all)), math.log10(max(xs_all))
    if xmax - xmin < 1e-9:
        xmin, xmax = xmin - 0.5, xmax + 0.5
    for index, (title, value) in enumerate(series.items()):
        left = pad + index * (panel + pad)
        top, bottom = 40, height - 60
        values = [value(stats[(c, t)]) for c in generated for t in TOOLS if (c, t) in stats]
        ymax = max(values) * 1.15 if values else 1
        parts.append(f'<text x="{left + panel / 2}" y="24" text-anchor="middle" font-weight="bold">{title}</text>')
        parts.append(f'<line x1="{left}" y1="{bottom}" x2="{left + panel}" y2="{bottom}" stroke="black"/>')
        parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="black"/>')
        for k in range(5):
            y = bottom - (bottom - top) * k / 4
            parts.append(f'<text x="{left - 6}" y="{y + 4}" text-anchor="end">{ymax * k / 4:.0f}</text>')
            parts.append(f'<line x1="{left}" y1="{y}" x2="{left + panel}" y2="{y}" stroke="#ddd"/>')

        def sx(files):
            return left + 20 + (panel - 40) * (math.log10(files) - xmin) / (xmax - xmin)

        for corpus in generated:
            files = next(stats[(corpus, t)]["files"] for t in TOOLS if (corpus, t) in stats)
            parts.append(f'<text x="{sx(files)}" y="{bottom + 16}" text-anchor="middle">{files}</text>')
        parts.append(f'<text x="{left + panel / 2}" y="{bottom + 36}" text-anchor="middle">'
                     f'generated files (log scale)</text>')
        for tool in TOOLS:
            points = [(sx(stats[(c, tool)]["files"]), bottom - (bottom - top) * value(stats[(c, tool)]) / ymax)
                      for c in generated if (c, tool) in stats]
            if not points:
                continue
            parts.append(f'<polyline fill="none" stroke="{COLORS[tool]}" stroke-width="2" points="'
                         + " ".join(f"{x:.1f},{y:.1f}" for x, y in points) + '"/>')
            for x, y in points:
                parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{COLORS[tool]}"/>')
    for k, tool in enumerate(TOOLS):
        x = pad + k * 120
        parts.append(f'<rect x="{x}" y="{height - 18}" width="14" height="4" fill="{COLORS[tool]}"/>')
        parts.append(f'<text x="{x + 20}" y="{height - 12}">{tool}</text>')
    parts.append("</svg>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts) + "\n")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("queries")
    q.add_argument("spec")
    q.add_argument("out")
    q.add_argument("--runs", type=int, default=20)
    r = sub.add_parser("report")
    r.add_argument("results")
    r.add_argument("--queries")
    r.add_argument("--svg")
    r.add_argument("--machine", default="")
    args = parser.parse_args()
    if args.command == "queries":
        time_queries(args.spec, args.runs, args.out)
    else:
        print(report(args.results, args.queries, args.svg, args.machine))


if __name__ == "__main__":
    sys.exit(main())
