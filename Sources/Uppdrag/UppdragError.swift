public import SearchIndex

/// An error that stops an uppdrag command.
public enum UppdragError: Error, Sendable, CustomStringConvertible {
    case index(SearchIndexError)
    case notFound(String)
    case invalidArgument(String)
    case io(path: String, message: String)
    case interrupted(signal: Int32)

    public var description: String {
        switch self {
        case .index(let error): error.description
        case .notFound(let what): "not found: \(what)"
        case .invalidArgument(let message): message
        case .io(let path, let message): "\(path): \(message)"
        case .interrupted(let signal): "interrupted by signal \(signal)"
        }
    }

    /// The process exit code for this error (sysexits values, see the README).
    public var exitCode: Int32 {
        switch self {
        case .index(let error):
            switch error {
            case .locked: ExitStatus.locked
            case .io, .cannotOpen, .corrupt, .versionMismatch, .schemaMismatch, .network: ExitStatus.ioError
            case .query: ExitStatus.usage
            default: ExitStatus.failure
            }
        case .notFound: ExitStatus.failure
        case .invalidArgument: ExitStatus.usage
        case .io: ExitStatus.ioError
        case .interrupted(let signal): 128 + signal
        }
    }
}

/// Exit codes of uppdrag commands.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// `search` found nothing (grep's convention, which scripts test for).
    public static let noMatch: Int32 = 1
    /// Any failure without a code of its own: no such document, an unexpected error.
    public static let failure: Int32 = 2
    public static let usage: Int32 = 64
    public static let someInputsFailed: Int32 = 65
    public static let ioError: Int32 = 74
    public static let locked: Int32 = 75
}
