#!/usr/bin/env bash
# Builds everything (the uppdrag binary the CLI tests run, and the test bundle) with a sanitizer and runs the tests.
#   Scripts/sanitize.sh [address|undefined] [swift test arguments…]     (default: address, the whole suite)
#   Scripts/sanitize.sh address --filter 'ReliabilityTests|HostileInputTests|DocumentsTests'   (the CI subset)
# With address, Swift code and the C++ Xapian shim are instrumented; the system's libxapian and libxml2 are not, so a bad
# access inside them is caught only when it touches instrumented memory.
# Leak checking is off (the Swift runtime's and libxml2's process-lifetime caches are not leaks); SANITIZE_LEAKS=1
# turns it on. The options are linked in (__asan_default_options), because the CLI tests run the binary with a
# pinned environment.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
KIND="${1:-address}"
shift || true
# Swift has no -sanitize=undefined on Linux: there the C++ shim gets UBSan, and Swift code keeps its own
# always-on checks (overflow, bounds, exclusivity), which trap and so fail the tests just the same.
case "$KIND" in
    address) FLAGS=(-Xswiftc -sanitize=address -Xcxx -fsanitize=address) ;;
    undefined) FLAGS=(-Xcxx -fsanitize=undefined -Xswiftc -Xclang-linker -Xswiftc -fsanitize=undefined) ;;
    *) fatal "unknown sanitizer: $KIND (address or undefined)" ;;
esac
SCRATCH="$ROOT/.build/sanitize-$KIND"
mkdir -p "$SCRATCH"
LEAKS=$([ "${SANITIZE_LEAKS:-0}" = 1 ] && echo 1 || echo 0)
cat >"$SCRATCH/sanitizer-options.c" <<C
const char *__asan_default_options(void) { return "detect_leaks=$LEAKS:abort_on_error=0:halt_on_error=1"; }
const char *__ubsan_default_options(void) { return "print_stacktrace=1:halt_on_error=1"; }
C
clang -c -O1 -fPIC "$SCRATCH/sanitizer-options.c" -o "$SCRATCH/sanitizer-options.o"

log "building with -sanitize=$KIND into $SCRATCH"
swift build --build-tests --scratch-path "$SCRATCH" "${FLAGS[@]}" -Xlinker "$SCRATCH/sanitizer-options.o" 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
set +e
swift test --skip-build --scratch-path "$SCRATCH" "$@" 2>&1 | tee "$SCRATCH/test.log" | grep -Ev '^(◇|↳|\[)' >&2
status=${PIPESTATUS[0]}
set -e
reports=$(grep -cE '^(==[0-9]+==ERROR: AddressSanitizer|SUMMARY: (Address|UndefinedBehavior)Sanitizer)|runtime error:' \
    "$SCRATCH/test.log" || true)
printf 'sanitize %s: swift test exit %d, %d sanitizer reports (log: %s)\n' "$KIND" "$status" "$reports" \
    "$SCRATCH/test.log"
[ "$status" -eq 0 ] && [ "$reports" -eq 0 ]
