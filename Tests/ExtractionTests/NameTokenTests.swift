import Foundation
import Testing

@testable import Extraction

/// The byte-level tokeniser must cut and key every text exactly as the plain scalar-by-scalar reading below does.
@Suite struct NameTokenTests {
    @Test func handcraftedEdgeCasesMatchTheScalarReading() {
        let texts = [
            "SiS:s uppdrag", "SIS:S", "Kriminalvårdens och Socialstyrelsens", "ungdoms- och civilsamhällesfrågor",
            "ungdoms-och civilsamhällesfrågor", "UNGDOMS-OCH", "E-hälsomyndigheten", "Myndig\u{AD}heten för",
            "zero\u{200B}width", "non\u{2011}breaking\u{2011}", "ÅÄÖ ÉÈ Þorn ×", "Ǆemal İstanbul ΣΊΣΥΦΟΣ",
            "Skatte- och tullverket", "a:s", ":s", "x:", "&", "A & B", "tab\tnew\nline\u{0B}\u{0C}\r",
            "\u{A0}nbsp\u{2003}em", "emoji 🇸🇪 ok", "trailing--", "-lead", "12:3", "2015:27", "Dir. 2015:27", "",
        ]
        for text in texts { #expect(NameToken.tokenise(text) == Self.reference(text), "\(text.debugDescription)") }
    }

    @Test func realDocumentsMatchTheScalarReading() throws {
        let validation = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/validation/docs")
        var folders = [validation]
        if GoldTextCorpus.isPresent { folders.append(GoldTextCorpus.root.appendingPathComponent("docs")) }
        var compared = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(NameToken.tokenise(text) == Self.reference(text), "\(name)")
                compared += 1
            }
        }
        #expect(compared >= 30)
    }

    static func reference(_ text: String) -> [NameToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [NameToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            let start = index
            if NameToken.isWordScalar(scalar) {
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if NameToken.isWordScalar(current) {
                        index += 1
                    } else if current == "\u{AD}" || current == "\u{200B}" {
                        // Soft hyphen and zero-width space from HTML hyphenation stay inside the word.
                        index += 1
                    } else if current == "-" || current == "\u{2011}" {
                        index += 1
                        // A hyphen followed by a space ends the word ("ungdoms- och"), and so does one glued to
                        // "och" ("ungdoms-och civilsamhällesfrågor").
                        if index < scalars.count, !NameToken.isWordScalar(scalars[index]) { break }
                        if isGluedOch(scalars, at: index) { break }
                    } else if current == ":", index + 1 < scalars.count,
                        scalars[index + 1] == "s"
                            || scalars[index + 1] == "S",
                        index + 2 >= scalars.count || !NameToken.isWordScalar(scalars[index + 2])
                    {
                        index += 2
                        break
                    } else {
                        break
                    }
                }
            } else {
                index += 1
            }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[start..<index])
            let written = String(word)
            tokens.append(
                NameToken(text: written, key: Self.referenceKey(written), offset: start, length: index - start))
        }
        return tokens
    }

    /// True when "och" followed by a non-letter starts at `index`.
    static func isGluedOch(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 <= scalars.count else { return false }
        let word = String(String.UnicodeScalarView(scalars[index..<(index + 3)])).lowercased()
        return word == "och" && (index + 3 == scalars.count || !NameToken.isWordScalar(scalars[index + 3]))
    }

    static func referenceKey(_ written: String) -> String {
        if written == "&" { return "och" }
        var lower = written.lowercased()
        lower.unicodeScalars.removeAll { $0 == "\u{AD}" || $0 == "\u{200B}" }
        while lower.count > 1, lower.hasSuffix("-") || lower.hasSuffix("\u{2011}") { lower.removeLast() }
        return lower
    }

    @Test func fastLowerCaseIsLowerCase() {
        for text in [
            "", "abc", "ABC", "ÅÄÖ åäö ÉÈÞ ×÷ ß", "Ǆemal İstanbul ΣΊΣΥΦΟΣ", "µ ª º \u{A0}\u{AD}", "Skolverket", "SiS:s",
            "emoji 🇸🇪 OK",
        ] {
            #expect(text.lowercasedFast == text.lowercased(), "\(text.debugDescription)")
        }
    }
}
