/// Why a file could not be turned into a document.
public enum DocumentError: Error, Sendable, CustomStringConvertible, Equatable {
    case empty
    case tooLarge(size: Int, limit: Int)
    case binary(String)
    case unparseable(String)
    /// Parsing worked but left no text (only markup, scripts or navigation).
    case noText

    public var description: String {
        switch self {
        case .empty: "file is empty"
        case .tooLarge(let size, let limit): "file is \(size) bytes, over the limit of \(limit) bytes"
        case .binary(let what): "not a text document (\(what))"
        case .unparseable(let why): "cannot be parsed: \(why)"
        case .noText: "no readable text"
        }
    }
}
