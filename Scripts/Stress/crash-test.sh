#!/usr/bin/env bash
# Kills ingest with SIGKILL at random moments and proves the index survives every time.
#   Scripts/Stress/crash-test.sh [trials] [documents]          (default: 50 trials over 2000 documents)
# Documents: Corpus/ plus Markdown pages from /work/data/g0vse-corpus (or $G0VSE), and renamed copies.
# Trials rotate through three kinds: a first ingest into an empty index; a re-ingest after a third of the files
# changed or disappeared (replace and delete paths); and two kills in a row before recovering. After each kill:
#   - xapian-check passes and `stats` opens the index;
#   - `search` works and every stored Xapian document is byte-identical to one written by a complete ingest
#     (of the folder before or after the change): only committed batches are visible, nothing half-written;
# then ingest runs again and must converge to exactly what a clean ingest writes: the same ids, the same stored
# data of every Xapian document, the same `search --format jsonl` lines and the same `show --format json` records.
# Environment: UPPDRAG (binary, default .build/debug/uppdrag, built if missing), SEED (random seed, default 4),
# BATCH (ingest --batch-size, default 50), WORK (scratch folder, default a new temporary one).
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"
TRIALS="${1:-50}"
DOCUMENTS="${2:-2000}"
BATCH="${BATCH:-50}"
SEED="${SEED:-4}"
G0VSE="${G0VSE:-/work/data/g0vse-corpus}"
UPPDRAG="${UPPDRAG:-$ROOT/.build/debug/uppdrag}"
command -v xapian-check >/dev/null || fatal "xapian-check not found (Debian: xapian-tools)"
if [ ! -x "$UPPDRAG" ]; then swift build --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true); fi
WORK="${WORK:-$(mktemp -d /tmp/uppdrag-crash.XXXXXX)}"
mkdir -p "$WORK"
# A private copy, so a rebuild during the trials cannot change the binary under them.
cp "$UPPDRAG" "$WORK/uppdrag"
UPPDRAG="$WORK/uppdrag"
RANDOM=$SEED

# --- the documents: canonical folder, and a variant with changed, removed and added files -----------------------
python3 - "$WORK" "$ROOT/Corpus" "$G0VSE" "$DOCUMENTS" "$SEED" <<'PY'
import os, sys, random, shutil
work, corpus, g0vse, count, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
rng = random.Random(seed)
canon, variant = os.path.join(work, "canon"), os.path.join(work, "variant")
for folder in (canon, variant):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
sources = sorted(os.path.join(corpus, n) for n in os.listdir(corpus))
pages = []
if os.path.isdir(g0vse):
    for dirpath, _, names in os.walk(g0vse):
        pages += [os.path.join(dirpath, n) for n in names if n.endswith(".md")]
    pages.sort()
    rng.shuffle(pages)
files = {}
for path in sources:
    files["corpus/" + os.path.basename(path)] = open(path, "rb").read()
for i, path in enumerate(pages[: max(0, count - 2 * len(sources))]):
    files["g0vse/%02d/%s" % (i % 40, os.path.basename(path)[:100])] = open(path, "rb").read()
i = 0
while len(files) < count:  # renamed copies of the bundled documents, with a varied first line
    path = sources[i % len(sources)]
    data = open(path, "rb").read()
    stem, ext = os.path.splitext(os.path.basename(path))
    files["copies/%s-%d%s" % (stem, i, ext)] = data.replace(b"<title>", b"<title>Kopia %d " % i, 1) if ext != ".txt" \
        else b"Kopia %d\n" % i + data
    i += 1
names = sorted(files)
for name in names:
    for folder in (canon, variant):
        os.makedirs(os.path.dirname(os.path.join(folder, name)), exist_ok=True)
    open(os.path.join(canon, name), "wb").write(files[name])
for k, name in enumerate(names):
    data = files[name]
    if k % 6 == 0:
        continue  # removed in the variant
    if k % 6 == 1:
        data = data + b"\n\nTillagd text: Statskontoret ska redovisa senast den 1 mars 2031.\n"
    open(os.path.join(variant, name), "wb").write(data)
for k in range(len(names) // 20):  # files only the variant has
    open(os.path.join(variant, "g0vse", "extra-%d.txt" % k), "wb").write(
        b"Extra %d\n\nSkolverket ska redovisa uppdraget senast den %d maj 2030.\n" % (k, 1 + k % 28))
print(len(names), "documents", file=sys.stderr)
PY

# --- helpers -------------------------------------------------------------------------------------------------------
cat >"$WORK/digest.py" <<'PY'
# Prints one sha1 per Xapian document (of its stored data), sorted; reads the index with xapian-delve.
import subprocess, sys, hashlib
index = sys.argv[1]
out = subprocess.run(["xapian-delve", "-1", "-t", "", index], check=True, capture_output=True).stdout.decode()
ids = [line for line in out.splitlines()[1:] if line.strip().isdigit()]
digests = []
for start in range(0, len(ids), 2000):
    args = ["xapian-delve", "-d"]
    for docid in ids[start:start + 2000]:
        args += ["-r", docid]
    lines = subprocess.run(args + [index], check=True, capture_output=True).stdout.split(b"\n")
    for i, line in enumerate(lines):
        if line.startswith(b"Data for record #"):
            digests.append(hashlib.sha1(lines[i + 1]).hexdigest())
if len(digests) != len(ids):
    sys.exit("digest: %d documents but %d data records" % (len(ids), len(digests)))
sys.stdout.write("".join(digest + "\n" for digest in sorted(digests)))  # nothing at all for an empty index
PY
ingest() { # index folder: a complete ingest run from the folder's own place, so stored paths match
    (cd "$WORK" && "$UPPDRAG" ingest --quiet --batch-size "$BATCH" --index "$1" "$2")
}
searchall() { # the snippet of an empty query depends on docid order, which parallel parsing leaves open
    # search exits 1 when nothing matches (an index killed before its first commit), which is no failure here
    { "$UPPDRAG" search --index "$1" --format jsonl --limit 1000000 || [ $? -eq 1 ]; } | sed -E 's/"snippet":"([^"\\]|\\.)*"//' \
        | LC_ALL=C sort
}
showall() { # index: `show --format json` of every 8th document in id order (the digest covers all stored data)
    local id
    for id in $(searchall "$1" | sed -E 's/.*"id":"([0-9a-f]{16})".*/\1/' | sort | awk 'NR % 8 == 1'); do
        "$UPPDRAG" show --index "$1" --format json "$id" || return 1
    done
}

# --- references: a clean ingest of each state --------------------------------------------------------------------
rm -rf "$WORK/docs" "$WORK/ref" "$WORK/ref-variant"
cp -a "$WORK/variant" "$WORK/docs"
ingest "$WORK/ref-variant" docs >/dev/null 2>&1 || true
python3 "$WORK/digest.py" "$WORK/ref-variant" >"$WORK/ref-variant.digest"
rm -rf "$WORK/docs" && cp -a "$WORK/canon" "$WORK/docs"
start=$(date +%s.%N)
ingest "$WORK/ref" docs >/dev/null 2>&1 || true
CLEAN=$(echo "$(date +%s.%N) - $start" | bc)
python3 "$WORK/digest.py" "$WORK/ref" >"$WORK/ref.digest"
searchall "$WORK/ref" >"$WORK/ref.search"
showall "$WORK/ref" | sha1sum >"$WORK/ref.show"
sort -u "$WORK/ref.digest" "$WORK/ref-variant.digest" >"$WORK/committed.digest"
TOTAL=$(wc -l <"$WORK/ref.digest")
log "reference: $TOTAL Xapian documents, $(wc -l <"$WORK/ref.search") search hits, clean ingest ${CLEAN}s"
check_index "$WORK/ref" >/dev/null || fatal "xapian-check fails on the clean reference index"

# --- trials ----------------------------------------------------------------------------------------------------------
passed=0
declare -A phases=()
for trial in $(seq 1 "$TRIALS"); do
    kind=$(( (trial - 1) % 3 ))
    index="$WORK/index"
    failure=""
    rm -rf "$WORK/docs"
    case $kind in
        0) rm -rf "$index"; cp -a "$WORK/canon" "$WORK/docs" ;;                 # first ingest
        1) [ -d "$index" ] || cp -a "$WORK/ref" "$index"; cp -a "$WORK/variant" "$WORK/docs" ;;  # changes
        2) rm -rf "$index"; cp -a "$WORK/canon" "$WORK/docs" ;;                 # two kills in a row
    esac
    kills=$(( kind == 2 ? 2 : 1 ))
    for k in $(seq 1 $kills); do
        # A random moment within the clean run's duration: walking, mid-batch, committing, or already done.
        delay=$(echo "scale=3; $((RANDOM % 1000)) * $CLEAN * 1.1 / 1000 + 0.02" | bc)
        (cd "$WORK" && exec "$UPPDRAG" ingest --quiet --batch-size "$BATCH" --index "$index" docs >/dev/null 2>&1) &
        pid=$!
        sleep "$delay"
        # Already finished: the window was too long for this machine's load now, so shorten it.
        state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || echo gone)  # an exited child is a zombie (Z)
        if [ "$state" = Z ] || [ "$state" = gone ]; then CLEAN=$(echo "$delay * 0.9" | bc); fi
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    # After the kill: the index opens, checks clean, searches, and holds only whole committed documents.
    : >"$WORK/killed.digest"
    # A kill before the first database was made leaves none to check.
    if [ -n "$(index_databases "$index")" ]; then
        message=$(check_index "$index") || failure="xapian-check failed: $message"
        [ -n "$failure" ] || "$UPPDRAG" stats --index "$index" >/dev/null 2>&1 || failure="stats failed"
        [ -n "$failure" ] || searchall "$index" >"$WORK/killed.search" || failure="search failed after the kill"
        if [ -z "$failure" ]; then
            python3 "$WORK/digest.py" "$index" >"$WORK/killed.digest" || failure="digest failed"
            extra=$(comm -23 "$WORK/killed.digest" "$WORK/committed.digest" | wc -l)
            [ "$extra" -eq 0 ] || failure="$extra stored documents not written by any complete ingest"
        fi
        present=$(wc -l <"$WORK/killed.digest" 2>/dev/null || echo 0)
    else
        present=0
    fi
    if [ "$kind" -eq 1 ]; then
        if cmp -s "$WORK/killed.digest" "$WORK/ref.digest"; then phase="before the first commit"
        elif cmp -s "$WORK/killed.digest" "$WORK/ref-variant.digest"; then phase="after the last commit"
        else phase="mid-run"; fi
    elif [ "$present" -eq 0 ]; then phase="before the first commit"
    elif [ "$present" -ge "$TOTAL" ]; then phase="after the last commit"
    else phase="mid-run"; fi
    # Recovery: ingest the canonical folder again and compare with the clean reference.
    if [ -z "$failure" ]; then
        rm -rf "$WORK/docs" && cp -a "$WORK/canon" "$WORK/docs"
        started=$(date +%s.%N)
        rc=0; ingest "$index" docs >/dev/null 2>&1 || rc=$?
        # A whole run from an empty index re-measures the kill window: the machine's load changes.
        [ "$present" -ne 0 ] || [ "$kind" -eq 1 ] || CLEAN=$(echo "$(date +%s.%N) - $started" | bc)
        [ "$rc" -eq 0 ] || failure="re-ingest exited $rc"
    fi
    if [ -z "$failure" ]; then
        python3 "$WORK/digest.py" "$index" | cmp -s - "$WORK/ref.digest" || failure="stored documents differ from a clean ingest"
    fi
    if [ -z "$failure" ]; then
        searchall "$index" | cmp -s - "$WORK/ref.search" || failure="search output differs from a clean ingest"
    fi
    if [ -z "$failure" ] && { [ "$trial" -eq "$TRIALS" ] || [ $((trial % 10)) -eq 0 ]; }; then
        showall "$index" | sha1sum | cmp -s - "$WORK/ref.show" || failure="show records differ from a clean ingest"
    fi
    check_index "$index" >/dev/null 2>&1 || failure="${failure:-xapian-check failed after recovery}"
    phases["$phase"]=$(( ${phases["$phase"]:-0} + 1 ))
    if [ -z "$failure" ]; then
        passed=$((passed + 1))
        log "trial $trial/$TRIALS: ok (kind $kind, $kills kill(s) within ${CLEAN%.*}s, last after ${delay}s, $present documents survived, $phase)"
    else
        log "trial $trial/$TRIALS: FAILED (kind $kind, $phase): $failure"
        cp -a "$index" "$WORK/failed-index-$trial" 2>/dev/null || true
    fi
done
for phase in "${!phases[@]}"; do log "  killed $phase: ${phases[$phase]}"; done
printf 'crash-test: %d of %d trials passed (%d documents, batch %d, work %s)\n' "$passed" "$TRIALS" "$TOTAL" "$BATCH" "$WORK"
[ "$passed" -eq "$TRIALS" ]
