import Dispatch
import Foundation

/// Runs `body(worker)` for each worker in `0..<count`, each on its own thread, and returns
/// their results in worker order; if any throws, throws the error of the lowest worker.
func inParallel<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws(FeedsError) -> T) throws(FeedsError) -> [T] {
    let slots = Slots<Result<T, FeedsError>>(count)
    DispatchQueue.concurrentPerform(iterations: count) { worker in
        do throws(FeedsError) {
            slots[worker] = .success(try body(worker))
        } catch {
            slots[worker] = .failure(error)
        }
    }
    return try slots.values.map { result throws(FeedsError) in try result!.get() }
}

/// How many threads publishing uses: one per core, at most four.
var publishingWorkers: Int { min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4) }

/// One slot per worker, each written by its worker only, read after all have finished.
private final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [T?]

    init(_ count: Int) { stored = Array(repeating: nil, count: count) }

    subscript(index: Int) -> T? {
        get { lock.withLock { stored[index] } }
        set { lock.withLock { stored[index] = newValue } }
    }

    var values: [T?] { lock.withLock { stored } }
}

/// Work started on another thread now and joined later with `wait()`.
final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals `done`; read only after `done`.
    private var result: Result<T, FeedsError>?

    init(_ body: @escaping @Sendable () throws(FeedsError) -> T) {
        DispatchQueue.global().async {
            do throws(FeedsError) {
                self.result = .success(try body())
            } catch {
                self.result = .failure(error)
            }
            self.done.signal()
        }
    }

    /// Blocks until the work has finished; returns or throws what it did. Later calls give
    /// the same answer at once.
    func wait() throws(FeedsError) -> T {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
