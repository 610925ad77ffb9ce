#!/usr/bin/env bash
# Latency of every read command on an index of the bundled Corpus/: wall-clock median (hyperfine, whole process)
# and CPU time per run, so a busy machine's waiting does not hide the work itself.
#   Scripts/Benchmarks/bench-queries.sh [RUNS]      default 20 runs per command
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cd "$ROOT"
RUNS="${1:-20}"
install_system_packages
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine time >/dev/null 2>&1 || fatal "need hyperfine"
swift build -c release --product uppdrag 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
BIN="$(swift build -c release --show-bin-path)/uppdrag"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$BIN" ingest --quiet --index "$WORK/index" Corpus
commands=(
    "search kriminalvården"
    "search --facets --agency SiS"
    "search --assignments Kriminalvården"
    "deadlines --agency Kriminalvården --today 2016-06-01"
    "deadlines --format ics"
    "checklist --agency Kriminalvården"
    "agencies"
    "refs Dir.2015:27"
    "show Corpus/dir-2016-15.html"
    "stats"
)
echo "| command | wall median (ms) | CPU per run (ms) |"
echo "| --- | ---: | ---: |"
for command in "${commands[@]}"; do
    # shellcheck disable=SC2086
    hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$WORK/h.json" "$BIN $command --index $WORK/index" >/dev/null 2>&1
    cpu=$( { /usr/bin/time -f "%U %S" "$BIN" $command --index "$WORK/index" >/dev/null; } 2>&1 | tail -1)
    python3 - "$WORK/h.json" "$command" "$cpu" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
user, system = (float(x) for x in sys.argv[3].split())
print(f"| `{sys.argv[2]}` | {result['median'] * 1000:.0f} | {(user + system) * 1000:.0f} |")
PY
done
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
