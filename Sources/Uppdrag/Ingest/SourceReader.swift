#if canImport(Glibc)
    import Glibc
#endif

/// Reads whole files by their path bytes, bounded by a size limit.
enum SourceReader {
    enum Outcome {
        case bytes([UInt8])
        case tooLarge(Int)
        case failed(String)
    }

    /// Reads at most `limit` bytes; a file that is (or grows) larger is reported, not truncated silently.
    static func read(_ path: [UInt8], limit: Int) -> Outcome {
        let descriptor = path.withUnsafeBufferPointer { buffer in
            withZeroTerminated(buffer) { open($0, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK) }
        }
        if descriptor < 0 { return .failed(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) != 0 { return .failed(String(cString: strerror(errno))) }
        if info.st_mode & S_IFMT != S_IFREG { return .failed("not a regular file") }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.read(descriptor, base + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failed(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
            if filled == bytes.count {
                // The file grew while being read; read on, up to the limit.
                if bytes.count > limit { return .tooLarge(bytes.count) }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
        }
        bytes.removeSubrange(filled...)
        if filled > limit { return .tooLarge(filled) }
        return .bytes(bytes)
    }

    /// The absolute form of a path given on the command line (relative to the working directory).
    static func absolute(_ path: [UInt8]) -> [UInt8] {
        if path.first == UInt8(ascii: "/") { return normalized(path) }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return normalized(path) }
        let cwd = buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
        return normalized(cwd + [UInt8(ascii: "/")] + path)
    }

    /// Removes "." and "..", repeated and trailing slashes, without touching the file system.
    static func normalized(_ path: [UInt8]) -> [UInt8] {
        var parts: [ArraySlice<UInt8>] = []
        for part in path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if part.elementsEqual([UInt8(ascii: ".")]) { continue }
            if part.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        var result: [UInt8] = []
        for part in parts {
            result.append(UInt8(ascii: "/"))
            result.append(contentsOf: part)
        }
        return result.isEmpty ? [UInt8(ascii: "/")] : result
    }
}
