// libFuzzer harness: query strings and option values against a fixed index (search, deadlines, checklist,
// show) and the report formatters. Built only by Scripts/Stress/fuzz.sh; the index path comes from $UPPDRAG_FUZZ_INDEX.
import Extraction
import Foundation
import Uppdrag

nonisolated(unsafe) var catalog: Catalog?
nonisolated(unsafe) var opened = false

/// Integers chosen by one byte: ordinary values and the edges (negative, zero, huge).
let integers = [0, 1, 3, 10, 100, -1, Int.max, Int.min, Int(Int32.max), Int(UInt32.max) + 1]

/// Splits the input at NUL bytes into fields; missing fields are nil.
func fields(_ bytes: UnsafeBufferPointer<UInt8>) -> [String?] {
    var result: [String?] = []
    for part in bytes.split(separator: 0, maxSplits: 12, omittingEmptySubsequences: false) {
        result.append(part.isEmpty ? nil : String(decoding: part, as: UTF8.self))
    }
    while result.count < 13 { result.append(nil) }
    return result
}

let fuzzQueries: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { data, size in
    if !opened {
        opened = true
        let path = ProcessInfo.processInfo.environment["UPPDRAG_FUZZ_INDEX"] ?? "Index"
        catalog = try? Catalog(indexPath: path)
    }
    guard let catalog, let data, size >= 4 else { return 0 }
    let control = UnsafeBufferPointer(start: data, count: 4)
    let field = fields(UnsafeBufferPointer(start: data + 4, count: size - 4))
    let flags = control[0]
    let sorts = SearchSort.allCases
    let options = SearchOptions(
        query: field[0] ?? "", limit: integers[Int(control[1]) % integers.count],
        offset: integers[Int(control[2]) % integers.count], agencies: field[1].map { [$0] } ?? [],
        types: field[2].map { [$0] } ?? [], ministries: field[3].map { [$0] } ?? [], issuedFrom: field[4],
        issuedTo: field[5], deadlineFrom: field[6], deadlineTo: field[7], references: field[8].map { [$0] } ?? [],
        sort: sorts[Int(control[3]) % sorts.count], facets: flags & 1 != 0, assignments: flags & 2 != 0,
        highlight: flags & 4 != 0 ? ("[", "]") : ("", ""))
    if let page = try? catalog.search(options) {
        for hit in page.hits.prefix(3) { _ = try? catalog.show(hit.id) }
    }
    let kinds = DeadlineKind.allCases.enumerated().filter { flags & (8 << $0.offset) != 0 }.map(\.element)
    let deadlineQuery = DeadlineQuery(
        agency: field[1], kinds: kinds, from: field[6], to: field[7], onlyOverdue: flags & 2 != 0,
        onlyUpcoming: flags & 4 != 0, includeSuperseded: flags & 1 != 0, today: field[9] ?? "2026-01-01")
    if let entries = try? catalog.deadlines(deadlineQuery) {
        _ = ICalendar.render(entries)
        _ = ReportFormats.deadlineTable(entries)
        _ = ReportFormats.deadlineCSV(entries)
    }
    let checklistQuery = ChecklistQuery(agency: field[1], document: field[10], query: field[0])
    if let items = try? catalog.checklist(checklistQuery) {
        _ = ReportFormats.checklistMarkdown(items)
        _ = ReportFormats.checklistCSV(items)
    }
    if let idOrPath = field[11] { _ = try? catalog.show(idOrPath) }
    return 0
}

/// libFuzzer's driver (FuzzerDriver.cpp): parses the command line and calls `callback` once per input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argumentCount, &arguments, fuzzQueries))
