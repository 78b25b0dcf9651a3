import Dispatch

/// Simulated annealing in several chains at once, one per thread, from one
/// construction: the chains run in lockstep epochs of moves, and after each epoch
/// every chain whose best is worse than the best of all continues from that best.
/// Chain 0 keeps the search's own random sequence, so one chain is exactly the
/// single-threaded search; the others draw from seeds derived from the same seed.
/// Epochs end on move counts, never on the clock, so with a move budget the result
/// depends only on the seed and the number of chains.
enum ParallelAnnealing {
    /// Epochs of a run with a move budget (each chain's share of it split evenly).
    static let epochsPerBudget = 16
    /// Moves per chain and epoch when only the clock ends the search.
    static let epochMovesWithoutBudget = 1 << 18

    /// Anneals `search` (constructed, not yet annealed) in `chains` chains and returns
    /// the chain that found the best assignment, its moves the sum of all chains'.
    /// The search is taken (`consuming`), not copied: at national scale its state is tens
    /// of MB, and only the chains should hold one each.
    static func run(_ search: consuming Search, chains: Int) -> Search {
        guard chains > 1, search.startAnnealing() else {
            search.anneal()
            return search
        }
        let share = search.parameters.moveBudget.map { ($0 + chains - 1) / chains }
        let epochMoves =
            share.map { roundedToSteps(($0 + epochsPerBudget - 1) / epochsPerBudget) }
            ?? epochMovesWithoutBudget
        let all = Chains(search, count: chains, share: share)
        var end = 0
        while true {
            end += epochMoves
            let epochEnd = end
            DispatchQueue.concurrentPerform(iterations: chains) { c in all.annealChain(c, until: epochEnd) }
            if all.finished { break }
            all.shareBest()
        }
        var result = all[all.bestChain]
        result.moves = all.totalMoves
        result.finishAnnealing()
        return result
    }

    static func roundedToSteps(_ moves: Int) -> Int {
        max(1, (moves + Search.stepMoves - 1) / Search.stepMoves) * Search.stepMoves
    }

    /// A seed for chain `c` > 0, far from the others' in the generator's sequence.
    static func seed(_ seed: UInt64, chain c: Int) -> UInt64 {
        seed &+ UInt64(c) &* 0xD1B5_4A32_D192_ED03
    }

    /// The chains, in memory of their own: during an epoch each thread works on its
    /// own entry through the pointer (an array there would be one value that every
    /// thread modifies at once, which Swift's exclusivity checks forbid).
    private final class Chains: @unchecked Sendable {
        let count: Int
        private let searches: UnsafeMutablePointer<Search>
        private let done: UnsafeMutablePointer<Bool>

        /// Chain 0 is `first` itself; the others are copies with their own random
        /// sequence (their state is copied when they first change it).
        init(_ first: consuming Search, count: Int, share: Int?) {
            self.count = count
            searches = .allocate(capacity: count)
            done = .allocate(capacity: count)
            done.initialize(repeating: false, count: count)
            first.chainBudget = share
            for c in 1..<count {
                var chain = copy first
                chain.rng = RandomSource(seed: ParallelAnnealing.seed(first.parameters.seed, chain: c))
                chain.progress = nil
                (searches + c).initialize(to: chain)
            }
            searches.initialize(to: first)
        }

        deinit {
            searches.deinitialize(count: count)
            searches.deallocate()
            done.deinitialize(count: count)
            done.deallocate()
        }

        /// Runs chain `c` until `end` moves (called on chain `c`'s thread only).
        func annealChain(_ c: Int, until end: Int) {
            done[c] = searches[c].annealMoves(until: end)
        }

        /// Whether some chain's budget or the time limit has ended the search.
        var finished: Bool { (0..<count).contains { done[$0] } }

        var totalMoves: Int { (0..<count).reduce(0) { $0 + searches[$1].moves } }

        /// The chain with the best score so far (the lowest index among equals).
        var bestChain: Int {
            var winner = 0
            for c in 1..<count where searches[c].bestScore < searches[winner].bestScore { winner = c }
            return winner
        }

        subscript(c: Int) -> Search { searches[c] }

        /// Every chain worse than the best continues from the best chain's best.
        func shareBest() {
            let winner = bestChain
            let values = searches[winner].bestValues
            let score = searches[winner].bestScore
            for c in 0..<count where c != winner && score < searches[c].bestScore {
                searches[c].adopt(values)
            }
        }
    }
}
