internal import CSpawn

#if canImport(Glibc)
    import Glibc
#endif

/// Bounds on one run of `pdftotext`, so a malformed or hostile PDF costs at most this much.
public struct PDFLimits: Sendable, Hashable {
    /// Wall-clock seconds before the child is killed.
    public var seconds: Int
    /// Address space of the child in bytes (RLIMIT_AS); allocation fails past it.
    public var memoryBytes: Int
    /// Text bytes read from the child before it is killed.
    public var outputBytes: Int

    /// 30 seconds, 1 GiB of address space, 256 MiB of text.
    public init(seconds: Int = 30, memoryBytes: Int = 1 << 30, outputBytes: Int = 256 << 20) {
        self.seconds = seconds
        self.memoryBytes = memoryBytes
        self.outputBytes = outputBytes
    }
}

/// Runs poppler's `pdftotext -enc UTF-8 - -` as a child process with the PDF on its standard input (an in-memory
/// file) and returns the text of each page; a crash, hang or memory blow-up of poppler stays in the child.
struct PDFTextProcess: Sendable {
    /// The absolute path of pdftotext, or nil when it is not installed.
    let executable: String?
    let limits: PDFLimits

    init(limits: PDFLimits, executable: String? = Self.locate("pdftotext")) {
        self.limits = limits
        self.executable = executable
    }

    /// The text of each page, in order (pdftotext ends every page with a form feed).
    func pages(_ bytes: [UInt8]) throws(DocumentError) -> [String] {
        guard let executable else { throw .pdf("pdftotext not found in PATH (Debian: apt install poppler-utils)") }
        let output = try Self.run(
            executable, ["-enc", "UTF-8", "-eol", "unix", "-", "-"], input: bytes, tool: "pdftotext", limits: limits)
        var pages = String(decoding: TextDecoder.composed(output), as: UTF8.self).split(
            separator: "\u{0C}", omittingEmptySubsequences: false
        ).map(String.init)
        if pages.last?.isEmpty == true { pages.removeLast() }
        return pages
    }

    /// Runs `executable` with `arguments` and `input` on its stdin (an in-memory file) within `limits`; returns its
    /// standard output. `environment` entries ("NAME=value") are added to this process's environment.
    static func run(
        _ executable: String, _ arguments: [String], input bytes: [UInt8], tool: String, limits: PDFLimits,
        environment: [String] = []
    ) throws(DocumentError) -> [UInt8] {
        let input = cspawn_memory_file("uppdrag-pdf")
        guard input >= 0 else { throw .pdf("cannot make an input file: \(Self.errorText())") }
        defer { close(input) }
        guard Self.writeAll(input, bytes), lseek(input, 0, SEEK_SET) == 0 else {
            throw .pdf("cannot fill the input file: \(Self.errorText())")
        }
        var output: Int32 = -1
        var errors: Int32 = -1
        var argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var envp: [UnsafeMutablePointer<CChar>?] = []
        if !environment.isEmpty {
            var current = environ
            while let entry = current.pointee {
                envp.append(strdup(entry))
                current += 1
            }
            envp += environment.map { strdup($0) }
            envp.append(nil)
        }
        defer { for pointer in envp { free(pointer) } }
        let cspawnLimits = cspawn_limits(
            address_space_bytes: UInt64(max(0, limits.memoryBytes)),
            cpu_seconds: UInt64(max(1, limits.seconds)))
        let pid = envp.withUnsafeBufferPointer { environmentBuffer in
            cspawn_start(
                executable, argv, environment.isEmpty ? nil : environmentBuffer.baseAddress, input, cspawnLimits,
                &output, &errors)
        }
        guard pid > 0 else { throw .pdf("cannot start \(tool): \(Self.errorText())") }
        defer {
            close(output)
            close(errors)
        }
        let collected = collect(output: output, errors: errors, limits: limits)
        var exitCode: Int32 = 0
        var signal: Int32 = 0
        if collected.stopped != nil { kill(pid, SIGKILL) }
        if cspawn_wait(pid, 0, &exitCode, &signal) < 0 { throw .pdf("cannot wait for \(tool): \(Self.errorText())") }
        switch collected.stopped {
        case .timedOut: throw .timedOut(seconds: limits.seconds)
        case .tooMuchText: throw .pdf("\(tool) wrote over \(limits.outputBytes) bytes")
        case nil: break
        }
        let message = Self.firstMessage(collected.messageLines)
        if signal == SIGXCPU { throw .timedOut(seconds: limits.seconds) }
        if signal != 0 {
            let why = message.isEmpty ? "" : " after \"\(message)\""
            throw .pdf("\(tool) ended by signal \(signal)\(why) (memory limit \(limits.memoryBytes >> 20) MiB)")
        }
        if exitCode != 0 {
            throw .pdf(message.isEmpty ? "\(tool) exit code \(exitCode)" : message)
        }
        return collected.output
    }

    private enum Stop { case timedOut, tooMuchText }

    /// Reads the child's stdout and stderr until both end, the deadline passes or the text is too long; of the
    /// messages it keeps the first and the last few kilobytes.
    private static func collect(output: Int32, errors: Int32, limits: PDFLimits) -> Collected {
        var collected = Collected()
        var open: [Int32] = [output, errors]
        let deadline = now() + Double(max(1, limits.seconds))
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while !open.isEmpty {
            let remaining = deadline - now()
            if remaining <= 0 {
                collected.stopped = .timedOut
                return collected
            }
            var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polled, nfds_t(polled.count), Int32(min(remaining * 1000 + 1, 60_000)))
            if ready < 0 {
                if errno == EINTR { continue }
                collected.stopped = .timedOut
                return collected
            }
            for entry in polled where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { raw in read(entry.fd, raw.baseAddress, raw.count) }
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                if count <= 0 {
                    open.removeAll { $0 == entry.fd }
                    continue
                }
                if entry.fd == output {
                    collected.output.append(contentsOf: buffer[0..<count])
                    if collected.output.count > limits.outputBytes {
                        collected.stopped = .tooMuchText
                        return collected
                    }
                } else {
                    collected.keepMessages(buffer[0..<count])
                }
            }
        }
        return collected
    }

    private struct Collected {
        var output: [UInt8] = []
        var head: [UInt8] = []
        var tail: [UInt8] = []
        var stopped: Stop?

        static let kept = 4096

        mutating func keepMessages(_ chunk: ArraySlice<UInt8>) {
            let room = Self.kept - head.count
            if room > 0 {
                head.append(contentsOf: chunk.prefix(room))
                if chunk.count <= room { return }
            }
            tail.append(contentsOf: chunk.suffix(Self.kept))
            if tail.count > Self.kept { tail.removeFirst(tail.count - Self.kept) }
        }

        /// Whole lines of the messages kept: the head's last and the tail's first line may be cut.
        var messageLines: [String] {
            var lines = String(decoding: head, as: UTF8.self).split(separator: "\n").map(String.init)
            if head.count == Self.kept, !tail.isEmpty || head.last != 0x0A { _ = lines.popLast() }
            var tailLines = String(decoding: tail, as: UTF8.self).split(separator: "\n").map(String.init)
            if !tailLines.isEmpty { tailLines.removeFirst() }
            return lines + tailLines
        }
    }

    /// The most telling line of pdftotext's messages: the first error that is not about one bad character, else
    /// the first error, else the first line.
    private static func firstMessage(_ lines: [String]) -> String {
        let errors = lines.filter { $0.contains("Error") }
        let chosen = errors.first(where: { !$0.contains("Illegal character") }) ?? errors.first ?? lines.first ?? ""
        return String(chosen.prefix(300))
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    /// The first executable `name` in PATH.
    static func locate(_ name: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
