import Foundation

/// Headline and byline found among the first lines of an article, as line
/// indexes into the normalised line array (not yet file line numbers).
struct ArticleHeader: Equatable {
    var titleIndex: Int?
    var bylineIndexes: [Int] = []
    var author: String?
    var date: Day?

    var indexes: Set<Int> {
        Set(bylineIndexes + (titleIndex.map { [$0] } ?? []))
    }

    /// Looks only at the first few unlabelled lines and stops at the second
    /// body line, so nothing inside the body or the comments is read as a
    /// byline. A headline must come before any body line; a byline may sit on
    /// either side of it.
    static func find(in lines: [String], rules: [CleaningRule?]) -> ArticleHeader {
        find(in: lines.map(ScannedLine.init), rules: rules)
    }

    static func find(in lines: [ScannedLine], rules: [CleaningRule?]) -> ArticleHeader {
        var header = ArticleHeader()
        var examined = 0
        var bodyLines = 0
        var previousWasAuthor = false
        for index in lines.indices where rules[index] == nil {
            examined += 1
            if examined > 7 || bodyLines >= 2 { break }
            let scanned = lines[index]
            let line = scanned.text
            let followsAuthor = previousWasAuthor
            previousWasAuthor = false
            if let parsed = BylineParser.parse(scanned), header.absorb(parsed, at: index) {
                previousWasAuthor = parsed.author != nil
                continue
            }
            // BBC/Guardian style: the author's name alone on a line under the headline.
            if header.titleIndex != nil, header.author == nil,
               let name = BylineParser.isNameOnly(scanned) ? line : BylineParser.nameBeforeRole(scanned) {
                header.absorb(BylineParser.Parsed(author: name, date: nil), at: index)
                previousWasAuthor = true
                continue
            }
            if followsAuthor, BylineParser.isRoleLine(line) {
                header.bylineIndexes.append(index)
                continue
            }
            if header.titleIndex == nil, bodyLines == 0, looksLikeHeadline(scanned) {
                header.titleIndex = index
                continue
            }
            bodyLines += 1
        }
        return header
    }

    /// Takes a byline line, or a separate line that completes it (a date under
    /// an author-only byline, or an author under a date-only one). Returns
    /// false if the line adds nothing.
    @discardableResult
    private mutating func absorb(_ parsed: BylineParser.Parsed, at index: Int) -> Bool {
        if bylineIndexes.isEmpty {
            bylineIndexes = [index]
            author = parsed.author
            date = parsed.date
            return true
        }
        if date == nil, parsed.author == nil, let newDate = parsed.date {
            date = newDate
            bylineIndexes.append(index)
            return true
        }
        if author == nil, let newAuthor = parsed.author, parsed.date == nil || date == nil {
            author = newAuthor
            date = date ?? parsed.date
            bylineIndexes.append(index)
            return true
        }
        return false
    }

    static func looksLikeHeadline(_ line: String) -> Bool {
        looksLikeHeadline(ScannedLine(line))
    }

    static func looksLikeHeadline(_ scanned: ScannedLine) -> Bool {
        let line = scanned.text
        let shape = LineShape(line)
        guard (3...30).contains(scanned.wordCount), line.count <= 200, shape.startsUppercase else { return false }
        guard let last = line.last else { return false }
        return !".,;:".contains(last) && !line.hasSuffix(".”") && !line.hasSuffix(".\"") && !line.hasSuffix(".’")
    }
}
