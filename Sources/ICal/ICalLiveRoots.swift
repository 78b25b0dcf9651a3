import Foundation

/// How many `ICalComponent` roots are alive: the ownership tests assert it returns to zero.
///
/// It has its own lock (not `Libical.locked`) because `deinit` may run while that lock is
/// held, and `NSLock` is not recursive.
enum ICalLiveRoots {
    private static let lock = NSLock()
    // Safe: only read and written while `lock` is held.
    nonisolated(unsafe) private static var count = 0

    static func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    static func decrement() {
        lock.lock()
        count -= 1
        lock.unlock()
    }

    /// The number of live roots right now.
    static var current: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

extension ICalLiveRoots {
    /// The live roots, read while holding libical's lock. Every component is created and
    /// freed inside a `Libical.locked` block, so this is 0 unless a root outlived the call
    /// that made it (a leak of our wrapper or an escaped pointer), whatever other threads do.
    static var outsideAnyCall: Int { Libical.locked { current } }
}
