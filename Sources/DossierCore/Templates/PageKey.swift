/// A hash of everything a page is made from: its template library, its template's name, its
/// path and every value its template sees. Two builds that give a page the same key give it the
/// same bytes, so a page whose key is unchanged since the last build is linked from the last
/// site instead of being rendered again.
///
/// Keys are computed from the values a template receives, not from the content files behind
/// them: nothing a page shows can change without changing its key, whichever file it came from.
/// The rendering code is not in the key; keys are only trusted from a build by the same binary
/// (see `PageKeyRecord`).
struct PageKey: Hashable, Sendable, CustomStringConvertible {
    var high: UInt64
    var low: UInt64

    var description: String {
        high.paddedHex + low.paddedHex
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Reads `description`'s 32 hexadecimal digits.
    init?(hex digits: ArraySlice<UInt8>) {
        guard digits.count == 32 else { return nil }
        var words: (high: UInt64, low: UInt64) = (0, 0)
        for (offset, byte) in digits.enumerated() {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x61 + 10
            case 0x41...0x46: digit = byte - 0x41 + 10
            default: return nil
            }
            if offset < 16 { words.high = words.high << 4 | UInt64(digit) } else { words.low = words.low << 4 | UInt64(digit) }
        }
        self.init(high: words.high, low: words.low)
    }
}

/// Two independent multiply-and-shift lanes over the values' bytes, eight at a time: page keys,
/// and the build fingerprint and output stamp. Not cryptographic: it tells a changed input from
/// an unchanged one, and nobody gains by making two collide. Lengths go in before bytes, so ("ab", "c") and ("a", "bc") differ.
struct ContentHasher {
    private var a: UInt64 = 0x9e37_79b9_7f4a_7c15
    private var b: UInt64 = 0xc2b2_ae3d_27d4_eb4f

    mutating func combine(_ word: UInt64) {
        a = (a ^ word) &* 0xff51_afd7_ed55_8ccd
        a ^= a >> 32
        b = (b ^ word) &* 0xc4ce_b9fe_1a85_ec53
        b ^= b >> 29
    }

    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        combine(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            combine(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < bytes.count {
            var last: UInt64 = 0
            for index in offset..<bytes.count { last |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
            combine(last)
        }
    }

    mutating func combine(_ key: PageKey) {
        combine(key.high)
        combine(key.low)
    }

    var key: PageKey {
        // A last round each, so the final words are mixed as well as the first.
        var (x, y) = (a, b)
        x = (x ^ (x >> 33)) &* 0xff51_afd7_ed55_8ccd
        y = (y ^ (y >> 31)) &* 0xc4ce_b9fe_1a85_ec53
        return PageKey(high: x ^ (x >> 33), low: y ^ (y >> 29))
    }
}

/// A value a template sees, fed into a page's key field by field. The page contexts' conformances
/// are generated with their mustache lookups (TemplateFields.swift), so that they always cover
/// every stored property.
protocol ContentHashable {
    func contentHash(into hasher: inout ContentHasher)
}

extension String: ContentHashable {
    func contentHash(into hasher: inout ContentHasher) {
        var text = self
        text.withUTF8 { hasher.combine(UnsafeRawBufferPointer($0)) }
    }
}

extension Int: ContentHashable {
    func contentHash(into hasher: inout ContentHasher) { hasher.combine(UInt64(bitPattern: Int64(self))) }
}

extension Bool: ContentHashable {
    func contentHash(into hasher: inout ContentHasher) { hasher.combine(self ? 1 : 0) }
}

extension Optional: ContentHashable where Wrapped: ContentHashable {
    func contentHash(into hasher: inout ContentHasher) {
        switch self {
        case .none: hasher.combine(0)
        case .some(let value):
            hasher.combine(1)
            value.contentHash(into: &hasher)
        }
    }
}

extension Array: ContentHashable where Element: ContentHashable {
    func contentHash(into hasher: inout ContentHasher) {
        hasher.combine(UInt64(count))
        for element in self { element.contentHash(into: &hasher) }
    }
}

extension UInt64 {
    /// Sixteen lowercase hex digits.
    var paddedHex: String {
        let hex = String(self, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
