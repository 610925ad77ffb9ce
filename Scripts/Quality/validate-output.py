#!/usr/bin/env python3
"""Checks uppdrag output with independent readers, for the test suite and for users' scripts.

  validate-output.py schema SCHEMA.json FILE [--lines]   JSON (or JSON Lines) against a JSON Schema (jsonschema)
  validate-output.py ics FILE                             RFC 5545 through the icalendar package, plus line checks
  validate-output.py csv FILE                             RFC 4180 through Python's csv reader: header, equal widths

Exits 0 when valid, 1 with a message otherwise, 2 when a needed package is missing.
"""
import csv
import io
import json
import sys


def fail(message):
    print(f"invalid: {message}", file=sys.stderr)
    sys.exit(1)


def check_schema(schema_path, path, lines):
    try:
        import jsonschema
    except ImportError:
        print("missing: jsonschema", file=sys.stderr)
        sys.exit(2)
    schema = json.load(open(schema_path, encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    text = open(path, encoding="utf-8").read()
    documents = [json.loads(line) for line in text.splitlines() if line.strip()] if lines else [json.loads(text)]
    for number, document in enumerate(documents, 1):
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        if errors:
            fail(f"document {number}: {errors[0].message} at {list(errors[0].path)}")
    print(f"valid: {len(documents)} document(s)")


def check_ics(path):
    try:
        import icalendar
    except ImportError:
        print("missing: icalendar", file=sys.stderr)
        sys.exit(2)
    data = open(path, "rb").read()
    if data and not data.endswith(b"\r\n"):
        fail("does not end with CRLF")
    for number, line in enumerate(data.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {number}: bare line break")
        if len(line) > 75:
            fail(f"line {number}: {len(line)} octets, over 75")
    calendar = icalendar.Calendar.from_ical(data)
    uids = set()
    events = 0
    for event in calendar.walk("VEVENT"):
        events += 1
        uid = str(event.get("UID"))
        if uid in uids:
            fail(f"duplicate UID {uid}")
        uids.add(uid)
        start = event.get("DTSTART")
        if start is None or start.params.get("VALUE") != "DATE":
            fail(f"{uid}: DTSTART is not an all-day date")
        if event.get("DTSTAMP") is None:
            fail(f"{uid}: no DTSTAMP")
        event.decoded("SUMMARY")
    print(f"valid: {events} event(s)")


def check_csv(path):
    text = open(path, encoding="utf-8", newline="").read()
    if text and "\r\n" not in text:
        fail("rows are not CRLF-terminated")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        fail("no header")
    width = len(rows[0])
    for number, row in enumerate(rows[1:], 2):
        if len(row) != width:
            fail(f"row {number} has {len(row)} fields, header has {width}")
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@"):
                fail(f"row {number}: cell starts with a formula character: {cell[:20]!r}")
    print(f"valid: {len(rows) - 1} row(s)")


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    if argv[1] == "schema" and len(argv) >= 4:
        check_schema(argv[2], argv[3], "--lines" in argv[4:])
    elif argv[1] == "ics":
        check_ics(argv[2])
    elif argv[1] == "csv":
        check_csv(argv[2])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
