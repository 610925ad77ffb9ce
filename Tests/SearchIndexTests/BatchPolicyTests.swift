import SearchIndex
import Testing

@Suite struct BatchPolicyTests {
    @Test func batchesGrowWithTheIndexBetweenTheirBounds() {
        let policy = BatchPolicy()
        #expect(policy.size(filesInIndex: 0) == BatchPolicy.smallest)
        #expect(policy.size(filesInIndex: 49_999) == 500)
        #expect(policy.size(filesInIndex: 100_000) == 1_000)
        #expect(policy.size(filesInIndex: 200_000) == BatchPolicy.largest)
        #expect(policy.size(filesInIndex: 100_000_000) == 2_000)
    }

    @Test func aFixedSizeIsKeptWhateverTheIndexOrMemory() {
        let policy = BatchPolicy(fixedSize: 7, memoryCeiling: 1)
        #expect(policy.size(filesInIndex: 1_000_000) == 7)
        #expect(!policy.shouldCommit(pending: 6, filesInIndex: 1_000_000))
        #expect(policy.shouldCommit(pending: 7, filesInIndex: 0))
    }

    @Test func aGrowingBatchIsCommittedEarlyOnlyPastTheMemoryCeiling() throws {
        let resident = try #require(BatchPolicy.residentBytes())
        #expect(resident > 1 << 20)
        let roomy = BatchPolicy(memoryCeiling: Int.max)
        let tight = BatchPolicy(memoryCeiling: 1)
        // 200,000 files: batches of 2,000.
        #expect(!roomy.shouldCommit(pending: 600, filesInIndex: 200_000))
        #expect(roomy.shouldCommit(pending: 2_000, filesInIndex: 200_000))
        #expect(tight.shouldCommit(pending: 600, filesInIndex: 200_000))
        // Never below the smallest batch, and memory is looked at every 100 files.
        #expect(!tight.shouldCommit(pending: 400, filesInIndex: 200_000))
        #expect(!tight.shouldCommit(pending: 601, filesInIndex: 200_000))
    }
}
