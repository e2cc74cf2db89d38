/// Why the preview could not start.
public enum PreviewError: Error, Equatable, CustomStringConvertible {
    case portInUse(UInt16)
    case cannotListen(UInt16, String)
    case notListening

    public var description: String {
        switch self {
        case .portInUse(let port): "port \(port) on 127.0.0.1 is already in use"
        case .cannotListen(let port, let why): "cannot listen on 127.0.0.1:\(port): \(why)"
        case .notListening: "the preview server did not start listening within 5 seconds"
        }
    }
}
