import Foundation

/// JSON as every command and the API write it: sorted keys, slashes unescaped.
public enum JSONOutput {
    /// `value` as JSON text, indented when `pretty`.
    public static func encode(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
