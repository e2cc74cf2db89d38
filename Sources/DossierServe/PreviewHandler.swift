import FlyingFox
import Foundation

/// Answers every request of the preview: the live-reload endpoints under `/__dossier/`, and the
/// site's files through `SitePath` and a `SiteSource`. FlyingFox's DirectoryHTTPHandler is not
/// used: it serves `/%2e%2e/` paths from outside its root and no `index.html` for folders.
struct PreviewHandler: HTTPHandler {
    let status: PreviewStatus

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        // A page on another site that rebinds its DNS name to 127.0.0.1 would send its own Host:
        // the preview answers only to the loopback names, so such a page cannot read it.
        if let host = request.headers[.host], !Self.isLoopback(host: host) {
            return respond(Data("This preview answers only at 127.0.0.1 or localhost.\n".utf8), type: "text/plain; charset=utf-8",
                           status: .forbidden, head: request.method == .HEAD)
        }
        // The target exactly as it arrived, still percent-encoded: never FlyingFox's standardised path.
        let target = request.target.path(percentEncoded: true)
        let isHead = request.method == .HEAD
        switch target {
        case LiveReload.scriptPath:
            return respond(Data(LiveReload.script.utf8), type: "text/javascript; charset=utf-8", head: isHead)
        case LiveReload.statusPath:
            return respond(await status.statusJSON(), type: "application/json", head: isHead)
        case LiveReload.eventsPath where isHead:
            return respond(Data(), type: "text/event-stream", head: true)
        case LiveReload.eventsPath:
            let events = await status.subscribe()
            return HTTPResponse(statusCode: .ok, headers: Self.headers(type: "text/event-stream"),
                                body: HTTPBodySequence(from: EventStreamBytes(events: events), suggestedBufferSize: 64 * 1024))
        default:
            break
        }
        guard let path = SitePath(target: target) else { return await notFound(head: isHead) }
        switch await status.source.lookup(path) {
        case .file(let data, let relativePath):
            let type = ContentType.of(relativePath)
            let body = type.hasPrefix("text/html") ? LiveReload.inject(into: data, version: await status.version) : data
            return respond(body, type: type, head: isHead)
        case .redirect(let location):
            var headers = Self.headers(type: "text/plain; charset=utf-8")
            headers[.location] = location
            return HTTPResponse(statusCode: .movedPermanently, headers: headers, body: Data())
        case .notFound:
            return await notFound(head: isHead)
        }
    }

    private func respond(_ body: Data, type: String, status code: HTTPStatusCode = .ok, head: Bool) -> HTTPResponse {
        var headers = Self.headers(type: type)
        // HEAD: the length the GET would have, and no body.
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: code, headers: headers, body: head ? Data() : body)
    }

    /// A small page of its own, with the live script, so a page that does not exist yet appears
    /// by itself once a build makes it, and build errors show even before the first good build.
    private func notFound(head: Bool) async -> HTTPResponse {
        let page = Data("""
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>The preview has no page at this address. <a href="/">Go to the home page</a>.</p></body></html>

            """.utf8)
        return respond(LiveReload.inject(into: page, version: await status.version), type: "text/html; charset=utf-8", status: .notFound, head: head)
    }

    static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            name = String(name.dropFirst().prefix { $0 != "]" })
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        return name == "127.0.0.1" || name == "localhost" || name == "::1"
    }

    /// Preview responses are never cached: every reload must show the latest build.
    static func headers(type: String) -> HTTPHeaders {
        [.contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff"]
    }
}
