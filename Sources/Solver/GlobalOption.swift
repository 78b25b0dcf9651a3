/// A time option numbered across all events: event `e`'s local option `t` (the
/// index into `Event.timeOptions`, as in `Value.time` and `State.time`) is global
/// option `Model.timeBase[e] + t`, which indexes `Model`'s per-option and interval
/// arrays.
///
/// The engine moves between the two index spaces all the time; a wrapper of its own
/// means a local option cannot be passed where a global one is expected, or the
/// other way round. Zero cost, as swift-collections' `_HashTable.Bucket`: one `Int`,
/// created and read only through `Model` (`option(_:_:)`, `localOption(_:of:)`).
struct GlobalOption: Hashable {
    /// The index into `Model`'s per-option arrays (`optCost`, `optPattern`, ...).
    let offset: Int

    @inline(__always)
    init(offset: Int) {
        self.offset = offset
    }
}
