/// Regular expressions, built once: a regex literal at its use site is parsed and compiled on every call.
///
/// `Regex` is not declared Sendable, but it is immutable after creation and compiles its program lazily with an
/// atomic store (swift-experimental-string-processing, `Regex.Program.loweredProgram`), so sharing is safe.
enum Patterns {
    nonisolated(unsafe) static let sessionOrYearNumber = /^\d{4}(?:\/\d{2})?:\d+$/
    nonisolated(unsafe) static let yearAndNumber = /(\d{4}):(\d+)/
    nonisolated(unsafe) static let riksmoteNumber = /\d{4}\/\d{2,4}:\d+/
    nonisolated(unsafe) static let isoDate = /(\d{4})-(\d{2})-(\d{2})/
    nonisolated(unsafe) static let spelledDate = /(\d{1,2})\s+([a-zA-ZåäöÅÄÖ]+)\s+(\d{4})/
    nonisolated(unsafe) static let signedInStockholm = /Stockholm den (\d{1,2}) ([a-zåäö]+) (\d{4})/
    nonisolated(unsafe) static let gluedDiarienummer = /^(.*?)[,\s]*Diarienummer:\s*(.+)$/
    nonisolated(unsafe) static let gluedDirective = /^(.*?)[,\s]*(?:ID-nummer:\s*)?([Dd]ir\.\s?\d{4}:\d+)\s*$/
    nonisolated(unsafe) static let gluedPublication = /^(.*?)[,\s]*((?:[Pp]rop\.?|SOU|Ds)\s?\d{4}(?:\/\d{2})?:\d+)\s*$/
    nonisolated(unsafe) static let ministerSays = /säger [a-zåäö-]*minister/
    nonisolated(unsafe) static let directiveFileName = /(?:^|[-_])dir\.?-?(\d{4})-?(\d{1,4})-?$/
    nonisolated(unsafe) static let yearSeriesFileName = /(?:^|[-_])(sou|ds)\.?-?(\d{4})-?(\d{1,4})-?$/
    nonisolated(unsafe) static let sessionFileName = /(?:^|[-_])(prop|skr)\.?-?(\d{4})-?(\d+)(?:-(\d{1,4}))?-?$/
    nonisolated(unsafe) static let ministry = /([A-ZÅÄÖa-zåäö][a-zåäö]*(?:- och [a-zåäö]+)?departementet)/
    nonisolated(unsafe) static let ministrySignature = /\(([A-ZÅÄÖ][a-zåäö]*(?:- och [a-zåäö]+)?departementet)\)\s*$/
    nonisolated(unsafe) static let diarienummerPrefix = /^([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})(\d{4})\//
    nonisolated(unsafe) static let directive = /\b[Dd]ir\.?\s*(\d{4}):(\d+)/
    nonisolated(unsafe) static let bill = /\b[Pp]rop\.?\s*(\d{4}\/\d{2,4}):(\d+)/
    nonisolated(unsafe) static let sou = /\bSOU\s*(\d{4}):(\d+)/
    nonisolated(unsafe) static let ds = /\bDs\s*(\d{4}):(\d+)/
    nonisolated(unsafe) static let statuteSeries = /\b([A-ZÅÄÖ]{1,8}-FS|[A-ZÅÄÖ]{1,8}FS)\s*(?:nr:?\s*)?(\d{4}):(\d+)/
    nonisolated(unsafe) static let diarienummer = /\b([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}\d{4}\/\d{3,6}(?:\/[A-ZÅÄÖa-zåäö]+)?)/
}
