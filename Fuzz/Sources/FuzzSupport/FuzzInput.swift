import Foundation

/// The fuzzer's bytes in the forms the targets need.
public enum FuzzInput {
    public static func data(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Data {
        Data(bytes: bytes, count: size)
    }

    /// The bytes as text, invalid UTF-8 replaced: the cleaner and the renderer only ever see
    /// valid strings, and what matters is what they do with odd but valid text.
    public static func text(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
    }
}
