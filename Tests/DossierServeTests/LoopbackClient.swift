import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A raw HTTP/1.1 client on 127.0.0.1 for the tests: it sends the request line exactly as given
/// (URLSession and curl would normalise `/../` away before the server ever saw it) and every
/// read is bounded by a timeout.
struct LoopbackClient {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let port: UInt16

    func get(_ target: String, method: String = "GET", host: String = "127.0.0.1") throws -> Response {
        let socket = try connect()
        defer { close(socket) }
        try send(socket, "\(method) \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
        var data = Data()
        while let chunk = try receive(socket) { data.append(chunk) }
        return try Self.parse(data, expectBody: method != "HEAD")
    }

    /// Opens `/__dossier/events` and returns the socket; read events with `nextEvent`.
    func openEvents() throws -> Int32 {
        let socket = try connect()
        try send(socket, "GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        return socket
    }

    /// The next `data:` payload on an event stream, as JSON, within the socket's timeout.
    func nextEvent(_ socket: Int32, buffer: inout String) throws -> [String: Any] {
        for _ in 0..<100 {
            if let range = buffer.range(of: "data: ") , let end = buffer[range.upperBound...].firstIndex(of: "\n") {
                let json = String(buffer[range.upperBound..<end])
                buffer = String(buffer[end...])
                return try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
            }
            guard let chunk = try receive(socket) else { break }
            buffer += String(decoding: chunk, as: UTF8.self)
        }
        throw ClientError("no event arrived")
    }

    private func connect() throws -> Int32 {
        #if os(Linux)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw ClientError("socket failed") }
        // Generous: the suite runs beside CPU-heavy build tests on two cores.
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw ClientError("connect failed: errno \(errno)")
        }
        return socket
    }

    private func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        guard write(socket, bytes, bytes.count) == bytes.count else { throw ClientError("write failed") }
    }

    /// Nil at the end of the stream; throws when the timeout passes with nothing read.
    private func receive(_ socket: Int32) throws -> Data? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(socket, &buffer, buffer.count)
        if count < 0 { throw ClientError("read timed out") }
        return count == 0 ? nil : Data(buffer[0..<count])
    }

    static func parse(_ data: Data, expectBody: Bool) throws -> Response {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw ClientError("no header end in \(data.count) bytes") }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            throw ClientError("bad status line")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: expectBody ? Data(data[split.upperBound...]) : Data())
    }

    struct ClientError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
