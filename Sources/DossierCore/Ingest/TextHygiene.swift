import Foundation

/// Whitespace and invisible-character clean-up applied before any rule runs.
/// It only touches spacing: wording, spelling, quotes and dashes are kept.
enum TextHygiene {
    /// Splits raw text into normalised lines. A single trailing newline does not
    /// create an extra empty line, so the count matches the file's line count.
    static func lines(of text: String) -> [String] {
        if let lines = linesIfNoCarriageReturn(text) { return lines }
        var unified = text.replacingOccurrences(of: "\r\n", with: "\n")
        unified = unified.replacingOccurrences(of: "\r", with: "\n")
        var raw = unified.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if raw.count > 1, raw.last == "" { raw.removeLast() }
        if unified.isEmpty { return [] }
        return raw.map(normalise(line:))
    }

    /// Text without a carriage return (every file the loader reads) needs no
    /// line-ending work, and its bytes can be split at "\n": a line feed is
    /// always a Character of its own. Nil for text with a carriage return.
    private static func linesIfNoCarriageReturn(_ text: String) -> [String]? {
        let contiguous = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            if let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil { return nil }
            return linesWithoutCarriageReturns(bytes)
        }
        // Contiguous storage: the lines, or nil if a "\r" was found.
        if let result = contiguous { return result }
        // A bridged string without contiguous UTF-8.
        let bytes = PlainText.utf8(text)
        return bytes.contains(0x0D) ? nil : bytes.withUnsafeBufferPointer(linesWithoutCarriageReturns)
    }

    /// `lines(of:)` for UTF-8 with no "\r": the same splitting and the same
    /// normalisation, on bytes.
    private static func linesWithoutCarriageReturns(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        if bytes.isEmpty { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<bytes.count)
        if ranges.count > 1, ranges[ranges.count - 1].isEmpty { ranges.removeLast() }
        var scratch: [UInt8] = []
        return ranges.map { normalise(UnsafeBufferPointer(rebasing: bytes[$0]), scratch: &scratch) }
    }

    static func normalise(line: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasSpace = false
        for scalar in line.unicodeScalars {
            if isInvisible(scalar.value) { continue }
            let isSpace = isSpaceLike(scalar.value)
            if isSpace {
                if !previousWasSpace { scalars.append(" ") }
            } else {
                scalars.append(scalar)
            }
            previousWasSpace = isSpace
        }
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }

    /// `normalise(line:)` on UTF-8. After space-like runs become one space, the
    /// only character left that `.whitespaces` (Zs and tab) contains is the
    /// space itself, so trimming is dropping spaces at either end.
    private static func normalise(_ line: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> String {
        if isAlreadyNormal(line) { return String(decoding: line, as: UTF8.self) }
        scratch.removeAll(keepingCapacity: true)
        var previousWasSpace = false
        var index = 0
        while index < line.count {
            let byte = line[index]
            var scalar = UInt32(byte)
            var length = 1
            if byte >= 0x80 {
                (scalar, length) = decode(line, at: index)
                if isInvisible(scalar) {
                    index += length
                    continue
                }
            }
            let isSpace = scalar < 0x80 ? asciiSpaceLike(byte) : isSpaceLike(scalar)
            if isSpace {
                if !previousWasSpace { scratch.append(0x20) }
            } else if length == 1 {
                scratch.append(byte)
            } else {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: line[index..<(index + length)]))
            }
            previousWasSpace = isSpace
            index += length
        }
        var start = 0
        var end = scratch.count
        while start < end, scratch[start] == 0x20 { start += 1 }
        while end > start, scratch[end - 1] == 0x20 { end -= 1 }
        return String(decoding: scratch[start..<end], as: UTF8.self)
    }

    /// True for the usual line: no invisible or space-like character other than
    /// single spaces between words, so normalising would change nothing.
    private static func isAlreadyNormal(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first, let last = line.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previous: UInt8 = 0
        var index = 0
        while index < line.count {
            let byte = line[index]
            if byte < 0x80 {
                if byte == 0x09 || byte == 0x0B || byte == 0x0C || (byte == 0x20 && previous == 0x20) { return false }
                previous = byte
                index += 1
                continue
            }
            // Only these lead bytes start an invisible or space-like scalar:
            // C2 (U+00A0, U+00AD), E1 (U+1680), E2 (U+2000…U+2060), E3 (U+3000), EF (U+FEFF).
            if byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF {
                let (scalar, _) = decode(line, at: index)
                if isInvisible(scalar) || isSpaceLike(scalar) { return false }
            }
            previous = byte
            index += 1
        }
        return true
    }

    @inline(__always)
    private static func asciiSpaceLike(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    /// The scalar at `index` of valid UTF-8 and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Byte-order marks and zero-width characters pasted from web pages.
    private static func isInvisible(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD: return true
        default: return false
        }
    }

    /// Tabs and the many non-breaking or fixed-width spaces web pages use.
    private static func isSpaceLike(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
