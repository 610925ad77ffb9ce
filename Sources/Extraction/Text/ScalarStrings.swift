/// String building for the hot loops of extraction and indexing: every word of every document passes through
/// these, so they encode UTF-8 directly instead of appending scalar by scalar, and lower case without a new string
/// when the text is already lower case.
extension String {
    /// The string of `scalars`, encoded as UTF-8 straight into the new string's storage.
    package init(scalars: ArraySlice<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[count] = UInt8(value)
                    count += 1
                } else if value < 0x800 {
                    buffer[count] = UInt8(0xC0 | (value >> 6))
                    buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
                    count += 2
                } else if value < 0x1_0000 {
                    buffer[count] = UInt8(0xE0 | (value >> 12))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
                    count += 3
                } else {
                    buffer[count] = UInt8(0xF0 | (value >> 18))
                    buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
                    count += 4
                }
            }
            return count
        }
    }

    /// `lowercased()`, done in place for ASCII and Latin-1 letters (Swedish text) and returning `self` when there
    /// is nothing to lower; other scripts take `lowercased()` itself.
    package var lowercasedFast: String {
        var needsLowering = false
        var general = false
        utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A { needsLowering = true }
                    index += 1
                } else if byte == 0xC2 {
                    index += 2  // U+0080–U+00BF: no upper-case letters
                } else if byte == 0xC3, index + 1 < bytes.count {
                    let next = bytes[index + 1]
                    if next >= 0x80 && next <= 0x9E && next != 0x97 { needsLowering = true }
                    index += 2
                } else {
                    general = true
                    return
                }
            }
        } ?? { general = true }()
        if general { return lowercased() }
        if !needsLowering { return self }
        var bytes = Array(utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                bytes[index] = byte | 0x20
            } else if byte == 0xC3 {
                if bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x9E && bytes[index + 1] != 0x97 {
                    bytes[index + 1] += 0x20
                }
                index += 1
            } else if byte == 0xC2 {
                index += 1
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Reading valid UTF-8 (a Swift string's bytes) one scalar at a time.
package enum UTF8Scalars {
    /// The scalar at `position` and its width in bytes.
    @inline(__always)
    package static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, at position: Int
    ) -> (
        scalar: Unicode.Scalar, width: Int
    ) {
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var value: UInt32
        let width: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            width = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            width = 3
        } else {
            value = UInt32(lead & 0x07)
            width = 4
        }
        for index in 1..<width where position + index < bytes.count {
            value = value << 6 | UInt32(bytes[position + index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
