#!/usr/bin/env bash
# Extracts the pages of the second labelled set (Tests/ExtractionTests/Fixtures/g0vse-sample) and scores them.
#   Scripts/Quality/score-sample.sh tuning|heldout [score.py options …]
# The held-out half is scored only to report a finished change; tune on the other half.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"
split="${1:-}"
[ "$split" = tuning ] || [ "$split" = heldout ] || fatal "usage: Scripts/Quality/score-sample.sh tuning|heldout [options]"
SAMPLE="$ROOT/Tests/ExtractionTests/Fixtures/g0vse-sample"
swift build -c release --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
BIN="$(swift build -c release --show-bin-path)/uppdrag"
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
status=0
awk -F"\t" -v half="$split" 'NR > 1 && $2 == half { print $3 }' "$SAMPLE/sample.tsv" | (cd "$SAMPLE" && xargs "$BIN" extract) \
    > "$OUT" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 65 ] || fatal "extract failed with exit code $status"
python3 "$ROOT/Scripts/Quality/score.py" "$OUT" "$SAMPLE/gold-$split.jsonl" "${@:2}"
