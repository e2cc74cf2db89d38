import Foundation

/// Reads one content file as UTF-8 text, turning every way a file can be unreadable into a
/// diagnostic rather than a crash.
struct TextFileReader: Sendable {
    static let maximumBytes = 5 * 1024 * 1024

    func read(_ url: URL, displayPath: String) -> Result<String, Diagnostic> {
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            // At most one byte past the limit: a huge file is refused without being read whole.
            data = try handle.read(upToCount: Self.maximumBytes + 1) ?? Data()
        } catch {
            return .failure(.error(displayPath, "cannot read the file (\(error.localizedDescription))", hint: "check that it exists and is readable"))
        }
        if data.count > Self.maximumBytes {
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? data.count
            return .failure(Self.tooLarge(size, displayPath))
        }
        return decode(data, displayPath: displayPath)
    }

    func decode(_ data: Data, displayPath: String) -> Result<String, Diagnostic> {
        if data.count > Self.maximumBytes {
            return .failure(Self.tooLarge(data.count, displayPath))
        }
        if data.isEmpty {
            return .failure(.error(displayPath, line: 1, "file is empty", hint: "paste the article text, or delete the file"))
        }
        if let nul = Self.firstNUL(in: data) {
            return .failure(.error(displayPath, "binary file (a NUL byte at offset \(nul)), not text", hint: "content files must be plain UTF-8 text"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(data)
            let line = data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .failure(.error(displayPath, line: line, "invalid UTF-8 at byte offset \(offset)", hint: "save the file as UTF-8 (it may be Windows-1252 or Latin-1)"))
        }
        return .success(Self.normalised(text))
    }

    /// The offset of the first NUL byte. `Data.firstIndex(of:)` checks exclusive access at
    /// every byte: it was two thirds of decoding a file.
    static func firstNUL(in data: Data) -> Int? {
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    static func tooLarge(_ size: Int, _ displayPath: String) -> Diagnostic {
        .error(displayPath, "file is \(size) bytes, over the limit of \(maximumBytes) bytes (5 MB) for one content file",
               hint: "split it, or remove what is not article text")
    }

    /// CRLF and CR become LF, a byte-order mark goes and U+FFFE and U+FFFF become U+FFFD, so line numbers
    /// match what editors show and every renderer shows the same characters.
    ///
    /// Done on bytes: Foundation's search treats a combining mark as part of the character
    /// before it, so `replacingOccurrences(of: "\r", …)` skipped a CR followed by one, and
    /// libyaml and cmark, which do break lines there, then counted lines differently from
    /// dossier (found by Fuzz/FuzzFrontMatter). Likewise the byte-order mark is a scalar, not
    /// a `Character`: a combining mark after it would hide it from `hasPrefix`.
    /// U+FFFE and U+FFFF are noncharacters that cmark-gfm's plain-text and CommonMark renderers
    /// write as the lone bytes 0xFE and 0xFF (utf8proc's encoder keeps them as markers), so the
    /// search index showed U+FFFD where the page showed them (found by Fuzz/FuzzCleaner).
    static func normalised(_ text: String) -> String {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let utf8 = text.utf8
        guard utf8.contains(0x0D) || utf8.contains(0xBF) && text.unicodeScalars.contains(where: { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var afterCR = false
        for byte in utf8 {
            if byte == 0x0A, afterCR {
                afterCR = false
                continue
            }
            afterCR = byte == 0x0D
            // EF BF BE is U+FFFE and EF BF BF U+FFFF; the last byte becomes BD, giving EF BF BD, U+FFFD.
            if byte == 0xBE || byte == 0xBF, bytes.count >= 2, bytes[bytes.count - 1] == 0xBF, bytes[bytes.count - 2] == 0xEF {
                bytes.append(0xBD)
                continue
            }
            bytes.append(afterCR ? 0x0A : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil { return index }
            index += length
        }
        return bytes.count
    }
}
