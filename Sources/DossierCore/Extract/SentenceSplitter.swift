import Foundation

/// Splits a paragraph into sentences at ". ", "? " or "! " (optionally after a closing quote)
/// followed by a capital letter or an opening quote. News copy in the UK writes "Mr", "Dr"
/// and "£2.5m" without a following space, so this simple rule holds well.
enum SentenceSplitter {
    static func sentences(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "." || character == "?" || character == "!" {
                var end = index + 1
                while end < characters.count, "”’\"')".contains(characters[end]) { end += 1 }
                if end + 1 < characters.count, characters[end] == " ", let next = characters[(end + 1)...].first(where: { $0 != " " }),
                   next.isUppercase || "“‘\"'".contains(next) {
                    sentences.append(String(characters[start..<end]).trimmingCharacters(in: .whitespaces))
                    start = end + 1
                    index = end
                }
            }
            index += 1
        }
        let rest = String(characters[min(start, characters.count)...]).trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
}
