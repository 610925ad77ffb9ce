/// One mention of a known agency in a text.
public struct AgencyMention: Sendable, Hashable {
    /// The agency's canonical official name ("Statens institutionsstyrelse").
    public var canonical: String
    /// The text as written ("SiS:s").
    public var surface: String
    /// Unicode scalar offset and length of `surface` in the searched text.
    public var span: TextSpan

    /// Creates a mention.
    public init(canonical: String, surface: String, span: TextSpan) {
        self.canonical = canonical
        self.surface = surface
        self.span = span
    }
}

/// What kind of body a register entry is.
public enum AgencyKind: String, Sendable, Hashable, CaseIterable {
    /// A state agency in operation.
    case agency
    /// A court.
    case court
    /// An abolished agency or court; it keeps the name used in the text.
    case former
    /// A collective mention of a group of agencies ("Länsstyrelserna").
    case collective
}

/// The register of Swedish state agencies: canonical names, abbreviations, inflected and former names.
public struct AgencyRegister: Sendable {
    /// How an alias must be written in a text to count.
    enum CaseRule: Sendable, Hashable {
        /// Exactly as in the register ("SiS", never "sis").
        case exact
        /// First letter upper case, the rest in any case ("Skolverket", not "skolverket").
        case capitalised
        /// In any case ("länsstyrelserna").
        case any
    }

    /// One alias ending at a trie node.
    struct Terminal: Sendable, Hashable {
        var agency: Int
        var rule: CaseRule
        /// The alias's tokens as written in the register, for `.exact`.
        var written: [String]
    }

    /// A trie edge: a token key compared and hashed by its UTF-8 bytes. String's own hashing and equality go
    /// through Unicode normalisation for every non-ASCII key ("myndigheten för …"), a tenth of extraction's time;
    /// bytes suffice because parsed text is composed (NFC) like the register.
    struct TrieKey: Hashable, Sendable {
        var string: String

        init(_ string: String) { self.string = string }

        static func == (lhs: TrieKey, rhs: TrieKey) -> Bool {
            var left = lhs.string
            var right = rhs.string
            return left.withUTF8 { left in right.withUTF8 { left.count == $0.count && left.elementsEqual($0) } }
        }

        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    struct TrieNode: Sendable {
        var children: [TrieKey: Int] = [:]
        var terminals: [Terminal] = []
    }

    struct Entry: Sendable {
        var canonical: String
        var kind: AgencyKind
        var aliases: [String]
        /// A name that contains an agency's name but is no agency; it only shields its words from matching.
        var ignored: Bool
    }

    /// The register that ships with uppdrag, built once.
    public static let shared = AgencyRegister()

    let entries: [Entry]
    let nodes: [TrieNode]
    /// Lower-cased alias or inflected form → entry index, for `canonicalName(for:)`.
    let lookup: [String: Int]
    /// Genitive keys of the words that start an alias ("kriminalvårdens", "sis:s"): most tokens start none, and
    /// this rules them out without building their genitive base.
    let firstWordGenitives: Set<TrieKey>

    /// Builds the register from the shipped data.
    public init() {
        self.init(tsv: AgencyRegister.registerTSV)
    }

    /// Builds a register from TSV text in the shipped format (columns described in `AgencyRegister+Data.swift`).
    init(tsv: String) {
        var entries: [Entry] = []
        var nodes = [TrieNode()]
        var lookup: [String: Int] = [:]

        func insert(_ alias: String, rule: CaseRule, agency: Int) {
            let tokens = NameToken.tokenise(alias)
            guard !tokens.isEmpty else { return }
            var node = 0
            for token in tokens {
                if let next = nodes[node].children[TrieKey(token.key)] {
                    node = next
                } else {
                    nodes.append(TrieNode())
                    nodes[node].children[TrieKey(token.key)] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            let terminal = Terminal(agency: agency, rule: rule, written: tokens.map(\.text))
            if !nodes[node].terminals.contains(terminal) { nodes[node].terminals.append(terminal) }
            let key = AgencyRegister.lookupKey(alias)
            if lookup[key] == nil, !entries[agency].ignored { lookup[key] = agency }
        }

        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let canonical = columns[0].trimmingSpaces
            guard !canonical.isEmpty else { continue }
            let kindColumn = columns.count > 1 ? columns[1].trimmingSpaces : ""
            let kind = AgencyKind(rawValue: kindColumn) ?? .agency
            func list(_ column: Int) -> [String] {
                guard columns.count > column else { return [] }
                return columns[column].split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            }
            let abbreviations = list(2)
            let names = list(3)
            let lowercaseForms = list(4)
            let index = entries.count
            let ignored = kindColumn == "ignore"
            entries.append(
                Entry(
                    canonical: canonical, kind: kind, aliases: abbreviations + names + lowercaseForms,
                    ignored: ignored))
            insert(canonical, rule: .capitalised, agency: index)
            for abbreviation in abbreviations { insert(abbreviation, rule: .exact, agency: index) }
            for name in names { insert(name, rule: .capitalised, agency: index) }
            for form in lowercaseForms { insert(form, rule: .any, agency: index) }
        }
        self.entries = entries
        self.nodes = nodes
        self.lookup = lookup
        var genitives: Set<TrieKey> = []
        // The same length rule as `NameToken.genitiveBase`: the base keeps at least one character before ":s" and
        // two before "s".
        for key in nodes[0].children.keys.map(\.string) {
            genitives.insert(TrieKey(key + ":s"))
            if key.count >= 2 { genitives.insert(TrieKey(key + "s")) }
        }
        self.firstWordGenitives = genitives
    }

    /// Every agency mention in `text`, in text order, longest match first at each position.
    public func mentions(in text: String) -> [AgencyMention] {
        let tokens = NameToken.tokenise(text)
        let found = matches(in: tokens).filter { !entries[$0.agency].ignored }
        guard !found.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        return found.map { mention(of: $0, tokens: tokens, scalars: scalars, offset: 0) }
    }

    /// The mention `match` makes over `tokens` of a text whose scalars are `scalars`; its span starts `offset`
    /// scalars further on (the text's place in a longer one).
    func mention(of match: Match, tokens: [NameToken], scalars: [Unicode.Scalar], offset: Int) -> AgencyMention {
        let first = tokens[match.first]
        let last = tokens[match.last]
        let length = last.offset + last.length - first.offset
        return AgencyMention(
            canonical: entries[match.agency].canonical,
            surface: String(scalars: scalars[first.offset..<(first.offset + length)]),
            span: TextSpan(offset: offset + first.offset, length: length))
    }

    /// A match of one alias over tokens `first...last`.
    struct Match: Sendable, Hashable {
        var agency: Int
        var first: Int
        var last: Int
    }

    /// Longest alias matches over `tokens`, left to right, without overlap.
    ///
    /// One walk down the trie from each token; the walk stops at the first token with no child, so the cost is
    /// the token count times the length of the longest partial match.
    func matches(in tokens: [NameToken]) -> [Match] {
        var result: [Match] = []
        var start = 0
        while start < tokens.count {
            // Most tokens start no alias: skip them after one dictionary probe.
            let token = tokens[start]
            let key = TrieKey(token.key)
            guard token.isWord, nodes[0].children[key] != nil || firstWordGenitives.contains(key) else {
                start += 1
                continue
            }
            var best: Match?
            var node = 0
            var position = start
            while position < tokens.count {
                let token = tokens[position]
                // A genitive ending may close a match on its last word only.
                if let base = token.genitiveBase, let child = nodes[node].children[TrieKey(base)],
                    let agency = accepted(
                        nodes[child].terminals, tokens: tokens, from: start, to: position,
                        genitive: true)
                {
                    best = Match(agency: agency, first: start, last: position)
                }
                guard let child = nodes[node].children[TrieKey(token.key)] else { break }
                node = child
                if let agency = accepted(
                    nodes[node].terminals, tokens: tokens, from: start, to: position,
                    genitive: false)
                {
                    best = Match(agency: agency, first: start, last: position)
                }
                position += 1
            }
            if let best {
                result.append(best)
                start = best.last + 1
            } else {
                start += 1
            }
        }
        return result
    }

    /// The agency of the first terminal whose case rule the written tokens satisfy.
    private func accepted(
        _ terminals: [Terminal], tokens: [NameToken], from first: Int, to last: Int, genitive: Bool
    ) -> Int? {
        for terminal in terminals where satisfies(terminal, tokens: tokens, from: first, to: last, genitive: genitive) {
            return terminal.agency
        }
        return nil
    }

    private func satisfies(
        _ terminal: Terminal, tokens: [NameToken], from first: Int, to last: Int, genitive: Bool
    ) -> Bool {
        switch terminal.rule {
        case .any:
            return true
        case .capitalised:
            return tokens[first].isCapitalised
        case .exact:
            guard terminal.written.count == last - first + 1 else { return false }
            for (offset, written) in terminal.written.enumerated() {
                let token = tokens[first + offset]
                let text = genitive && first + offset == last ? token.textWithoutGenitive : token.text
                if text != written { return false }
            }
            return true
        }
    }

    /// The canonical name for a user-typed name or alias ("SiS", "sis:s", "statens institutionsstyrelse"), if known.
    public func canonicalName(for name: String) -> String? {
        let key = AgencyRegister.lookupKey(name)
        guard !key.isEmpty else { return nil }
        if let index = lookup[key] { return entries[index].canonical }
        // Genitive and definite forms typed by users: "kriminalvårdens", "sis:s", "skolverkets".
        let tokens = NameToken.tokenise(name)
        if let last = tokens.last, let base = last.genitiveBase {
            let stem = (tokens.dropLast().map(\.key) + [base]).joined(separator: " ")
            if let index = lookup[stem] { return entries[index].canonical }
        }
        return nil
    }

    /// Up to `limit` canonical names closest to `name` by edit distance, nearest first, for "did you mean".
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = AgencyRegister.lookupKey(name)
        // Agency names are short; a long input would only cost time.
        guard !key.isEmpty, limit > 0, key.count <= 200 else { return [] }
        var best: [String: Int] = [:]
        for (alias, index) in lookup {
            let distance = editDistance(key, alias)
            let canonical = entries[index].canonical
            if distance < (best[canonical] ?? Int.max) { best[canonical] = distance }
        }
        // Allow about one edit in three characters; farther names are noise.
        let allowed = max(2, key.count / 3)
        return best.filter { $0.value <= allowed }
            .sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
            .prefix(limit).map(\.key)
    }

    /// Every canonical name with its aliases.
    public var agencies: [(canonical: String, aliases: [String])] {
        entries.filter { !$0.ignored }.map { (canonical: $0.canonical, aliases: $0.aliases) }
    }

    /// The kind of the agency with this canonical name, if it is in the register.
    public func kind(of canonical: String) -> AgencyKind? {
        guard let index = lookup[AgencyRegister.lookupKey(canonical)] else { return nil }
        return entries[index].kind
    }

    /// The key of a name for case-insensitive lookup: token keys joined by single spaces.
    static func lookupKey(_ name: String) -> String {
        NameToken.tokenise(name).map(\.key).joined(separator: " ")
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

/// Levenshtein distance over Characters, with two rows of memory.
func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
        current[0] = i
        for j in 1...right.count {
            let cost = left[i - 1] == right[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[right.count]
}
