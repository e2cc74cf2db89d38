// cleaner-bench: times ArticleCleaner over folders of article files and dumps
// its exact output, so an optimisation can be checked byte for byte.
//
//   cleaner-bench [--runs R] [--repeat K] [--threads T] [--raw] [--dump FILE] [--check FILE] FOLDER...
//
// Every *.md and *.txt file directly inside each FOLDER is read, its front
// matter stripped (with --raw the whole file, line endings untouched, is the
// body), and cleaned K times per run; the median of R runs is
// printed as total ms and ms/article. --dump writes every CleanedArticle
// (String(describing:)) to FILE; --check compares that text with FILE and
// exits 1 on the first difference. --threads T cleans the articles on T
// threads at once and checks the results equal the single-threaded ones.
import DossierCore
import Foundation

struct Options {
    var folders: [String] = []
    var runs = 5
    var repeats = 1
    var threads = 1
    var dumpPath: String?
    var checkPath: String?
    var raw = false
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    func value(_ flag: String) -> String {
        guard let next = arguments.popFirst() else { fail("\(flag) needs a value") }
        return next
    }
    while let argument = arguments.popFirst() {
        switch argument {
        case "--runs": options.runs = Int(value(argument)) ?? options.runs
        case "--repeat": options.repeats = Int(value(argument)) ?? options.repeats
        case "--threads": options.threads = Int(value(argument)) ?? options.threads
        case "--dump": options.dumpPath = value(argument)
        case "--check": options.checkPath = value(argument)
        case "--raw": options.raw = true
        case "-h", "--help":
            print("usage: cleaner-bench [--runs R] [--repeat K] [--threads T] [--raw] [--dump FILE] [--check FILE] FOLDER...")
            exit(0)
        default: options.folders.append(argument)
        }
    }
    if options.folders.isEmpty { fail("give at least one folder of articles") }
    return options
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cleaner-bench: \(message)\n".utf8))
    exit(2)
}

struct ArticleInput: Sendable {
    var name: String
    var body: String
    var firstLine: Int
}

func loadArticles(in folders: [String], raw: Bool) -> [ArticleInput] {
    var inputs: [ArticleInput] = []
    for folder in folders {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { fail("cannot list \(folder)") }
        for name in names.sorted() where name.hasSuffix(".md") || name.hasSuffix(".txt") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
            if raw {
                inputs.append(ArticleInput(name: name, body: text, firstLine: 1))
                continue
            }
            guard let (body, firstLine) = articleBody(ofFile: text) else { fail("unterminated front matter in \(path)") }
            inputs.append(ArticleInput(name: name, body: body, firstLine: firstLine))
        }
    }
    return inputs
}

func dumpText(_ inputs: [ArticleInput], _ results: [CleanedArticle]) -> String {
    var text = ""
    for (input, result) in zip(inputs, results) {
        text += "=== \(input.name)\n\(String(describing: result))\n"
    }
    return text
}

/// Cleans `inputs` on `threads` threads; each thread takes every n-th article.
func cleanAll(_ inputs: [ArticleInput], threads: Int) -> [CleanedArticle] {
    let cleaner = ArticleCleaner()
    if threads <= 1 { return inputs.map { cleaner.clean($0.body, firstLine: $0.firstLine) } }
    let slots = ResultSlots(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
        for index in stride(from: thread, to: inputs.count, by: threads) {
            slots.set(index, cleaner.clean(inputs[index].body, firstLine: inputs[index].firstLine))
        }
    }
    return slots.values
}

final class ResultSlots: @unchecked Sendable {
    private var storage: [CleanedArticle?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: CleanedArticle) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }
    var values: [CleanedArticle] { storage.map { $0! } }
}

let options = parseOptions()
let inputs = loadArticles(in: options.folders, raw: options.raw)
let bytes = inputs.reduce(0) { $0 + $1.body.utf8.count }
print("articles: \(inputs.count), body bytes: \(bytes) (\(bytes / max(1, inputs.count)) per article)")

let reference = cleanAll(inputs, threads: 1)
if let dumpPath = options.dumpPath {
    do { try dumpText(inputs, reference).write(toFile: dumpPath, atomically: true, encoding: .utf8) } catch { fail("cannot write \(dumpPath)") }
    print("dumped to \(dumpPath)")
}
if let checkPath = options.checkPath {
    guard let expected = try? String(contentsOfFile: checkPath, encoding: .utf8) else { fail("cannot read \(checkPath)") }
    let actual = dumpText(inputs, reference)
    if actual == expected {
        print("check: output identical to \(checkPath) (\(actual.utf8.count) bytes)")
    } else {
        let expectedArticles = expected.components(separatedBy: "\n=== ")
        let actualArticles = actual.components(separatedBy: "\n=== ")
        let differing = zip(expectedArticles, actualArticles).filter { $0 != $1 }
        print("check: OUTPUT DIFFERS from \(checkPath): \(differing.count) articles differ (article counts \(expectedArticles.count) vs \(actualArticles.count))")
        if let (want, got) = differing.first {
            print("--- expected\n\(want.prefix(4000))\n--- actual\n\(got.prefix(4000))")
        }
        exit(1)
    }
}
if options.threads > 1 {
    let parallel = cleanAll(inputs, threads: options.threads)
    guard parallel == reference else { fail("results on \(options.threads) threads differ from one thread") }
    print("threads: \(options.threads)-thread results equal 1-thread results")
}

var timings: [Double] = []
let clock = ContinuousClock()
for _ in 0..<options.runs {
    let start = clock.now
    for _ in 0..<options.repeats {
        _ = cleanAll(inputs, threads: options.threads)
    }
    let elapsed = clock.now - start
    timings.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
}
timings.sort()
let median = timings[timings.count / 2]
let cleaned = inputs.count * options.repeats
print(String(format: "runs: %d x %d articles on %d thread(s); median %.1f ms (min %.1f, max %.1f); %.4f ms/article",
             options.runs, cleaned, options.threads, median, timings.first!, timings.last!, median / Double(cleaned)))
