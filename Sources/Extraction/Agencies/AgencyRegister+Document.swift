extension AgencyRegister {
    /// The record's agencies for a document: canonical names in order of first mention, without duplicates.
    ///
    /// Applies the labelling conventions: a name that occurs only inside a statute title ("lagen (2013:353) med
    /// instruktion för Partibidragsnämnden") does not count, nor does Regeringskansliet in a block of fewer than four
    /// words, which is site navigation ("Om Regeringskansliet"). Bodies the register leaves out on purpose (Regeringen, Riksdagen,
    /// ministries, committees, municipalities, regions, companies, foreign bodies, generic lower-case nouns) are
    /// never found. `doctype` is taken so that rules per kind of document have one home; none differs yet.
    public func agencies(in blocks: [Block], doctype: Doctype) -> [String] {
        scan(blocks, doctype: doctype, mentions: false).agencies
    }

    /// The agency mentions in a document's text (its blocks joined by "\n", offsets into that text) and its record's
    /// agencies, from one tokenisation and one trie walk per block. A name never spans two blocks.
    public func mentionsAndAgencies(
        in blocks: [Block], doctype: Doctype
    ) -> (
        mentions: [AgencyMention], agencies: [String]
    ) {
        scan(blocks, doctype: doctype, mentions: true)
    }

    private func scan(
        _ blocks: [Block], doctype: Doctype, mentions wanted: Bool
    ) -> (
        mentions: [AgencyMention], agencies: [String]
    ) {
        var seen: Set<String> = []
        var agencies: [String] = []
        var mentions: [AgencyMention] = []
        var blockOffset = 0
        for block in blocks {
            defer { if wanted { blockOffset += block.text.unicodeScalars.count + 1 } }
            let tokens = NameToken.tokenise(block.text)
            let found = matches(in: tokens)
            guard !found.isEmpty else { continue }
            let wordCount = tokens.lazy.filter(\.isWord).count
            let scalars = wanted ? Array(block.text.unicodeScalars) : []
            for match in found {
                let entry = entries[match.agency]
                if entry.ignored { continue }
                let canonical = entry.canonical
                if wanted { mentions.append(mention(of: match, tokens: tokens, scalars: scalars, offset: blockOffset)) }
                if seen.contains(canonical) { continue }
                if AgencyRegister.isInsideStatuteTitle(tokens: tokens, matchStart: match.first) { continue }
                if canonical == "Regeringskansliet", wordCount < 4 { continue }
                // "länsstyrelserna i Uppsala och Gävleborgs län": named county boards, not the collective.
                if entry.kind == .collective, match.last + 2 < tokens.count, tokens[match.last + 1].key == "i",
                    tokens[match.last + 2].text.first?.isUppercase == true
                {
                    continue
                }
                seen.insert(canonical)
                agencies.append(canonical)
            }
        }
        return (mentions, agencies)
    }

    /// Words that end a statute title when reading back from a name: a finite verb or a sentence break.
    private static let titleStops: Set<String> = [
        ".", ";", "!", "?", "ska", "skall", "får", "har", "hade", "är", "var", "kan", "bör", "gäller", "finns",
        "ger", "gav", "beslutar", "beslutade", "meddelar",
    ]

    private static let statuteWordEndings = [
        "lag", "lagen", "förordning", "förordningen", "balk", "balken", "kungörelse", "kungörelsen", "stadga",
        "stadgan", "reglemente", "reglementet",
    ]

    /// True when the name at `matchStart` stands in the title of a cited statute.
    ///
    /// Reads back at most 16 tokens, stopping at a sentence break or a finite verb, looking for a statute word
    /// followed by an SFS number ("förordningen (2007:1244) om …") or for "instruktion för" right before the name.
    static func isInsideStatuteTitle(tokens: [NameToken], matchStart: Int) -> Bool {
        if matchStart >= 2, tokens[matchStart - 1].key == "för", tokens[matchStart - 2].key.hasSuffix("instruktion") {
            return true
        }
        var index = matchStart - 1
        let limit = max(0, matchStart - 16)
        while index >= limit {
            let key = tokens[index].key
            if titleStops.contains(key) { return false }
            // "förordningen (2009:946) med instruktion för Lantmäteriet, samt med Transportstyrelsen": an
            // instruction names one agency, so a name after that one stands outside the title.
            if key == "för", index >= 1, tokens[index - 1].key.hasSuffix("instruktion") { return false }
            // "<statute word> ( 2007 : 1244 )" ending at `index`.
            if key == ")", index >= 5, tokens[index - 4].key == "(", tokens[index - 2].key == ":",
                isStatuteWord(tokens[index - 5].key)
            {
                return true
            }
            if index < matchStart - 1,
                key.hasSuffix("lagen") || key.hasSuffix("förordningen") || key == "lag"
                    || key == "förordning", tokens[index + 1].key == "om"
            {
                return true
            }
            index -= 1
        }
        return false
    }

    private static func isStatuteWord(_ key: String) -> Bool {
        statuteWordEndings.contains { key.hasSuffix($0) }
    }
}
