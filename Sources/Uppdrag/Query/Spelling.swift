import SearchIndex

/// "Did you mean" for a query that finds nothing.
struct Spelling {
    let reader: IndexReader

    /// "Did you mean": each word that the index does not know is replaced by the most frequent indexed word within
    /// two edits that shares its first two letters; nil when nothing changes.
    func suggestion(for text: String) throws -> String? {
        var changed = false
        var words: [String] = []
        for word in text.split(separator: " ") {
            let lowered = word.lowercased()
            let isPlainWord = lowered.count >= 4 && lowered.allSatisfy(\.isLetter)
            guard isPlainWord, (try? reader.termFrequency(lowered)) == 0 else {
                words.append(String(word))
                continue
            }
            let target = Array(lowered)
            var best: (term: String, distance: Int, frequency: Int)?
            let candidates = (try? reader.terms(withPrefix: String(lowered.prefix(2)))) ?? []
            for candidate in candidates where abs(candidate.term.count - target.count) <= 2 {
                let distance = Self.editDistance(target, Array(candidate.term), limit: 2)
                guard distance <= 2 else { continue }
                if best == nil || (distance, -candidate.frequency) < (best?.distance ?? 3, -(best?.frequency ?? 0)) {
                    best = (candidate.term, distance, candidate.frequency)
                }
            }
            if let best {
                words.append(best.term)
                changed = true
            } else {
                words.append(String(word))
            }
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// Levenshtein distance, giving up (returning limit + 1) once every path exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
