import Foundation

/// What a process that builds again and again (`serve`) keeps from one build for the next:
/// each article as ingested, reused while its file and the safeguarding policy are unchanged.
/// Cleaning is a fifth of a build at N=10,000, and an edit changes one article.
public final class BuildMemory: @unchecked Sendable {
    // @unchecked: `ingested` and `reusedIngests` are only touched under `lock`.
    private let lock = NSLock()
    private var ingested: [String: (input: IngestInput, result: IngestResult)] = [:]
    private var reusedIngests = 0

    public init() {}

    struct IngestInput: Equatable {
        var source: ArticleSource
        var policy: SafeguardingPolicy
    }

    typealias IngestResult = (article: Article?, diagnostics: [Diagnostic])

    /// The article ingested before from the same input, or `ingest`'s result, kept for next time.
    func ingest(_ input: IngestInput, _ ingest: () -> IngestResult) -> IngestResult {
        let kept: IngestResult? = lock.withLock {
            guard let kept = ingested[input.source.path], kept.input == input else { return nil }
            reusedIngests += 1
            return kept.result
        }
        if let kept { return kept }
        let result = ingest()
        lock.withLock { ingested[input.source.path] = (input, result) }
        return result
    }

    /// Forgets the articles that are gone, so a long session does not keep every version.
    func keepIngested(only paths: Set<String>) {
        lock.withLock { ingested = ingested.filter { paths.contains($0.key) } }
    }

    var ingestedCount: Int { lock.withLock { ingested.count } }

    /// How many times an article was taken as ingested before, over every build.
    var reused: Int { lock.withLock { reusedIngests } }
}
