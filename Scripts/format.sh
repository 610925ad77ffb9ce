#!/usr/bin/env bash
# Formats every Swift file in git with the checked-in .swift-format, then lints strictly.
#   Scripts/format.sh          format in place, then lint
#   Scripts/format.sh --check  lint only; fails on any finding (CI)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
mapfile -t files < <(git ls-files -- '*.swift' ':!:Package.swift')
if [ "${1:-}" != "--check" ]; then
    swift format format --in-place --parallel "${files[@]}"
fi
swift format lint --strict --parallel "${files[@]}"
