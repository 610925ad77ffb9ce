#!/usr/bin/env bash
# One writer, many readers: runs search, deadlines, checklist, show and stats in loops while an ingest commits
# small batches, then checks the write lock and the signals.
#   Scripts/Stress/concurrency-test.sh [documents] [readers per command]      (default: 1500 documents, 1 reader each)
# Proves: no reader run fails while ingest commits (readers reopen and retry on DatabaseModifiedError); each sees a
# committed state (the document count never goes backwards, every JSON line parses); a second ingest is refused at
# once with exit 75 naming the lock holder; SIGINT and SIGTERM stop ingest after the current batch with exit 130
# and 143, leaving an index that xapian-check accepts and that a re-run completes.
# Environment: UPPDRAG (binary, default .build/debug/uppdrag), BATCH (default 20), WORK, G0VSE (the unpacked g0vse
# corpus, default .build-data/g0vse-corpus, unpacked there when missing).
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"
DOCUMENTS="${1:-1500}"
READERS="${2:-1}"
BATCH="${BATCH:-20}"
G0VSE="${G0VSE:-$ROOT/.build-data/g0vse-corpus}"
UPPDRAG="${UPPDRAG:-$ROOT/.build/debug/uppdrag}"
if [ ! -x "$UPPDRAG" ]; then swift build --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true); fi
WORK="${WORK:-$(mktemp -d /tmp/uppdrag-concurrency.XXXXXX)}"
INDEX="$WORK/index"
mkdir -p "$WORK/docs" "$WORK/readers"
# gen-corpus.sh unpacks the g0vse corpus into .build-data/ when it is missing.
[ -f "$G0VSE/SOURCES.md" ] || "$ROOT/Scripts/Benchmarks/gen-corpus.sh" 0 "$WORK/empty" >/dev/null
cp "$UPPDRAG" "$WORK/uppdrag"  # a rebuild during the test cannot change the binary under it
UPPDRAG="$WORK/uppdrag"
rm -rf "$INDEX"

python3 - "$WORK/docs" "$G0VSE" "$DOCUMENTS" <<'PY'
import os, sys, random
out, g0vse, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
pages = []
for dirpath, _, names in os.walk(g0vse):
    pages += [os.path.join(dirpath, n) for n in names if n.endswith(".md")]
pages.sort()
random.Random(7).shuffle(pages)
for i, path in enumerate(pages[:count]):
    os.makedirs(os.path.join(out, "%02d" % (i % 30)), exist_ok=True)
    with open(path, "rb") as source, open(os.path.join(out, "%02d" % (i % 30), os.path.basename(path)[:100]), "wb") as f:
        f.write(source.read())
PY
copied=$(find "$WORK/docs" -type f | wc -l)
[ "$copied" -eq "$DOCUMENTS" ] || fatal "wanted $DOCUMENTS g0vse pages from $G0VSE, found $copied"
"$UPPDRAG" ingest --quiet --index "$INDEX" "$ROOT/Corpus" >/dev/null 2>&1 || fatal "first ingest of Corpus failed"
ID=$("$UPPDRAG" search --index "$INDEX" --format jsonl --limit 1 | sed -E 's/.*"id":"([0-9a-f]{16})".*/\1/')

reader() { # name: runs one command in a loop until $WORK/stop exists; writes runs and failures
    local name="$1" runs=0 failed=0 last=0 out rc
    while [ ! -e "$WORK/stop" ]; do
        rc=0
        case "$name" in
            search*) out=$("$UPPDRAG" search --index "$INDEX" --format jsonl --limit 50 --facets uppdrag 2>"$WORK/readers/$name.err") || rc=$? ;;
            deadlines*) out=$("$UPPDRAG" deadlines --index "$INDEX" --format jsonl --today 2026-01-01 2>"$WORK/readers/$name.err") || rc=$? ;;
            checklist*) out=$("$UPPDRAG" checklist --index "$INDEX" --format json 2>"$WORK/readers/$name.err") || rc=$? ;;
            show*) out=$("$UPPDRAG" show --index "$INDEX" --format json "$ID" 2>"$WORK/readers/$name.err") || rc=$? ;;
            stats*) out=$("$UPPDRAG" stats --index "$INDEX" --format json 2>"$WORK/readers/$name.err") || rc=$? ;;
        esac
        runs=$((runs + 1))
        if [ "$rc" -ne 0 ]; then
            failed=$((failed + 1))
            printf 'run %d: exit %d: %s\n' "$runs" "$rc" "$(head -c 300 "$WORK/readers/$name.err")" >>"$WORK/readers/$name.failures"
            continue
        fi
        # Every line of JSON output parses, and the document count never goes backwards.
        if ! printf '%s\n' "$out" | python3 -c '
import json, sys
text = sys.stdin.read().strip()
if text.startswith("{") and "\n{" not in text: json.loads(text)
elif text.startswith("["): json.loads(text)
else:
    for line in text.splitlines(): json.loads(line)
' 2>/dev/null; then
            failed=$((failed + 1))
            echo "run $runs: output is not valid JSON" >>"$WORK/readers/$name.failures"
        fi
        if [[ "$name" == stats* ]]; then
            count=$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')
            if [ "$count" -lt "$last" ]; then
                failed=$((failed + 1))
                echo "run $runs: document count went from $last back to $count" >>"$WORK/readers/$name.failures"
            fi
            last=$count
        fi
    done
    echo "$runs $failed" >"$WORK/readers/$name.count"
}

rm -f "$WORK/stop"
"$UPPDRAG" ingest --quiet --batch-size "$BATCH" --index "$INDEX" "$WORK/docs" >"$WORK/ingest.out" 2>"$WORK/ingest.err" &
WRITER=$!
pids=()
for i in $(seq 1 "$READERS"); do
    for command in search deadlines checklist show stats; do
        reader "$command-$i" &
        pids+=($!)
    done
done

# A second ingest while the first one runs: refused at once with exit 75, naming the lock and its holder.
sleep 2
status=0
lockline="not tried: ingest finished first"
if kill -0 "$WRITER" 2>/dev/null; then
    start=$(date +%s.%N)
    second=0
    "$UPPDRAG" ingest --quiet --index "$INDEX" "$ROOT/Corpus" >/dev/null 2>"$WORK/second.err" || second=$?
    took=$(echo "$(date +%s.%N) - $start" | bc)
    lockline="exit $second after ${took}s: $(head -1 "$WORK/second.err")"
    if [ "$second" -ne 75 ]; then log "FAIL second ingest: $lockline"; status=1; fi
    grep -q "process $WRITER" "$WORK/second.err" || { log "FAIL second ingest does not name process $WRITER"; status=1; }
fi
writer_status=0
wait "$WRITER" || writer_status=$?
touch "$WORK/stop"
wait "${pids[@]}" 2>/dev/null || true
[ "$writer_status" -eq 0 ] || { log "FAIL ingest exited $writer_status: $(tail -2 "$WORK/ingest.err")"; status=1; }

runs=0
failed=0
for file in "$WORK"/readers/*.count; do
    read -r r f <"$file"
    log "  $(basename "$file" .count): $r runs, $f failed"
    runs=$((runs + r))
    failed=$((failed + f))
done
if [ "$failed" -ne 0 ]; then
    status=1
    cat "$WORK"/readers/*.failures | head -10 >&2
fi

# Signals: SIGINT and SIGTERM during an ingest with work to do stop it after the current batch.
signal_result=""
for signal in INT TERM; do
    rm -rf "$WORK/signal-index"
    "$UPPDRAG" ingest --quiet --batch-size "$BATCH" --index "$WORK/signal-index" "$WORK/docs" \
        >/dev/null 2>"$WORK/signal.err" &
    pid=$!
    sleep 3
    kill -"$signal" "$pid" 2>/dev/null || true
    rc=0
    wait "$pid" || rc=$?
    expected=$([ "$signal" = INT ] && echo 130 || echo 143)
    signal_result+=" SIG$signal→$rc"
    if [ "$rc" -ne "$expected" ]; then log "FAIL SIG$signal: exit $rc, expected $expected"; status=1; fi
    grep -q "interrupted" "$WORK/signal.err" || { log "FAIL SIG$signal: no 'interrupted' message"; status=1; }
    check_index "$WORK/signal-index" >/dev/null 2>&1 || { log "FAIL SIG$signal: xapian-check fails"; status=1; }
    rc=0
    "$UPPDRAG" ingest --quiet --index "$WORK/signal-index" "$WORK/docs" >/dev/null 2>&1 || rc=$?
    [ "$rc" -eq 0 ] || { log "FAIL SIG$signal: re-run exited $rc"; status=1; }
done

printf 'concurrency-test: %d reader runs during ingest, %d failed; second ingest: %s; signals:%s\n' \
    "$runs" "$failed" "$lockline" "$signal_result"
exit "$status"
