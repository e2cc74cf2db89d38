import Foundation

/// Invariant checks for the fuzz targets. A broken invariant must stop libFuzzer the way a
/// crash does, so it writes the input to Fuzz/Crashes; `precondition` would be compiled out
/// by `-Ounchecked` and says nothing about which invariant failed.
public enum FuzzCheck {
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                               file: StaticString = #fileID, line: UInt = #line) {
        guard !condition() else { return }
        FileHandle.standardError.write(Data("\(file):\(line): invariant broken: \(message())\n".utf8))
        abort()
    }
}
