#!/usr/bin/env bash
# Fuzzes the document pipeline and the query side with libFuzzer under AddressSanitizer.
#   Scripts/Stress/fuzz.sh [seconds] [documents|queries|both]     (default: 600 seconds, both; split 2:1)
# Harnesses: Scripts/Stress/Fuzz/Documents (bytes → decode → libxml2 → site adapter → extraction → escaping) and
# Scripts/Stress/Fuzz/Queries (query strings and option values → search, deadlines, checklist, show, formatters on an
# index of Corpus/). Seeds: Corpus/, ../shared/corpus-dev/docs, Tests/Fuzz/ and a quick hostile corpus.
# Inputs that crash are written to .build/fuzz-work/crashes/; copy them to Tests/Fuzz/ so the tests replay them.
# Prints executions, executions/s and crashes per harness; exits 1 if any harness found a crash.
# Environment: FUZZ_MAX_LEN (default 4096 bytes per document input), FUZZ_CONFIG (release|debug, default release),
# FUZZ_JOBS (processes per harness, sharing one corpus; default 1), FUZZ_TRACE_CMP (1: libFuzzer's comparison
# tracing, the default; 0: edge coverage only, about 1.8 times the executions per second, for long volume runs).
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"
SECONDS_TOTAL="${1:-600}"
WHICH="${2:-both}"
MAX_LEN="${FUZZ_MAX_LEN:-4096}"
JOBS="${FUZZ_JOBS:-1}"
TRACE_CMP="${FUZZ_TRACE_CMP:-1}"
CONFIG="${FUZZ_CONFIG:-release}"
WORK="$ROOT/.build/fuzz-work"
SCRATCH="$ROOT/.build/fuzz"
mkdir -p "$WORK/crashes"

COVERAGE=()
if [ "$TRACE_CMP" = "0" ]; then
    # Without trace-cmp the instrumented comparisons stop calling into libFuzzer; its own build folder keeps both.
    SCRATCH="$ROOT/.build/fuzz-edges"
    COVERAGE=(-Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table)
fi
log "building the harnesses ($CONFIG, -sanitize=fuzzer,address${COVERAGE[*]:+, edge coverage only})"
for product in FuzzDocuments FuzzQueries; do
    UPPDRAG_FUZZ=1 swift build -c "$CONFIG" --scratch-path "$SCRATCH" --product "$product" \
        -Xswiftc -sanitize=fuzzer,address "${COVERAGE[@]}" -Xswiftc -use-ld=lld 2>&1 |
        (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
done
BIN="$SCRATCH/$CONFIG"

# Seeds. The first byte of a document input picks the extension the parser sees (see FuzzDocuments.swift).
SEEDS="$WORK/seeds"
rm -rf "$SEEDS" && mkdir -p "$SEEDS/documents" "$SEEDS/queries" "$WORK/corpus/documents" "$WORK/corpus/queries"
"$ROOT/Scripts/Stress/hostile-corpus.sh" "$WORK/hostile" --quick >/dev/null 2>&1 || true
python3 - "$SEEDS" "$ROOT" "$WORK/hostile" <<'PY'
import os, sys, hashlib
seeds, root, hostile = sys.argv[1], sys.argv[2], sys.argv[3]
exts = ["html", "htm", "xhtml", "xml", "txt", "md"]
folders = [os.path.join(root, "Corpus"), os.path.join(root, "..", "shared", "corpus-dev", "docs"), hostile,
           os.path.join(root, "Tests", "Fuzz", "documents")]
for folder in folders:
    for dirpath, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(dirpath, name)
            if os.path.islink(path) or not os.path.isfile(path) or not os.access(path, os.R_OK):
                continue
            data = open(path, "rb").read()
            if folder.endswith("documents"):
                blob = data  # already carries its selector byte
            else:
                ext = name.rsplit(".", 1)[-1].lower()
                blob = bytes([exts.index(ext) if ext in exts else 0]) + data
            open(os.path.join(seeds, "documents", hashlib.sha1(blob).hexdigest()), "wb").write(blob)
queries = [
    (b"\x00\x03\x00\x00", [b"kriminalv\xc3\xa5rden"]),
    (b"\x07\x04\x00\x01", [b"uppdrag redovisa", b"Skolverket", b"dir", b"", b"2010-01-01", b"2030-12-31", b"2026",
                           b"2027-06-30", b"Dir. 2015:27", b"2026-11-25"]),
    (b"\x3b\x02\x01\x02", [b'title:utredning AND "senast den" NOT x*', b"Socialstyrelsen", b"sfs"]),
    (b"\x02\x03\x00\x00", [b"Kriminalv\xc3\xa5rden"]),
    (b"\x01\x03\x00\x00", [b"agency:Skolverket type:dir year:2015..2020 issued:2015..2016 deadline:2026..2027"]),
    (b"\xff\x06\x05\x02", [b"(((a OR b) NEAR c) ADJ d) -e +f", b"", b"", b"Justitiedepartementet", b"1",
                           b"99999999", b"x", b"-", b"SFS 2020:1", b"2026-13-45", b"Dir. 2015:27",
                           b"../../etc/passwd"]),
]
for i, (control, fields) in enumerate(queries):
    open(os.path.join(seeds, "queries", "seed%d" % i), "wb").write(control + b"\x00".join(fields))
qdir = os.path.join(root, "Tests", "Fuzz", "queries")
if os.path.isdir(qdir):
    for name in os.listdir(qdir):
        data = open(os.path.join(qdir, name), "rb").read()
        open(os.path.join(seeds, "queries", "t-" + name), "wb").write(data)
PY

# The fixed index the query harness searches.
if [ ! -d "$WORK/index" ]; then
    swift build --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
    "$ROOT/.build/debug/uppdrag" ingest --quiet --index "$WORK/index" "$ROOT/Corpus" >/dev/null 2>&1 || true
fi

STATUS=0
fuzz() { # name seconds max_len; runs JOBS processes that share one corpus folder
    local name="$1" seconds="$2" maxlen="$3" job rc=0 pids=() started=$SECONDS
    log "fuzzing $name for ${seconds}s with $JOBS process(es)"
    for ((job = 0; job < JOBS; job++)); do
        UPPDRAG_FUZZ_INDEX="$WORK/index" ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1" \
            "$BIN/Fuzz${name^}" "$WORK/corpus/$name" "$SEEDS/$name" -max_total_time="$seconds" -rss_limit_mb=2048 \
            -max_len="$maxlen" -timeout=20 -detect_leaks=0 -print_final_stats=1 -seed=$((RANDOM + job)) \
            -artifact_prefix="$WORK/crashes/$name-" >"$WORK/$name-$job.log" 2>&1 &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid" || rc=$?; done
    local elapsed=$((SECONDS - started))
    # 72 is libFuzzer's exit after SIGINT: an interrupted run, its executions still count.
    local interrupted=0
    if [ "$rc" -eq 72 ]; then interrupted=1 && rc=0; fi
    local runs
    runs=$(cat "$WORK/$name"-[0-9]*.log | awk '/^stat::number_of_executed_units/ {sum += $2} END {print sum + 0}')
    local crashes
    crashes=$(find "$WORK/crashes" -name "$name-*" -newer "$WORK/$name.start" 2>/dev/null | wc -l)
    printf '%s\texecutions %s\texec/s %s\tprocesses %s\tseconds %s\tcrashes %s\texit %s%s\n' "$name" "$runs" \
        "$((runs / (elapsed > 0 ? elapsed : 1)))" "$JOBS" "$elapsed" "$crashes" "$rc" \
        "$([ "$interrupted" -eq 0 ] || echo ' (interrupted)')"
    if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        STATUS=1
        cat "$WORK/$name"-[0-9]*.log | grep -E 'ERROR|SUMMARY|Fatal|panicked' | head -5 >&2 || true
    fi
}
for name in documents queries; do touch "$WORK/$name.start" && rm -f "$WORK/$name"-[0-9]*.log; done
case "$WHICH" in
    documents) fuzz documents "$SECONDS_TOTAL" "$MAX_LEN" ;;
    queries) fuzz queries "$SECONDS_TOTAL" 512 ;;
    both)
        fuzz documents $((SECONDS_TOTAL * 2 / 3)) "$MAX_LEN"
        fuzz queries $((SECONDS_TOTAL - SECONDS_TOTAL * 2 / 3)) 512
        ;;
    *) fatal "unknown harness: $WHICH" ;;
esac
exit "$STATUS"
