#!/usr/bin/env bash
# Runs the whole test suite: unit, index, end-to-end CLI tests (debug build).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

install_system_packages
python3 -c 'import icalendar, jsonschema' 2>/dev/null || python3 -m pip install -q icalendar jsonschema >/dev/null 2>&1 || log "warning: python icalendar/jsonschema not installed; output validation tests are skipped"

swift build --build-tests 2>&1 | (grep -Ev '^\[[0-9]+/[0-9]+\]' >&2 || true)
swift test --skip-build "$@"
