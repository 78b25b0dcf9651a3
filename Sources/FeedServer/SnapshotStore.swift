import Dispatch
import Logging
import NIOConcurrencyHelpers

/// Holds the snapshot being served and replaces it when a new publish appears.
///
/// A request takes the current snapshot once, under a lock held only to copy a reference,
/// and answers from it alone: it sees one published version, old or new, never a mix.
final class SnapshotStore: Sendable {
    let path: String
    private let logger: Logger
    private let current: NIOLockedValueBox<FeedSnapshot>
    /// The folder version that last failed to load, so a broken folder is reported once,
    /// not every interval.
    private let failed = NIOLockedValueBox<FolderFingerprint?>(nil)

    /// Loads the folder once; fails when it is not there, so `circles serve` stops at once
    /// with a clear message instead of answering 404 to everyone.
    init(path: String, logger: Logger) throws(FeedServerError) {
        self.path = path
        self.logger = logger
        let snapshot = try SnapshotLoader.load(path: path, previous: nil, logger: logger)
        self.current = NIOLockedValueBox(snapshot)
        Self.logLoaded(snapshot, path: path, logger: logger)
    }

    /// The snapshot to answer one request from.
    var snapshot: FeedSnapshot {
        current.withLockedValue { $0 }
    }

    /// Compares the folder with the snapshot's version and loads the new one if it changed.
    /// Reading and compressing hundreds of feeds takes a while, so it runs on a Dispatch
    /// thread, not on the threads that answer requests. Returns whether it swapped.
    @discardableResult
    func reloadIfChanged() async -> Bool {
        let old = snapshot
        guard let now = FolderFingerprint.current(of: path), now != old.fingerprint,
            failed.withLockedValue({ $0 }) != now
        else { return false }
        let path = self.path
        let logger = self.logger
        let result: Result<FeedSnapshot, FeedServerError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    returning: Result { () throws(FeedServerError) in
                        try SnapshotLoader.load(path: path, previous: old, logger: logger)
                    }
                )
            }
        }
        switch result {
        case .success(let snapshot):
            current.withLockedValue { $0 = snapshot }
            Self.logLoaded(snapshot, path: path, logger: logger)
            return true
        case .failure(let error):
            // Keep serving what we have: a half-finished publish must not take feeds offline.
            failed.withLockedValue { $0 = now }
            logger.warning("Keeping the feeds loaded before: \(error)")
            return false
        }
    }

    private static func logLoaded(_ snapshot: FeedSnapshot, path: String, logger: Logger) {
        logger.info(
            "Loaded published calendars",
            metadata: [
                "folder": "\(path)",
                "public_feeds": "\(snapshot.publicFeedCount)",
                "private_feeds": "\(snapshot.privateFeedCount)",
                "index": "\(snapshot.hasIndex)",
            ]
        )
    }
}
