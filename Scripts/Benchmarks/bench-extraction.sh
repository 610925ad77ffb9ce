#!/usr/bin/env bash
# Extraction cost: parse and extraction throughput (MB/s on one core) over corpus-dev and a sample of the g0vse
# corpus, next to the CPU time of a full ingest of the same files, so extraction's share of ingest is visible.
#   Scripts/Benchmarks/bench-extraction.sh [SAMPLE_SIZE]      default 2000 g0vse pages
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"
SAMPLE="${1:-2000}"
install_system_packages
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null 2>&1 || fatal "need GNU time"; }
swift build -c release --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
BIN="$(swift build -c release --show-bin-path)/uppdrag"
DATA="$ROOT/.build-data"
if [ ! -d "$DATA/g0vse-corpus" ]; then
    mkdir -p "$DATA"
    tar -xJf "$ROOT/../shared/corpora/regeringen-g0vse-2026-01.tar.xz" -C "$DATA"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/sample"
find "$DATA/g0vse-corpus" -name '*.md' | sort | awk -v n="$SAMPLE" 'NR % int(33468 / n + 1) == 0' | head -n "$SAMPLE" |
    while read -r file; do cp "$file" "$WORK/sample/$(echo "$file" | md5sum | cut -c1-12).md"; done

report() {
    local name="$1" folder="$2"
    local timings ingest
    timings=$("$BIN" extract --timings "$folder"/* 2>&1 >/dev/null | tail -1)
    ingest=$( { /usr/bin/time -f "%U %S" "$BIN" ingest --quiet --index "$WORK/index-$name" "$folder" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
    echo "| $name | $(ls "$folder" | wc -l) | $timings | $(echo "$ingest" | awk '{printf "%.2f s", $1 + $2}') |"
}

echo "| corpus | files | extract --timings | ingest CPU (user + sys, both cores) |"
echo "| --- | ---: | --- | ---: |"
if [ -d "$ROOT/../shared/corpus-dev/docs" ]; then report corpus-dev "$ROOT/../shared/corpus-dev/docs"; fi
report "g0vse-$SAMPLE" "$WORK/sample"
