import Foundation

/// Helpers that make untrusted document text safe for terminals, CSV and tables.
public enum TextOutput {
    /// Removes control characters (terminal escape sequences among them), keeping tabs as spaces.
    public static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" {
                result.append(" ")
            } else if !isControl(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Removes control characters but keeps line breaks, for multi-line fields.
    public static func terminalSafeKeepingNewlines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { terminalSafe(String($0)) }
            .joined(separator: "\n")
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// One RFC 4180 CSV field; a leading `=`, `+`, `-` or `@` is neutralised so spreadsheets do not run it.
    public static func csvField(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + replacing("\"", with: "\"\"", in: value) + "\""
        }
        return value
    }

    /// `text` with every `scalar` replaced; Foundation's replacingOccurrences goes through NSString and costs
    /// more than the rest of a large report.
    public static func replacing(_ scalar: Unicode.Scalar, with replacement: String, in text: String) -> String {
        guard text.unicodeScalars.contains(scalar) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            if character == scalar { result += replacement } else { result.unicodeScalars.append(character) }
        }
        return result
    }

    /// One CSV record with CRLF line end (RFC 4180).
    public static func csvRow(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",") + "\r\n"
    }

    /// Cuts `text` to at most `width` characters, with an ellipsis.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        return String(text.prefix(width - 1)) + "…"
    }

    /// A path as people read it: relative to the working directory when it lies below it.
    public static func displayPath(_ path: String) -> String {
        let directory = FileManager.default.currentDirectoryPath
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
