#!/usr/bin/env bash
# PDF throughput: uppdrag ingest of a folder of PDFs against plain pdftotext over the same files, both with as many
# processes at once as there are cores; prints wall times, pages per second and the ratio.
#   Scripts/Benchmarks/bench-pdf.sh [FOLDER] [COPIES]
# FOLDER defaults to the PDF fixtures; each file is copied COPIES times (default 20), a distinct trailing comment
# on each copy, so every copy is parsed and indexed as a file of its own.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"
SOURCE="${1:-$ROOT/Tests/DocumentsTests/Fixtures/pdf}"
COPIES="${2:-20}"
install_system_packages
swift build -c release --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
BIN="$(swift build -c release --show-bin-path)/uppdrag"
[ -x "$BIN" ] || fatal "build failed"
CORES="$(nproc)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/pdf"
shopt -s nullglob
sources=("$SOURCE"/*.pdf)
[ ${#sources[@]} -gt 0 ] || fatal "no PDF files in $SOURCE"
for file in "${sources[@]}"; do
    for copy in $(seq 1 "$COPIES"); do
        target="$WORK/pdf/$(basename "$file" .pdf)-$copy.pdf"
        cp "$file" "$target"
        printf '\n%% copy %d\n' "$copy" >>"$target"
    done
done
files=$(find "$WORK/pdf" -name '*.pdf' | wc -l)
bytes=$(du -sb "$WORK/pdf" | cut -f1)
pages=0
for file in "${sources[@]}"; do
    count=$(pdfinfo "$file" 2>/dev/null | awk '/^Pages:/ {print $2}')
    pages=$((pages + ${count:-0} * COPIES))
done

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
# Warm the page cache and the dynamic loader once, untimed.
find "$WORK/pdf" -name '*.pdf' -print0 | xargs -0 -n 1 -P "$CORES" sh -c 'pdftotext -q -enc UTF-8 "$0" - >/dev/null || true'

start=$(now)
find "$WORK/pdf" -name '*.pdf' -print0 | xargs -0 -n 1 -P "$CORES" sh -c 'pdftotext -q -enc UTF-8 "$0" - >/dev/null || true'
plain=$(calc "$(now) - $start")

start=$(now)
status=0
"$BIN" ingest --quiet --index "$WORK/index" "$WORK/pdf" >/dev/null 2>"$WORK/ingest.err" || status=$?
ingest=$(calc "$(now) - $start")
[ "$status" -eq 0 ] || [ "$status" -eq 65 ] || { cat "$WORK/ingest.err" >&2; fatal "ingest failed with exit code $status"; }

log "$files files, $pages pages, $((bytes / 1024)) KiB, $CORES processes at once"
printf '| run | wall s | pages/s | MB/s |\n| --- | ---: | ---: | ---: |\n'
for row in "pdftotext (xargs -P $CORES)|$plain" "uppdrag ingest|$ingest"; do
    name="${row%|*}"
    seconds="${row#*|}"
    printf '| %s | %.2f | %.0f | %.1f |\n' "$name" "$seconds" "$(calc "$pages / $seconds")" \
        "$(calc "$bytes / 1000000 / $seconds")"
done
printf 'ingest / pdftotext wall time: %.2f\n' "$(calc "$ingest / $plain")"
tail -1 "$WORK/ingest.err" >&2
