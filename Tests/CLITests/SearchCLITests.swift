import Foundation
import TestSupport
import Testing

@Suite struct SearchCLITests {
    @Test func searchJSONIsValidAndFindsKriminalvarden() throws {
        let result = try run(["search", "--index", corpusIndex, "--format", "json", "kriminalvården"])
        #expect(result.status == 0)
        let page = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let hits = try #require(page["hits"] as? [[String: Any]])
        #expect(!hits.isEmpty)
        let files = hits.compactMap { $0["file"] as? String }
        #expect(files.contains { $0.hasSuffix("art-hjalp-att-lamna-valdsbejakande-extremism.txt") })
        for hit in hits {
            for key in ["id", "doctype", "identifier", "title", "issued", "file", "score", "snippet"] {
                #expect(hit.keys.contains(key), "hit lacks \(key)")
            }
        }
    }

    @Test func jsonlAndCSVFormats() throws {
        let jsonl = try run(["search", "--index", corpusIndex, "--format", "jsonl", "--limit", "3", "uppdrag"])
        #expect(jsonl.status == 0)
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
        let csv = try run(["search", "--index", corpusIndex, "--format", "csv", "--limit", "2", "uppdrag"])
        #expect(csv.stdout.hasPrefix("id,kind,doctype,identifier,title,issued,file,score,snippet\r\n"))
    }

    @Test func emptyQueryListsEverythingAndPagingWorks() throws {
        let count = try FileManager.default.contentsOfDirectory(atPath: corpusPath).count
        let all = try run(["search", "--index", corpusIndex, "--format", "jsonl", "--limit", "1000"])
        #expect(all.stdout.split(separator: "\n").count == count)
        let page = try run(["search", "--index", corpusIndex, "--format", "jsonl", "--limit", "5", "--offset", "35"])
        #expect(page.stdout.split(separator: "\n").count == min(5, count - 35))
    }

    @Test func inflectedFormsMatch() throws {
        // "extremistiska" in the query, "extremism"/"extremistiska" in the seed page: the stemmer joins them.
        let result = try run(["search", "--index", corpusIndex, "--format", "jsonl", "extremistiska rörelser"])
        #expect(result.stdout.contains("art-hjalp-att-lamna-valdsbejakande-extremism.txt"))
    }

    @Test func showByFileAndById() throws {
        let file = corpusPath + "/art-hjalp-att-lamna-valdsbejakande-extremism.txt"
        let byFile = try run(["show", "--index", corpusIndex, "--format", "json", file])
        #expect(byFile.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: byFile.stdoutBytes) as? [String: Any])
        let id = try #require(object["id"] as? String)
        let byId = try run(["show", "--index", corpusIndex, id])
        #expect(byId.status == 0)
        #expect(byId.stdout.contains("id:         \(id)"))
        let missing = try run(["show", "--index", corpusIndex, "0000000000000000"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("not found"))
    }

    @Test func statsCountsEveryDocument() throws {
        let count = try FileManager.default.contentsOfDirectory(atPath: corpusPath).count
        let result = try run(["stats", "--index", corpusIndex, "--format", "json"])
        #expect(result.status == 0)
        let stats = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        #expect(stats["documents"] as? Int == count)
        #expect(stats["schemaVersion"] as? String == "2")
        #expect((stats["sizeBytes"] as? Int ?? 0) > 0)
    }

    @Test func unknownAgencySuggestsCloseNames() throws {
        let result = try run(["search", "--index", corpusIndex, "--agency", "Kriminalvarden"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown agency"))
    }
}

@Suite struct BoilerplateTests {
    /// Words that appear only in regeringen.se's menus, share buttons and page stamps of the bundled pages.
    @Test(arguments: ["Teckenspråk", "Lättläst", "\"Senast uppdaterad\"", "Facebook"])
    func siteNavigationIsNotIndexed(word: String) throws {
        let menuPages = try FileManager.default.contentsOfDirectory(atPath: corpusPath).filter { name in
            let bytes = FileManager.default.contents(atPath: corpusPath + "/" + name) ?? Data()
            return String(decoding: bytes, as: UTF8.self).contains("Teckenspråk")
        }
        #expect(menuPages.count >= 5, "the corpus should hold regeringen.se pages with menus")
        let result = try run(["search", "--index", corpusIndex, "--format", "jsonl", word])
        #expect(result.status == 1, "search exits 1 when nothing matches")
        #expect(result.stdout.isEmpty, "menu word \(word) found: \(result.stdout)")
    }
}

@Suite struct BenchCommandTests {
    @Test func timesEachCommandLineInProcess() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "lines.txt",
            "# read commands\nsearch \"våldsbejakande extremism\" --limit 3\n\ndeadlines --agency Kriminalvården\nstats\n"
        )
        let result = try run([
            "bench", "--index", corpusIndex, "--runs", "3", "--warmup", "0", folder.file("lines.txt"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
        #expect(rows.first == ["command", "p50_ms", "p95_ms", "min_ms", "runs"])
        #expect(
            rows.dropFirst().map { String($0[0]) } == [
                "search \"våldsbejakande extremism\" --limit 3", "deadlines --agency Kriminalvården", "stats",
            ])
        for row in rows.dropFirst() {
            let p50 = try #require(Double(row[1])), p95 = try #require(Double(row[2])),
                low = try #require(Double(row[3]))
            #expect(low > 0 && low <= p50 && p50 <= p95)
            #expect(row[4] == "3")
        }
        // The commands' own output went to /dev/null, not into the table.
        #expect(!result.stdout.contains("Kriminalvården "))
    }

    @Test func failuresAreClearErrors() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.txt", "search --no-such-option x\n")
        try folder.write("failing.txt", "deadlines --agency Nosuchagencyatall\n")
        let missing = try run(["bench", "--index", corpusIndex, folder.file("absent.txt")])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("absent.txt"))
        let bad = try run(["bench", "--index", corpusIndex, folder.file("bad.txt")])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("no-such-option"))
        let failing = try run(["bench", "--index", corpusIndex, folder.file("failing.txt")])
        #expect(failing.status != 0)
        #expect(failing.stderr.contains("deadlines --agency Nosuchagencyatall"))
    }
}
