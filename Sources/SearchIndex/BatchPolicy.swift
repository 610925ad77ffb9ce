import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How many source files go into one Xapian transaction.
///
/// A commit writes anew every B-tree block that the batch touches. In a small index that is most of its blocks,
/// so small batches cost little; in a large one each of the batch's distinct terms sits in a block of its own
/// (the first 200,000 files, in 500-file batches on two shards, wrote 122 GB for a 4.2 GB index). Larger batches
/// touch each block for more files, but Xapian holds their changes in maps whose inserts get dearer as they grow.
/// So batches start at ``smallest`` files and grow with the index to ``largest``, and a batch is committed early
/// when the process's resident memory passes ``memoryCeiling``.
public struct BatchPolicy: Sendable, Equatable {
    /// A fixed number of files per batch, or nil for batches that grow with the index.
    public var fixedSize: Int?
    /// Resident bytes above which a growing batch of at least ``smallest`` files is committed at once.
    public var memoryCeiling: Int

    public static let smallest = 500
    public static let largest = 2_000
    /// Files in the index per file of a batch: 200,000 files and more give ``largest``.
    public static let filesPerBatchFile = 100
    public static let defaultMemoryCeiling = 256 << 20

    public init(fixedSize: Int? = nil, memoryCeiling: Int = defaultMemoryCeiling) {
        self.fixedSize = fixedSize
        self.memoryCeiling = memoryCeiling
    }

    /// Files per batch for an index that holds `filesInIndex` files.
    public func size(filesInIndex: Int) -> Int {
        if let fixedSize { return fixedSize }
        return min(Self.largest, max(Self.smallest, filesInIndex / Self.filesPerBatchFile))
    }

    /// Whether the open batch of `pending` files should be committed now.
    public func shouldCommit(pending: Int, filesInIndex: Int) -> Bool {
        if pending >= size(filesInIndex: filesInIndex) { return true }
        // Reading the resident size costs a system call: look every 100 files.
        guard fixedSize == nil, pending >= Self.smallest, pending % 100 == 0 else { return false }
        return (Self.residentBytes() ?? 0) > memoryCeiling
    }

    /// The process's resident set size, from /proc/self/statm; nil where there is none.
    public static func residentBytes() -> Int? {
        let descriptor = open("/proc/self/statm", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return nil }
        // "size resident shared …", in pages.
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count >= 2, let resident = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return resident * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
