#!/usr/bin/env bash
# Extracts every document of ../shared/corpus-dev (or DIR) and scores the records against its hand labels.
#   Scripts/Quality/eval.sh [CORPUS_DIR]        CORPUS_DIR holds docs/ and gold.jsonl
# Prints precision, recall and F1 per field; Scripts/Quality/score.py states the matching rules.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"
CORPUS="${1:-$ROOT/../shared/corpus-dev}"
[ -f "$CORPUS/gold.jsonl" ] || fatal "no gold.jsonl in $CORPUS"
swift build -c release --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
BIN="$(swift build -c release --show-bin-path)/uppdrag"
OUT="$(mktemp)"
trap 'rm -f "$OUT"' EXIT
status=0
"$BIN" extract "$CORPUS"/docs/* > "$OUT" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 65 ] || fatal "extract failed with exit code $status"
python3 "$ROOT/Scripts/Quality/score.py" "$OUT" "$CORPUS/gold.jsonl" "${@:2}"
