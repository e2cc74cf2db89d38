@testable import DossierCore
import Testing

@Suite struct SuggestionTests {
    /// Levenshtein over `Character`s, compared with every candidate: what `closest` gives up
    /// candidates early to avoid, kept here as the definition it must agree with.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        var row = Array(0...b.count)
        for i in a.indices {
            var next = [i + 1]
            for j in b.indices { next.append(min(row[j + 1] + 1, next[j] + 1, row[j] + (a[i] == b[j] ? 0 : 1))) }
            row = next
        }
        return row[b.count]
    }

    static func closestByEveryDistance(to word: String, in candidates: [String]) -> String? {
        guard let best = candidates.map({ ($0, distance(word, $0)) }).min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        let isPrefix = best.0.lowercased().hasPrefix(word.lowercased()) || word.lowercased().hasPrefix(best.0.lowercased())
        return best.1 <= max(2, word.count / 3) || isPrefix ? best.0 : nil
    }

    @Test func theClosestIsTheOneEveryDistanceGives() {
        let paths = ["articles/casey-audit-2.html", "articles/casey-audit.html", "articles/Casey-audit-3.html", "people/jess-phillips.html",
                     "people/jess-philips.html", "people/zoë-ward.html", "people/zoe-ward.html", "people/zoe-wara.html", "organisations/home-office.html",
                     "articles/cafe\u{301}-owner.html", "articles/café-owner.html", "a\r\nb.html", "", "x"]
        let words = ["articles/casey-audit-1.html", "articles/CASEY-AUDIT.html", "people/jess-phillps.html", "people/zoë-ward.htm",
                     "people/zoe-ward.html", "articles/café-owner.htmll", "a\r\nc.html", "ab.html", "organisations/", "", "x",
                     "completely-different-name-with-nothing-in-common.html"]
        for word in words {
            #expect(Suggestion.closest(to: word, in: paths) == Self.closestByEveryDistance(to: word, in: paths), "\(word.debugDescription)")
            #expect(Suggestion.closest(to: word, in: paths.reversed()) == Self.closestByEveryDistance(to: word, in: paths), "\(word.debugDescription)")
            for path in paths { #expect(Suggestion.editDistance(word.lowercased(), path.lowercased()) == Self.distance(word, path)) }
        }
        #expect(Suggestion.closest(to: "people/jess-phillipps.html", in: paths) == "people/jess-phillips.html")
        #expect(Suggestion.closest(to: "people/jess-phillps.html", in: paths) == "people/jess-philips.html", "equals: the first alphabetically")
        #expect(Suggestion.closest(to: "articles/casey-audit-1.html", in: paths) == "articles/Casey-audit-3.html")
        #expect(Suggestion.closest(to: "x", in: []) == nil)
    }
}
