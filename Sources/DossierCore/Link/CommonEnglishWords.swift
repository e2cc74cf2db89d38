/// A small list of frequent English words (lower case), plus the generic nouns of local
/// government and policing. A registered alias equal to one of these would link ordinary
/// prose ("the Council said", "Home is…"), so `RegistryLint` flags it; a person whose
/// surname is one of these is not linked by bare surname at a sentence start.
///
/// Deliberately excludes words that are mainly surnames or places in this domain
/// ("hill", "jay", "shah"): those rely on the capitalisation and context rules instead.
public enum CommonEnglishWords {
    public static let all: Set<String> = [
        // Function words
        "a", "about", "above", "after", "again", "against", "all", "also", "although", "always",
        "am", "among", "an", "and", "another", "any", "are", "around", "as", "at",
        "back", "be", "because", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "could", "did", "do", "does", "down", "during", "each", "either",
        "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have",
        "he", "her", "here", "him", "his", "how", "however", "i", "if", "in",
        "into", "is", "it", "its", "just", "less", "many", "may", "me", "might",
        "more", "most", "much", "must", "my", "neither", "never", "no", "nor", "not",
        "now", "of", "off", "often", "on", "once", "only", "or", "other", "our",
        "out", "over", "own", "same", "she", "should", "since", "so", "some", "still",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "though", "through", "to", "too", "under", "until", "up", "upon",
        "us", "very", "was", "we", "well", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would",
        "yet", "you", "your",
        // Frequent verbs
        "ask", "become", "bring", "call", "come", "find", "get", "give", "go", "help",
        "hold", "keep", "know", "lead", "leave", "let", "like", "live", "look", "make",
        "mean", "move", "need", "pay", "play", "put", "read", "run", "say", "said",
        "see", "seem", "serve", "set", "show", "stand", "start", "take", "talk", "tell",
        "think", "try", "turn", "use", "want", "work", "write",
        // Frequent nouns and adjectives, including ones that are also surnames
        "able", "best", "big", "black", "brown", "case", "change", "child", "children", "city",
        "clear", "close", "day", "early", "end", "fact", "family", "far", "free", "full",
        "good", "great", "green", "group", "hand", "hard", "high", "home", "hope", "house",
        "important", "issue", "job", "king", "large", "last", "late", "law", "life", "little",
        "local", "long", "low", "main", "man", "member", "money", "month", "mother", "name",
        "national", "new", "next", "night", "number", "old", "open", "order", "part", "people",
        "person", "place", "point", "power", "public", "real", "right", "room", "rose", "school",
        "second", "side", "small", "social", "state", "story", "strong", "study", "system", "thing",
        "time", "top", "true", "water", "way", "week", "white", "whole", "woman", "women",
        "word", "world", "year", "young", "grant", "hunt", "price", "cook", "bishop", "page",
        "wood", "hall", "park", "street", "field", "short", "rich", "bell",
        // Generic institutional nouns in council/policing news
        "agency", "authority", "board", "borough", "cabinet", "chair", "chief", "commission", "committee", "commons",
        "council", "councils", "county", "court", "crime", "department", "director", "education", "government", "health",
        "inquiry", "justice", "leader", "minister", "ministry", "office", "panel", "parliament", "partnership", "police",
        "policy", "report", "review", "safeguarding", "secretary", "service", "services", "survivors", "taskforce", "trust",
        "victims", "unit", "team", "data", "abuse", "exploitation", "force", "labour", "conservative", "officer",
    ]
}
