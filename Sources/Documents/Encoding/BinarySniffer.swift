/// Recognises files that are not text documents before any parsing is attempted.
enum BinarySniffer {
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
        (Array("%PDF".utf8), "PDF document"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x1F, 0x8B], "gzip data"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        ([0xD0, 0xCF, 0x11, 0xE0], "OLE compound file"),
        ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
    ]

    /// A description of the binary content, or nil when the bytes may be text.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.bytes) { return signature.name }
        // UTF-16 text has NULs in every other byte; it is recognised before this count.
        if TextDecoder.utf16WithoutBOM(bytes) != nil { return nil }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        let sample = bytes.prefix(8192)
        var control = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            control += 1
        }
        if control * 10 > sample.count { return "\(control) control bytes in the first \(sample.count)" }
        return nil
    }
}
