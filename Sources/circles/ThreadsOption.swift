import ArgumentParser
import Foundation

/// `--threads N` of the commands that plan: how many search chains run at once.
struct ThreadsOption: ParsableArguments {
    @Option(
        help: """
            Search chains run in parallel, one per thread (default: one per core). The same \
            workspace, seed and number of threads give the same plan.
            """
    )
    var threads: Int?

    /// The number given, else the machine's cores.
    var count: Int { threads ?? max(1, ProcessInfo.processInfo.activeProcessorCount) }

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be 1 or more, not \(threads).") }
    }
}
