#!/usr/bin/env bash
# Generates N realistic documents into DIR, deterministically (same N and seed, same bytes):
#   Scripts/Benchmarks/gen-corpus.sh N DIR [--seed S] [--jobs J]
# Material: Corpus/ and the g0vse corpus (unpacked into .build-data/ on first use). Files go to DIR/0000/,
# DIR/0001/ … with at most 1000 files each. See Scripts/Benchmarks/gencorpus.py for what varies.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

[ $# -ge 2 ] || fatal "usage: Scripts/Benchmarks/gen-corpus.sh N DIR [--seed S] [--jobs J]"
count="$1"
out="$2"
shift 2
case "$count" in '' | *[!0-9]*) fatal "N must be a number: $count" ;; esac

DATA="$ROOT/.build-data"
TARBALL="${G0VSE_TARBALL:-$ROOT/../shared/corpora/regeringen-g0vse-2026-01.tar.xz}"
[ -f "$TARBALL" ] || TARBALL=/work/shared/corpora/regeringen-g0vse-2026-01.tar.xz
G0VSE="${G0VSE_DIR:-$DATA/g0vse-corpus}"
if [ ! -f "$G0VSE/SOURCES.md" ]; then
    [ -f "$TARBALL" ] || fatal "g0vse corpus not found: $TARBALL (set G0VSE_TARBALL or G0VSE_DIR)"
    log "unpacking $TARBALL into $DATA…"
    mkdir -p "$DATA"
    tar -xJf "$TARBALL" -C "$DATA"
fi
AGENCIES="${AGENCIES_TSV:-$ROOT/../shared/data/myndigheter-scb.tsv}"
[ -f "$AGENCIES" ] || AGENCIES=/work/shared/data/myndigheter-scb.tsv
[ -f "$AGENCIES" ] || fatal "agency list not found (set AGENCIES_TSV)"

mkdir -p "$out"
exec python3 "$ROOT/Scripts/Benchmarks/gencorpus.py" "$count" "$out" --root "$ROOT" --g0vse "$G0VSE" \
    --agencies "$AGENCIES" --cache "$DATA" "$@"
