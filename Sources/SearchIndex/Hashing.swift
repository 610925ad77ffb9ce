/// The one hash of the project: ids of files, bounded terms, content fingerprints.
package enum Hashing {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// 64-bit FNV-1a: stable across runs and machines.
    package static func fnv1a64(_ bytes: some Sequence<UInt8>, seed: UInt64 = fnvOffset) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    /// A 128-bit content fingerprint as 32 hex digits (two FNV-1a passes with different seeds).
    package static func contentHash(_ bytes: [UInt8]) -> String {
        let first = fnv1a64(bytes)
        let second = fnv1a64(bytes, seed: 0x8422_2325_cbf2_9ce4 ^ UInt64(bytes.count))
        return hex(first) + hex(second)
    }

    /// 16 lowercase hex digits.
    package static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
