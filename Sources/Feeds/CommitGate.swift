import Foundation

/// Holds State's publication transaction open until the folder swap has been tried, so that
/// State is committed with the swap or not at all.
///
/// The committing thread writes everything, says `written()`, and waits in `outcome()`; the
/// publishing thread waits for `waitWritten()` (false when the commit failed first), swaps,
/// then says `proceed()` (commit) or `abandon()` (roll back). Each side says its part once.
final class CommitGate: Sendable {
    private let writtenSignal = DispatchSemaphore(value: 0)
    private let outcomeSignal = DispatchSemaphore(value: 0)
    /// Set before `writtenSignal` / `outcomeSignal` are signalled, read after the wait.
    private let state = LockedFlags()

    /// Committing thread: everything is written, the transaction is still open.
    func written() {
        state.set(written: true)
        writtenSignal.signal()
    }

    /// Committing thread: the commit failed before it could say `written()`.
    func failed() { writtenSignal.signal() }

    /// Publishing thread: true once State is written, false when it failed. Waits only the
    /// first time; later calls give the same answer.
    func waitWritten() -> Bool {
        if !state.answered {
            writtenSignal.wait()
            state.setAnswered()
        }
        return state.written
    }

    /// Publishing thread: the swap happened; commit.
    func proceed() {
        state.set(proceed: true)
        outcomeSignal.signal()
    }

    /// Publishing thread: the swap did not happen; roll back.
    func abandon() { outcomeSignal.signal() }

    /// Committing thread: waits for the swap; throws to roll the transaction back.
    func outcome() throws {
        outcomeSignal.wait()
        if !state.proceed { throw Abandoned() }
    }

    struct Abandoned: Error, CustomStringConvertible {
        var description: String { "the published calendars were not swapped in; State was left as it was" }
    }

    /// Two flags behind a lock.
    private final class LockedFlags: @unchecked Sendable {  // safe: every access holds `lock`
        private let lock = NSLock()
        private var writtenFlag = false
        private var proceedFlag = false
        private var answeredFlag = false

        var written: Bool { lock.withLock { writtenFlag } }
        var proceed: Bool { lock.withLock { proceedFlag } }
        var answered: Bool { lock.withLock { answeredFlag } }
        func setAnswered() { lock.withLock { answeredFlag = true } }
        func set(written: Bool) { lock.withLock { writtenFlag = written } }
        func set(proceed: Bool) { lock.withLock { proceedFlag = proceed } }
    }
}
