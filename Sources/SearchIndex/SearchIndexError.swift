import CXapian

/// An error from the Xapian index, classified from the exception the shim caught.
public enum SearchIndexError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Another writer holds the index's write lock.
    case locked(path: String, message: String)
    /// The index does not exist or cannot be opened.
    case cannotOpen(path: String, message: String)
    /// The index changed under a reader; reopen and retry.
    case modified(message: String)
    case corrupt(message: String)
    /// The index was written by another uppdrag schema version.
    case schemaMismatch(path: String, found: String, expected: String)
    case versionMismatch(message: String)
    /// An I/O error while reading or writing (disk full among them).
    case io(message: String)
    case query(message: String)
    case invalid(message: String)
    case network(message: String)
    case outOfMemory
    case other(message: String)

    public var description: String {
        switch self {
        case .locked(let path, let message):
            "index at \(path) is locked: another ingest is running (\(message))"
        case .cannotOpen(let path, let message): "cannot open index at \(path): \(message)"
        case .modified(let message): "index changed while reading: \(message)"
        case .corrupt(let message): "index is corrupt: \(message)"
        case .schemaMismatch(let path, let found, let expected):
            "index at \(path) has schema version \(found), this uppdrag needs \(expected): re-ingest into a new index"
        case .versionMismatch(let message): "index format not supported: \(message)"
        case .io(let message): "index I/O error: \(message)"
        case .query(let message): "cannot parse query: \(message)"
        case .invalid(let message): "invalid index operation: \(message)"
        case .network(let message): "remote index unreachable: \(message)"
        case .outOfMemory: "out of memory in the index library"
        case .other(let message): message
        }
    }
}

/// Runs a shim call and turns a non-zero status into a thrown `SearchIndexError`.
@inline(__always)
func checked<T>(path: String = "", _ body: (UnsafeMutablePointer<cxapian_error>) -> T) throws(SearchIndexError) -> T {
    var status = cxapian_error()
    let result = body(&status)
    if status.code != 0 { throw SearchIndexError(status, path: path) }
    return result
}

extension SearchIndexError {
    init(_ status: cxapian_error, path: String) {
        let message = withUnsafeBytes(of: status.message) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        switch UInt32(bitPattern: status.code) {
        case CXAPIAN_LOCKED.rawValue: self = .locked(path: path, message: message)
        case CXAPIAN_OPENING.rawValue: self = .cannotOpen(path: path, message: message)
        case CXAPIAN_MODIFIED.rawValue: self = .modified(message: message)
        case CXAPIAN_CORRUPT.rawValue: self = .corrupt(message: message)
        case CXAPIAN_QUERY.rawValue: self = .query(message: message)
        case CXAPIAN_VERSION.rawValue: self = .versionMismatch(message: message)
        case CXAPIAN_IO.rawValue: self = .io(message: message)
        case CXAPIAN_INVALID.rawValue: self = .invalid(message: message)
        case CXAPIAN_NO_MEMORY.rawValue: self = .outOfMemory
        case CXAPIAN_NETWORK.rawValue: self = .network(message: message)
        default: self = .other(message: message)
        }
    }
}

/// Copies a shim-allocated buffer into bytes and frees it with the shim's own free.
func takeBytes(_ pointer: UnsafeMutablePointer<CChar>?, length: Int) -> [UInt8] {
    guard let pointer else { return [] }
    defer { cxapian_free_string(pointer) }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
        Array(UnsafeBufferPointer(start: $0, count: length))
    }
}

/// Copies a shim-allocated NUL-terminated string and frees it.
func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    defer { cxapian_free_string(pointer) }
    return String(cString: pointer)
}

/// Calls `body` with a pointer to the UTF-8 bytes of `string` and their count; NUL bytes travel as data.
func withCBytes<R>(_ string: String, _ body: (UnsafePointer<CChar>, Int) -> R) -> R {
    var string = string
    return string.withUTF8 { buffer in
        guard let base = buffer.baseAddress else { return "".withCString { body($0, 0) } }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0, buffer.count) }
    }
}

/// Calls `body` with a pointer to `bytes` and their count.
func withCBytes<R>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>, Int) -> R) -> R {
    bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return "".withCString { body($0, 0) } }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0, buffer.count) }
    }
}
