import Logging
import ServiceLifecycle

/// Watches the output folder and swaps in each new publish without a restart.
///
/// One `stat` per interval is all it costs while nothing changes; requests never wait for it.
struct SnapshotReloader: Service {
    let store: SnapshotStore
    let interval: Duration

    func run() async {
        // Stops on graceful shutdown (SIGTERM, SIGINT) as well as on cancellation.
        // Ending by cancellation is the normal way out, not an error for the service group.
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
                await store.reloadIfChanged()
            }
        }
    }
}
