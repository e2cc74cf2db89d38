@testable import DossierCore
import Foundation
import Testing

@Suite struct TextFileReaderTests {
    private func read(_ bytes: [UInt8]) throws -> String {
        try TextFileReader().decode(Data(bytes), displayPath: "content/a.txt").get()
    }

    @Test func lineEndingsBecomeNewlines() throws {
        #expect(try read(Array("a\r\nb\rc\n\r\nd".utf8)) == "a\nb\nc\n\nd")
        #expect(try read(Array("\u{FEFF}title\r\n".utf8)) == "title\n")
    }

    /// Found by Fuzz/FuzzFrontMatter: Foundation's replacingOccurrences left a CR followed by a
    /// combining mark (here U+064C) in place, and libyaml counted it as a line break that
    /// dossier did not, so a YAML error named a line past the end of the file.
    @Test func aCarriageReturnBeforeACombiningMarkIsALineBreakToo() throws {
        #expect(try read(Array("a ---\r\u{64C})\nb".utf8)) == "a ---\n\u{64C})\nb")
        #expect(try read(Array("\u{FEFF}\u{301}x".utf8)) == "\u{301}x")
    }

    /// Found by Fuzz/FuzzCleaner: cmark-gfm's plain-text renderer writes U+FFFE and U+FFFF as
    /// the lone bytes 0xFE and 0xFF, so the search index showed U+FFFD where the page showed them.
    @Test func theNoncharactersFFFEAndFFFFBecomeTheReplacementCharacter() throws {
        #expect(try read(Array("a\u{FFFF}b\r\n\u{FFFF}".utf8)) == "a\u{FFFD}b\n\u{FFFD}")
        #expect(try read(Array("\u{FFFE}\u{FFFD}\u{EFBF}\u{EFBE}".utf8)) == "\u{FFFD}\u{FFFD}\u{EFBF}\u{EFBE}")
    }

    @Test func aNULByteMakesItABinaryFileNamedByTheByteOffset() {
        let result = TextFileReader().decode(Data(Array("title: A\n".utf8) + [0] + Array("more".utf8)), displayPath: "content/a.txt")
        guard case .failure(let diagnostic) = result else {
            Issue.record("a file with a NUL byte was read as text")
            return
        }
        #expect(diagnostic.message == "binary file (a NUL byte at offset 9), not text")
        // A slice of a larger buffer counts from its own start.
        let slice = Data(Array("xx\0".utf8)).dropFirst(1)
        guard case .failure(let sliced) = TextFileReader().decode(slice, displayPath: "content/b.txt") else {
            Issue.record("a slice with a NUL byte was read as text")
            return
        }
        #expect(sliced.message == "binary file (a NUL byte at offset 1), not text")
    }

    @Test func theFuzzInputReportsALineOfTheFile() throws {
        let data = try Data(contentsOf: Fixtures.repository.appendingPathComponent("Fuzz/Regressions/FuzzFrontMatter/cr-before-combining-mark"))
        let text = try TextFileReader().decode(data, displayPath: "content/safeguarding.yml").get()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let (_, found) = FrontMatterDecoder().decode(SafeguardingFields.self, yaml: text, path: "content/safeguarding.yml", firstLine: 1, fileLines: lines)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { ($0.line ?? 1) <= lines.count && $0.sourceLine != nil })
    }
}
