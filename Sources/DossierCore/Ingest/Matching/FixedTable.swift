/// An immutable array of plain values in memory allocated once, for the tables
/// of a compiled pattern that every thread reads at once.
///
/// A Swift array is a reference-counted object: reading one from shared state
/// often retains and releases it, an atomic write to its count. Two cores
/// doing that to the same few objects for every line keep stealing each
/// other's cache line. A table here is a bare pointer, so reading it writes
/// nothing. Its owner frees it with `deallocate()` (a `Pattern`, in its deinit).
struct FixedTable<Element: BitwiseCopyable>: @unchecked Sendable {
    // @unchecked: the memory is written once, in init, and only read after.
    private let storage: UnsafeBufferPointer<Element>

    init(_ elements: [Element]) {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
        storage = UnsafeBufferPointer(buffer)
    }

    var count: Int { storage.count }

    @inline(__always)
    subscript(index: Int) -> Element { storage[index] }

    func deallocate() {
        storage.deallocate()
    }
}
