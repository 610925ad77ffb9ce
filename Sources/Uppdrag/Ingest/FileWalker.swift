import Documents

#if canImport(Glibc)
    import Glibc
#endif

/// A file found by the walk: its path bytes as the file system has them, and a printable form.
public struct SourceFile: Sendable, Hashable {
    /// The path exactly as the file system spells it (may be invalid UTF-8).
    public var bytes: [UInt8]
    /// The path for humans and records: invalid UTF-8 replaced, control characters escaped.
    public var display: String

    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.display = SourceFile.printable(bytes)
    }

    /// The file's extension, lower-cased.
    var pathExtension: String {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")).map({ $0 + 1 }) ?? Optional(0),
            let dot = bytes[slash...].lastIndex(of: UInt8(ascii: ".")), dot > slash
        else { return "" }
        return String(decoding: bytes[(dot + 1)...], as: UTF8.self).lowercased()
    }

    static func printable(_ bytes: [UInt8]) -> String {
        let decoded = String(decoding: bytes, as: UTF8.self)
        // C0, DEL and C1 (U+0080–U+009F: a UTF-8 terminal obeys U+009B as CSI) are shown as escapes.
        let isControl = { (scalar: Unicode.Scalar) in scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) }
        guard decoded.unicodeScalars.contains(where: isControl) else { return decoded }
        var result = ""
        for scalar in decoded.unicodeScalars {
            if isControl(scalar) {
                result += "\\x" + String(scalar.value, radix: 16, uppercase: false).leftPadded(to: 2)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// What the walk reports besides files to read.
public enum WalkEvent: Sendable {
    case file(SourceFile)
    /// Not read: unsupported extension, symbolic link, special file.
    case skipped(SourceFile, reason: String)
    /// A folder or path that could not be read.
    case failed(SourceFile, reason: String)
}

/// Walks files and folders depth-first in sorted order, one directory open at a time; never follows symbolic links.
public struct FileWalker: Sequence, IteratorProtocol {
    private var stack: [[UInt8]]
    private var pending: [WalkEvent] = []

    public init(roots: [[UInt8]]) {
        stack = roots.reversed()
    }

    public mutating func next() -> WalkEvent? {
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            guard let path = stack.popLast() else { return nil }
            let file = SourceFile(bytes: path)
            var info = stat()
            let status = path.withUnsafeBufferPointer { buffer -> Int32 in
                withZeroTerminated(buffer) { lstat($0, &info) }
            }
            if status != 0 {
                return .failed(file, reason: String(cString: strerror(errno)))
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                return .skipped(file, reason: "symbolic link not followed")
            case S_IFDIR:
                switch Self.children(of: path) {
                case .success(let children):
                    stack.append(contentsOf: children.reversed())
                case .failure(let reason):
                    return .failed(file, reason: reason)
                }
            case S_IFREG:
                if DocumentParser.supportedExtensions.contains(file.pathExtension) { return .file(file) }
                return .skipped(file, reason: "unsupported file type")
            default:
                return .skipped(file, reason: "not a regular file")
            }
        }
    }

    private enum Listing {
        case success([[UInt8]])
        case failure(String)
    }

    private static func children(of directory: [UInt8]) -> Listing {
        guard let handle = directory.withUnsafeBufferPointer({ buffer in withZeroTerminated(buffer) { opendir($0) } })
        else { return .failure("cannot open folder: " + String(cString: strerror(errno))) }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        let base = directory.last == UInt8(ascii: "/") ? directory : directory + [UInt8(ascii: "/")]
        return .success(names.map { base + $0 })
    }
}

/// Calls `body` with a NUL-terminated copy of `bytes`.
func withZeroTerminated<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<CChar>) -> R) -> R {
    var copy = Array(bytes)
    copy.append(0)
    return copy.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
            guard let base = chars.baseAddress else { return body("") }
            return body(base)
        }
    }
}
