import Foundation
import Testing

@testable import Extraction

/// Measures extraction against the hand-made gold records of corpus-dev.
@Suite(.enabled(if: CorpusDev.available, "needs ../shared/corpus-dev"))
struct ExtractorCorpusTests {
    struct Measured {
        var deadlines = Score()
        var obligations = Score()
        var documents = 0
        var report: [String] = []
    }

    static func measure() -> Measured {
        var measured = Measured()
        let extractor = Extractor()
        for gold in CorpusDev.gold() {
            guard let document = CorpusDev.document(gold) else { continue }
            measured.documents += 1
            let record = extractor.extract(document, mentions: TestAgencies.mentions(in: document.text))
            let file = gold["file"] as? String ?? ""
            // Deadlines: date and kind.
            let goldDeadlines = (gold["deadlines"] as? [[String: Any]] ?? []).map {
                ($0["date"] as? String ?? "") + " " + ($0["kind"] as? String ?? "")
            }
            var unmatched = goldDeadlines
            for deadline in record.deadlines {
                let key = deadline.date + " " + deadline.kind.rawValue
                if let index = unmatched.firstIndex(of: key) {
                    unmatched.remove(at: index)
                    measured.deadlines.truePositives += 1
                } else {
                    measured.deadlines.falsePositives += 1
                    measured.report.append("\(file) DL+ \(key) «\(deadline.quote)»")
                }
            }
            measured.deadlines.falseNegatives += unmatched.count
            for key in unmatched { measured.report.append("\(file) DL- \(key)") }
            // Obligations: quote overlap.
            var goldQuotes = (gold["obligations"] as? [[String: Any]] ?? []).compactMap { $0["quote"] as? String }
            for obligation in record.obligations {
                if let index = goldQuotes.firstIndex(where: { quotesOverlap($0, obligation.quote) }) {
                    goldQuotes.remove(at: index)
                    measured.obligations.truePositives += 1
                } else {
                    measured.obligations.falsePositives += 1
                    measured.report.append("\(file) OB+ [\(obligation.actor)] «\(obligation.quote)»")
                }
            }
            measured.obligations.falseNegatives += goldQuotes.count
            for quote in goldQuotes { measured.report.append("\(file) OB- «\(quote)»") }
        }
        return measured
    }

    @Test func deadlinesAndObligationsReachTheirTargets() {
        let measured = Self.measure()
        if ProcessInfo.processInfo.environment["UPPDRAG_DEV_REPORT"] != nil {
            for line in measured.report { print(line) }
            print("documents \(measured.documents)")
            print("deadlines \(measured.deadlines)")
            print("obligations \(measured.obligations)")
        }
        #expect(measured.documents >= 14)
        #expect(measured.deadlines.f1 >= 0.97)
        #expect(measured.obligations.f1 >= 0.90)
    }
}
