// Differential fuzzing of the byte and scalar fast paths: each must give exactly what the
// `Character` or Foundation way it replaces gives. The fast paths rest on reasoning about
// which scalars stand alone as characters and which fold or separate; this checks that
// reasoning on arbitrary text, including the text that is meant to take the slow way.
import Foundation
import CmarkGFM
@testable import DossierCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(bytes, size)

    FuzzCheck.require(SentenceSplitter.sentences(text) == SentenceSplitter.sentencesByCharacter(text),
                      "sentences of \(text.debugDescription)")
    FuzzCheck.require(StatementClusterer.terms(text) == StatementClusterer.termsByCharacter(text),
                      "terms of \(text.debugDescription)")
    FuzzCheck.require(TextExcerpt.oneLine(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                      "one line of \(text.debugDescription)")
    FuzzCheck.require(PlainText.trimmingWhitespace(Substring(text)) == text.trimmingCharacters(in: .whitespaces),
                      "trimmed \(text.debugDescription)")
    FuzzCheck.require(HTMLEscaping.escape(text) == escapedByScalar(text), "escaped \(text.debugDescription)")

    var lowercased = text.lowercased()
    if lowercased.contains("’") { lowercased = lowercased.replacingOccurrences(of: "’", with: "'") }
    FuzzCheck.require(PhraseSearch.fold(text) == lowercased, "folded \(text.debugDescription)")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    FuzzCheck.require(PhraseSearch(joining: lines, searches: lines.map { PhraseSearch($0) }).lowercasedText
                          == PhraseSearch(lines.joined(separator: "\n")).lowercasedText,
                      "joined search of \(text.debugDescription)")
    return 0
}

private func escapedByScalar(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}
