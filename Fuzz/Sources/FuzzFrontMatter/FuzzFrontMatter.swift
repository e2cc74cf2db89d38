// Arbitrary bytes through what the loader does with a content file: the UTF-8 reader, the
// front-matter split, and the YAML decoder for every kind of file. Nothing may crash, and
// every diagnostic must name the file and a line that exists.
@testable import DossierCore
import Foundation
import FuzzSupport

private let path = "content/fuzz.md"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = FuzzInput.data(bytes, size)
    let text: String
    switch TextFileReader().decode(data, displayPath: path) {
    case .success(let decoded):
        text = decoded
    case .failure(let diagnostic):
        FuzzCheck.require(diagnostic.path == path, "reader diagnostic without the file's path: \(diagnostic)")
        checkInvalidUTF8Offset(data)
        return 0
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)

    // Composing the YAML is most of the cost of an input, so each input is decoded as one
    // front-matter kind and one whole-file kind, picked by its length: four times the inputs
    // per second, and every kind still gets inputs of every shape.
    let pick = size % 4

    // Front-matter files: articles, topics, people, organisations.
    if case .success(let frontMatter) = FrontMatter.split(text) {
        checkSplit(frontMatter, lines: lines)
        if let yaml = frontMatter.yaml {
            let first = frontMatter.yamlFirstLine
            switch pick {
            case 0: decode(ArticleFields.self, yaml: yaml, firstLine: first, lines: lines)
            case 1: decode(TopicFields.self, yaml: yaml, firstLine: first, lines: lines)
            case 2: decode(PersonFields.self, yaml: yaml, firstLine: first, lines: lines)
            default: decode(OrganisationFields.self, yaml: yaml, firstLine: first, lines: lines)
            }
        }
    }

    // Whole-file YAML: dossier.yml, support.yml, glossary.yml, safeguarding.yml.
    switch pick {
    case 0: decode(ConfigFields.self, yaml: text, firstLine: 1, lines: lines)
    case 1: decode(SupportFields.self, yaml: text, firstLine: 1, lines: lines)
    case 2: decode(GlossaryFields.self, yaml: text, firstLine: 1, lines: lines)
    default: decode(SafeguardingFields.self, yaml: text, firstLine: 1, lines: lines)
    }
    if pick == 1 || pick == 2 {
        for keyLines in ContentLoader.keyLinesOfListItems(text, list: pick == 1 ? "contacts" : "terms") {
            for (key, line) in keyLines {
                FuzzCheck.require(lines.indices.contains(line - 1), "key '\(key)' on line \(line) of a \(lines.count)-line file")
            }
        }
    }
    return 0
}

private func decode<Fields: FrontMatterFields>(_ type: Fields.Type, yaml: String, firstLine: Int, lines: [Substring]) {
    let (fields, diagnostics) = FrontMatterDecoder().decode(type, yaml: yaml, path: path, firstLine: firstLine, fileLines: lines)
    FuzzCheck.require(fields != nil || !diagnostics.isEmpty, "\(type): no value and no diagnostic")
    for diagnostic in diagnostics {
        FuzzCheck.require(diagnostic.path == path, "\(type): diagnostic without the file's path: \(diagnostic)")
        if let line = diagnostic.line {
            // One past the last line is where a YAML parser reports an unexpected end of file.
            FuzzCheck.require((1...lines.count + 1).contains(line), "\(type): line \(line) of a \(lines.count)-line file: \(diagnostic)")
        }
    }
}

/// The opening line, the YAML, the closing line and the body are the file's lines, in order.
private func checkSplit(_ frontMatter: FrontMatter, lines: [Substring]) {
    guard let yaml = frontMatter.yaml else {
        FuzzCheck.require(frontMatter.bodyFirstLine == 1, "a file without front matter starts its body on line \(frontMatter.bodyFirstLine)")
        return
    }
    let closing = frontMatter.bodyFirstLine - 2
    FuzzCheck.require(frontMatter.yamlFirstLine == 2 && closing >= 1 && closing < lines.count, "front matter closes on line \(closing + 1) of \(lines.count)")
    FuzzCheck.require(yaml == lines[1..<closing].joined(separator: "\n"), "the YAML is not the lines between the markers")
    FuzzCheck.require(frontMatter.body == lines[(closing + 1)...].joined(separator: "\n"), "the body is not the lines after the closing marker")
}

/// The offset reported for invalid UTF-8 lies inside the file, after a valid prefix.
private func checkInvalidUTF8Offset(_ data: Data) {
    guard data.count <= TextFileReader.maximumBytes, !data.isEmpty, !data.contains(0), String(validating: data, as: UTF8.self) == nil else { return }
    let offset = TextFileReader.firstInvalidUTF8Offset(data)
    FuzzCheck.require(offset < data.count, "invalid UTF-8 reported at offset \(offset) of \(data.count) bytes")
    FuzzCheck.require(String(validating: data.prefix(offset), as: UTF8.self) != nil, "the bytes before offset \(offset) are not valid UTF-8")
}
