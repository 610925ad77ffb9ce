#!/usr/bin/env bash
# Ingest and query benchmarks: uppdrag ingest vs Xapian's omindex vs the raw limit (uppdrag-rawindex), on the same
# files in the same run, several rounds each; prints a Markdown table and writes an SVG plot.
#
#   Scripts/Benchmarks/bench.sh [--rounds R] [--big-rounds R] [--seed S] [--runs K] [--work DIR] [--no-g0vse | --g0vse-only]
#                    [--append] [--queries-only] [--tools "uppdrag omindex raw"] [--first-round K] [N…]
#
# N: sizes of generated corpora (default 1000 10000); corpora over 100,000 files run --big-rounds rounds
# (default 1). The real g0vse corpus (33,468 Markdown pages) is measured too unless --no-g0vse. Everything lands in
# DIR (default .build-bench/): corpora, indexes, results.tsv, queries.tsv, report.md, bench.svg. --append keeps
# earlier results (to add corpora or rounds in steps, numbered from --first-round); --queries-only reuses the
# indexes of an earlier run; --tools limits the ingest rounds to some of the three.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"

rounds=3
big_rounds=1
seed=1
runs=20
work="$ROOT/.build-bench"
g0vse=1
append=0
queries_only=0
generated=1
tools=(uppdrag omindex raw)
first_round=1
sizes=()
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift 2 ;;
        --big-rounds) big_rounds="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --no-g0vse) g0vse=0; shift ;;
        --g0vse-only) generated=0; shift ;;
        --append) append=1; shift ;;
        --queries-only) queries_only=1; shift ;;
        --tools) read -r -a tools <<<"$2"; shift 2 ;;
        --first-round) first_round="$2"; shift 2 ;;
        -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
        -*) fatal "unknown option $1" ;;
        *) sizes+=("$1"); shift ;;
    esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

# Tools: the build dependencies plus GNU time (peak RSS).
SYSTEM_PACKAGES+=(time)
install_system_packages
[ -x /usr/bin/time ] || fatal "/usr/bin/time missing"

log "building release: uppdrag, uppdrag-rawindex…"
swift build -c release --product uppdrag 2>&1 | (grep -E 'error|warning: unre' >&2 || true)
UPPDRAG_BENCHMARKS=1 swift build -c release --product uppdrag-rawindex 2>&1 | (grep -E 'error' >&2 || true)
BIN="$(swift build -c release --show-bin-path)"
UPPDRAG="$BIN/uppdrag"
RAW="$BIN/uppdrag-rawindex"
[ -x "$UPPDRAG" ] && [ -x "$RAW" ] || fatal "release build failed"

mkdir -p "$work"
RESULTS="$work/results.tsv"
QUERIES="$work/queries.tsv"
if [ "$append" -eq 0 ] || [ ! -f "$RESULTS" ]; then
    printf 'corpus\tfiles\tbytes\ttool\tround\twall\tuser\tsys\trss_kb\tindex_bytes\tdocs\txapian_docs\n' >"$RESULTS"
    : >"$QUERIES"
fi

# omindex handles text/html and text/plain natively and has no XML handler: XML and XHTML go through its HTML
# parser (it keeps the text of unknown elements), Markdown and text are plain text; the g0vse JSON sidecars are
# skipped, as uppdrag skips them.
OMINDEX_TYPES=(-M html:text/html -M htm:text/html -M xhtml:text/html -M xml:text/html -M txt:text/plain
    -M md:text/plain -M json:skip)

# Runs a command under GNU time; prints "wall user sys rss_kb" (tab-separated).
timed() {
    local stats="$work/time.$$"
    local status=0
    /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$stats" "$@" >"$work/out.$$" 2>"$work/err.$$" || status=$?
    if [ "$status" -ne 0 ] && [ "$status" -ne 65 ]; then
        log "failed ($status): $*"
        tail -5 "$work/err.$$" >&2
    fi
    tail -1 "$stats"
}

xapian_count() { xapian-delve "$1" 2>/dev/null | sed -n 's/^number of documents = //p'; }

run_tool() {
    local tool="$1" corpus="$2" dir="$3" round="$4" files="$5" bytes="$6"
    local index="$work/index-$corpus-$tool"
    rm -rf "$index"
    local stats docs
    case "$tool" in
        uppdrag)
            stats="$(timed "$UPPDRAG" ingest --quiet --index "$index" "$dir")"
            docs="$(grep -ho '^[0-9]* added' "$work/out.$$" "$work/err.$$" | head -1 | cut -d' ' -f1)"
            ;;
        omindex)
            stats="$(timed omindex --overwrite -s swedish -D "$index" -U / "${OMINDEX_TYPES[@]}" "$dir")"
            docs="$(xapian_count "$index")"
            ;;
        raw)
            stats="$(timed "$RAW" "$index" "$dir")"
            docs="$(grep -ho '^[0-9]* documents indexed' "$work/out.$$" | cut -d' ' -f1)"
            ;;
    esac
    local size
    size="$(du -sb "$index" | cut -f1)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$corpus" "$files" "$bytes" "$tool" "$round" "$stats" "$size" \
        "${docs:-0}" "$(xapian_count "$index")" >>"$RESULTS"
    log "  $corpus round $round $tool: $(printf '%s' "$stats" | cut -f1)s wall, ${docs:-0} docs, $size bytes"
}

bench_corpus() {
    local corpus="$1" dir="$2" n_rounds="$3"
    local files bytes
    files="$(find "$dir" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.xhtml' -o -name '*.xml' \
        -o -name '*.txt' -o -name '*.md' \) | wc -l)"
    bytes="$(find "$dir" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.xhtml' -o -name '*.xml' \
        -o -name '*.txt' -o -name '*.md' \) -print0 | du -cb --files0-from=- | tail -1 | cut -f1)"
    log "$corpus: $files files, $bytes bytes, $n_rounds round(s)"
    # Warm the page cache so every tool reads from memory, when the corpus fits in half of it; a larger corpus is
    # read from disk by every tool alike, in walk order.
    local available
    available="$(awk '/MemAvailable/ {printf "%.0f", $2 * 1024}' /proc/meminfo)"
    if [ "$bytes" -lt $((available / 2)) ]; then
        find "$dir" -type f -print0 | xargs -0 cat >/dev/null
    else
        log "$corpus: larger than half the free memory, not warmed"
    fi
    [ "$queries_only" -eq 0 ] || return 0
    local count=${#tools[@]}
    for round in $(seq "$first_round" $((first_round + n_rounds - 1))); do
        # Rotate the order each round so no tool always runs first.
        local shift=$(((round - 1) % count))
        for k in $(seq 0 $((count - 1))); do
            run_tool "${tools[$(((k + shift) % count))]}" "$corpus" "$dir" "$round" "$files" "$bytes"
        done
    done
    # The indexes of the last round stay for the query benchmark.
}

# Fixed query set: free-text searches (uppdrag and quest with the same stemmer and default AND), a facet search,
# deadlines for one agency and a year, a checklist for one agency, and the bare process start of each tool.
bench_queries() {
    local corpus="$1"
    local uindex="$work/index-$corpus-uppdrag" oindex="$work/index-$corpus-omindex" quest_tool=quest
    # Without an omindex index (--tools without omindex), quest searches uppdrag's own index: the same documents,
    # terms and stemmer, plus uppdrag's item documents.
    if [ ! -d "$oindex" ]; then
        oindex="$uindex"
        quest_tool="quest (uppdrag's index)"
    fi
    local spec="$work/query-spec.$$"
    local sep=$'\x1f'
    : >"$spec"
    add() { local label="$1" tool="$2"; shift 2; local IFS="$sep"; printf '%s\t%s\t%s\t%s\n' "$corpus" "$label" \
        "$tool" "$*" >>"$spec"; }
    add "process start" uppdrag "$UPPDRAG" search --help
    add "process start" quest quest --version
    local query
    for query in "regeringen uppdrag" "kriminalvården" '"våldsbejakande extremism"' "personuppgifter skolverket" \
        "redovisas senast" "utredare NOT betänkande"; do
        add "search $query" uppdrag "$UPPDRAG" search --index "$uindex" --limit 10 "$query"
        add "search $query" "$quest_tool" quest -d "$oindex" -s swedish -o and -m 10 "$query"
    done
    add "search --facets regeringen" uppdrag "$UPPDRAG" search --index "$uindex" --facets regeringen
    add "deadlines --agency Socialstyrelsen --from 2020 --to 2020" uppdrag "$UPPDRAG" deadlines --index "$uindex" \
        --agency Socialstyrelsen --from 2020 --to 2020
    add "checklist --agency Socialstyrelsen" uppdrag "$UPPDRAG" checklist --index "$uindex" --agency Socialstyrelsen
    python3 "$ROOT/Scripts/Benchmarks/benchreport.py" queries "$spec" "$QUERIES" --runs "$runs"
    # The same uppdrag commands timed inside one process (`uppdrag bench`): the query without the process start.
    local lines="$work/query-lines.$$"
    awk -F'\t' '$3 == "uppdrag" && $2 != "process start" {
        n = split($4, argv, "\x1f"); line = argv[2]
        for (i = 3; i <= n; i++) if (argv[i] != "--index" && argv[i - 1] != "--index") line = line " " argv[i]
        print line }' "$spec" >"$lines"
    "$UPPDRAG" bench --index "$uindex" --runs "$runs" "$lines" | tail -n +2 |
        awk -F'\t' -v corpus="$corpus" 'BEGIN { OFS = "\t" } {
            label = $1; sub(/ --limit 10/, "", label)
            print corpus, label, "uppdrag in process", $2, $3, $4, "–", "–" }' >>"$QUERIES"
    rm -f "$spec" "$lines"
}

[ "$generated" -eq 1 ] || sizes=()
for n in "${sizes[@]}"; do
    dir="$work/corpus-$n-seed$seed"
    if [ ! -f "$dir.complete" ]; then
        rm -rf "$dir"
        log "generating $n files (seed $seed) in $dir…"
        "$ROOT/Scripts/Benchmarks/gen-corpus.sh" "$n" "$dir" --seed "$seed"
        touch "$dir.complete"
    fi
    r="$rounds"
    [ "$n" -le 100000 ] || r="$big_rounds"
    bench_corpus "gen-$n" "$dir" "$r"
    bench_queries "gen-$n"
done

if [ "$g0vse" -eq 1 ]; then
    G0VSE="${G0VSE_DIR:-$ROOT/.build-data/g0vse-corpus}"
    # gen-corpus.sh unpacks the g0vse corpus into .build-data/ when it is missing.
    [ -f "$G0VSE/SOURCES.md" ] || "$ROOT/Scripts/Benchmarks/gen-corpus.sh" 0 "$work/empty" >/dev/null
    bench_corpus g0vse "$G0VSE" "$rounds"
    bench_queries g0vse
fi

machine="$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), \
$(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), \
$(swift --version 2>&1 | head -1 | sed 's/ (.*//'), $(omindex --version | head -1), \
xapian $(xapian-config --version 2>/dev/null | awk '{print $NF}'), load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$work"/time.$$ "$work"/out.$$ "$work"/err.$$
python3 "$ROOT/Scripts/Benchmarks/benchreport.py" report "$RESULTS" --queries "$QUERIES" --svg "$work/bench.svg" \
    --machine "$machine" | tee "$work/report.md"
log "plot: $work/bench.svg"
