import Yams

/// Where a Yams mark is in the YAML as an editor counts lines.
///
/// libyaml ends a line at U+0085 (NEL), U+2028 and U+2029 as well as at "\n", so after such a
/// character its line numbers run ahead of the file's, and its columns restart. dossier counts
/// lines by "\n" only, as editors and compilers do, and reads the offending line back by that
/// count: without this map a diagnostic could name a line past the end of the file (found by
/// Fuzz/FuzzFrontMatter).
struct YAMLLineMap: Sendable {
    /// For each libyaml line: the "\n" line it is on (1-based) and how many characters of that
    /// line come before it. Nil when the YAML has no such character: the counts agree.
    private let starts: [(line: Int, column: Int)]?

    init(_ yaml: String) {
        // Each of the three is encoded with a 0xC2 or 0xE2 lead byte: most YAML has neither.
        guard yaml.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else {
            starts = nil
            return
        }
        var starts = [(line: 1, column: 0)]
        var line = 1
        var column = 0
        for scalar in yaml.unicodeScalars {
            switch scalar {
            case "\n":
                line += 1
                column = 0
                starts.append((line, 0))
            case "\u{85}", "\u{2028}", "\u{2029}":
                column += 1
                starts.append((line, column))
            default:
                column += 1
            }
        }
        self.starts = starts
    }

    /// The 1-based line and column, within the YAML, of a mark.
    func position(of mark: Mark) -> (line: Int, column: Int) {
        guard let starts else { return (mark.line, mark.column) }
        guard starts.indices.contains(mark.line - 1) else {
            // Past the last line (libyaml's end of stream): as far past the file's last line.
            return ((starts.last?.line ?? 1) + mark.line - starts.count, mark.column)
        }
        let start = starts[mark.line - 1]
        return (start.line, start.column + mark.column)
    }
}
