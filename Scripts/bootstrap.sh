#!/usr/bin/env bash
# Sets up everything on a fresh Debian 12 machine with Swift: system packages, a release build, an index of the
# bundled Corpus/ in Index/, and a sample search.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

install_system_packages
command -v swift >/dev/null || fatal "swift not found: install Swift 6.1 or later first"

log "building (release)…"
swift build -c release --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
BIN="$(swift build -c release --show-bin-path)/uppdrag"
[ -x "$BIN" ] || fatal "build failed"

if [ "${1:-}" = "--build-only" ]; then
    exit 0
fi

# An index written by an earlier schema version cannot be read or updated: make Index/ anew (it only ever holds
# what was ingested into it, and bootstrap ingests Corpus/ again at once).
if ! "$BIN" stats --index Index >/dev/null 2>"$ROOT/.build/stats.err" && grep -q "schema version" "$ROOT/.build/stats.err"; then
    log "Index/ was written by another schema version of uppdrag; making it anew"
    find Index -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +
fi
log "ingesting Corpus/ into Index/…"
status=0
"$BIN" ingest --index Index Corpus || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 65 ] || fatal "ingest failed with exit code $status"

log "sample search: uppdrag search --limit 3 kriminalvården"
"$BIN" search --index Index --limit 3 kriminalvården
log ""
log "uppdrag is built at $BIN"
