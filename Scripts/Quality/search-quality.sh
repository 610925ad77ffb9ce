#!/usr/bin/env bash
# Known-item search quality on the real regeringen.se corpus: uppdrag against omindex --stemmer=swedish.
#   Scripts/Quality/search-quality.sh [--pages N] [--targets N] [--seed S] [--fresh]
# --pages 0 takes all 33,468 pages (default 3000); --fresh rebuilds the sample, queries and both indexes.
# Prints MRR@10, Success@1 and Success@10 per query class; Scripts/Quality/search_quality.py holds the method, and
# Sources/Uppdrag/Documentation.docc/SearchQuality.md explains it and records the last results.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"
PAGES=3000
TARGETS=300
SEED=20260101
FRESH=0
while [ $# -gt 0 ]; do
    case "$1" in
        --pages) PAGES="$2"; shift 2 ;;
        --targets) TARGETS="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --fresh) FRESH=1; shift ;;
        *) fatal "unknown argument $1 (see the head of $0)" ;;
    esac
done
ARCHIVE="${CORPUS_ARCHIVE:-$ROOT/../shared/corpora/regeringen-g0vse-2026-01.tar.xz}"
CACHE="$ROOT/.build-data"
CORPUS="$CACHE/g0vse-corpus"
RUN="$CACHE/quality/p$PAGES-t$TARGETS-s$SEED"
command -v omindex >/dev/null && command -v quest >/dev/null || fatal "need omindex and quest (apt-get install xapian-omega xapian-tools)"
[ -f /usr/share/dict/swedish ] || fatal "need the Swedish word list (apt-get install wswedish)"

if [ ! -d "$CORPUS" ]; then
    [ -f "$ARCHIVE" ] || fatal "no corpus archive at $ARCHIVE"
    log "unpacking $ARCHIVE"
    mkdir -p "$CACHE"
    tar -xJf "$ARCHIVE" -C "$CACHE"
fi
[ "$FRESH" -eq 0 ] || rm -rf "$RUN"
mkdir -p "$RUN"
if [ ! -d "$RUN/sample" ]; then
    python3 "$ROOT/Scripts/Quality/search_quality.py" sample --corpus "$CORPUS" --out "$RUN/sample" --pages "$PAGES" --seed "$SEED"
fi
if [ ! -f "$RUN/queries.tsv" ]; then
    python3 "$ROOT/Scripts/Quality/search_quality.py" queries --sample "$RUN/sample" --out "$RUN/queries.tsv" \
        --targets "$TARGETS" --seed "$SEED"
fi

swift build -c release --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
BIN="$(swift build -c release --show-bin-path)/uppdrag"
# The uppdrag index is rebuilt on every run, since ranking and indexing are what change between runs.
rm -rf "$RUN/uppdrag-index"
log "uppdrag ingest of $RUN/sample"
"$BIN" ingest --index "$RUN/uppdrag-index" --quiet "$RUN/sample" >"$RUN/ingest.log" 2>&1 \
    || fatal "uppdrag ingest failed, see $RUN/ingest.log"
if [ ! -d "$RUN/omega.db" ]; then
    log "omindex of $RUN/sample"
    omindex --db "$RUN/omega.db" --url / --stemmer=swedish --mime-type=md:text/plain "$RUN/sample" \
        >"$RUN/omindex.log" 2>&1 || fatal "omindex failed, see $RUN/omindex.log"
fi
pages=$(find "$RUN/sample" -name '*.md' | wc -l)
omega_docs=$(xapian-delve "$RUN/omega.db" | sed -n 's/^number of documents = //p')
log "pages: $pages, omindex documents: $omega_docs"
[ "$omega_docs" = "$pages" ] || log "warning: omindex holds $omega_docs documents for $pages pages"

python3 "$ROOT/Scripts/Quality/search_quality.py" evaluate --queries "$RUN/queries.tsv" --uppdrag "$BIN" \
    --index "$RUN/uppdrag-index" --omega "$RUN/omega.db" --sample-root "$RUN/sample" --out "$RUN/results.tsv"
log "per-query ranks: $RUN/results.tsv"
