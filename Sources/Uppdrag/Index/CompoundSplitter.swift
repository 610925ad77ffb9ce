import Extraction
import Foundation
import Synchronization

/// Splits Swedish compounds into their parts ("sjukersättningen" → "sjuk", "ersättningen"), so a search for a part
/// finds the compound. The Snowball stemmer does not split compounds, so parts are indexed as extra terms.
///
/// Parts are checked against a word list (Debian's wswedish, /usr/share/dict/swedish, ISO-8859-1); without one,
/// nothing is split.
public final class CompoundSplitter: Sendable {
    let words: Set<String>
    /// Parts already worked out, shared by the ingest workers: words repeat across documents, so most are hits.
    private let cache = Mutex(PartsCache())
    /// Entries per generation of the cache; two generations at most, about 18 MB together.
    static let cacheGeneration = 50_000
    static let minimumPart = 3
    static let minimumWord = 8
    /// Inflection endings stripped from the last part before looking it up ("ersättningen" → "ersättning").
    static let endings = [
        "arnas", "ernas", "ornas", "ens", "ets", "arna", "erna", "orna", "en", "et", "ar", "er", "or",
        "na", "s", "n", "t", "a", "e",
    ]

    public static let defaultWordListPath = "/usr/share/dict/swedish"

    /// Loads the word list at `path`; a missing or unreadable list gives a splitter that splits nothing.
    public init(wordListPath: String = CompoundSplitter.defaultWordListPath) {
        guard let data = FileManager.default.contents(atPath: wordListPath) else {
            words = []
            return
        }
        // The list is ISO-8859-1; every byte is one Unicode scalar of the same value.
        var words = Set<String>()
        words.reserveCapacity(130_000)
        var current = String.UnicodeScalarView()
        for byte in data {
            if byte == 0x0A {
                if current.count >= Self.minimumPart { words.insert(String(current).lowercased()) }
                current = String.UnicodeScalarView()
            } else if byte != 0x0D {
                current.append(Unicode.Scalar(byte))
            }
        }
        if current.count >= Self.minimumPart { words.insert(String(current).lowercased()) }
        self.words = words
    }

    init(words: Set<String>) {
        self.words = words
    }

    /// True when there is a word list to split against.
    public var isEnabled: Bool { !words.isEmpty }

    /// The parts of a lower-case word that is a compound, else an empty list.
    func parts(of word: String) -> [String] {
        let scalars = Array(word.unicodeScalars)[...]
        guard scalars.count >= Self.minimumWord else { return [] }
        // Prefer the longest head ("straffbart" → "straff" + "bart"), but take a three-letter last part ("ens" in
        // "socialtjänst|ens") only when no last part of four or more letters fits.
        for minimumTail in [Self.minimumPart + 1, Self.minimumPart] {
            var index = scalars.count - Self.minimumPart
            while index >= Self.minimumPart {
                if isWord(scalars[index...], minimum: minimumTail),
                    let base = headWord(String(scalars: scalars[..<index]))
                {
                    return [base, String(scalars: scalars[index...])]
                }
                index -= 1
            }
        }
        return []
    }

    /// The dictionary form of a compound's first part: as is, with a linking -s- removed ("sjukvårds" → "sjukvård",
    /// "arbets" → "arbete"), or with a dropped final vowel restored ("skol" → "skola", "pojk" → "pojke").
    private func headWord(_ head: String) -> String? {
        if words.contains(head) { return head }
        if head.hasSuffix("s"), head.count > Self.minimumPart {
            let stem = String(head.dropLast())
            if words.contains(stem) { return stem }
            if words.contains(stem + "e") { return stem + "e" }
        }
        for vowel in ["a", "e"] where words.contains(head + vowel) { return head + vowel }
        return nil
    }

    /// True when `part`, or `part` without an inflection ending, is a word of at least `minimum` letters.
    private func isWord(_ part: ArraySlice<Unicode.Scalar>, minimum: Int) -> Bool {
        if part.count >= minimum, words.contains(String(scalars: part)) { return true }
        for ending in Self.endingScalars
        where part.count - ending.count >= minimum && part.suffix(ending.count).elementsEqual(ending) {
            if words.contains(String(scalars: part.dropLast(ending.count))) { return true }
        }
        return false
    }

    static let endingScalars = endings.map { Array($0.unicodeScalars) }

    /// The parts of `word` (lower case), from the shared cache when another document had the word.
    func cachedParts(of word: String) -> [String] {
        if let known = cache.withLock({ $0.lookup(word) }) { return known }
        let found = parts(of: word)
        cache.withLock { $0.insert(word, found, generation: Self.cacheGeneration) }
        return found
    }

    /// A two-generation cache: when the current generation is full it becomes the old one and the oldest is
    /// dropped, while words still in use are carried over on their next hit. Memory stays bounded on a corpus of
    /// any size, and frequent words are not recomputed after every turnover.
    struct PartsCache {
        var current: [String: [String]] = [:]
        var previous: [String: [String]] = [:]

        mutating func lookup(_ word: String) -> [String]? {
            if let parts = current[word] { return parts }
            guard let parts = previous[word] else { return nil }
            current[word] = parts
            return parts
        }

        mutating func insert(_ word: String, _ parts: [String], generation: Int) {
            if current.count >= generation {
                previous = current
                current = Dictionary(minimumCapacity: generation)
            }
            current[word] = parts
        }
    }

    /// The compound parts of every distinct long word in `text`, space-separated, for indexing without positions.
    public func partsText(of text: String) -> String {
        guard isEnabled else { return "" }
        var seen = Set<String>()
        var output: [String] = []
        var emitted = Set<String>()
        var text = text
        text.withUTF8 { bytes in
            var position = 0
            var wordStart = 0
            var letters = 0
            func finish(at end: Int) {
                defer { letters = 0 }
                guard letters >= Self.minimumWord else { return }
                let lowered = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), as: UTF8.self)
                    .lowercasedFast
                guard seen.insert(lowered).inserted else { return }
                for part in cachedParts(of: lowered) where emitted.insert(part).inserted { output.append(part) }
            }
            while position < bytes.count {
                let (scalar, width) = UTF8Scalars.decode(bytes, at: position)
                if Self.isLetter(scalar) {
                    if letters == 0 { wordStart = position }
                    letters += 1
                } else if letters > 0 {
                    finish(at: position)
                }
                position += width
            }
            if letters > 0 { finish(at: bytes.count) }
        }
        return output.joined(separator: " ")
    }

    /// Letters, with a fast path for the Latin script Swedish is written in.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F: return false
        case 0xC0...0x24F: return scalar.value != 0xD7 && scalar.value != 0xF7
        default: return scalar.properties.isAlphabetic
        }
    }
}
