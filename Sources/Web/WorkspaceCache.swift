import Catalogue
import Foundation
import NIOConcurrencyHelpers

/// The workspace's files as the pages that act see them (courses, associations, settings,
/// people's addresses for matching a confirmed sign-up), read again when a file changed.
/// The server never writes them.
final class WorkspaceCache: Sendable {
    let folder: URL
    private struct Loaded {
        var stamp: [String]
        var workspace: Workspace?
        var checkedAt: Date
    }
    private let loaded: NIOLockedValueBox<Loaded?> = NIOLockedValueBox(nil)
    /// How often the files' dates are looked at.
    private let interval: TimeInterval = 2

    init(folder: URL) {
        self.folder = folder
    }

    /// The workspace, or nil while its files do not load (the pages then say sign-up is closed).
    func current(now: Date = Date()) -> Workspace? {
        if let cached = loaded.withLockedValue({ $0 }), now.timeIntervalSince(cached.checkedAt) < interval {
            return cached.workspace
        }
        let stamp = Self.stamp(of: folder)
        if let cached = loaded.withLockedValue({ $0 }), cached.stamp == stamp {
            loaded.withLockedValue { $0?.checkedAt = now }
            return cached.workspace
        }
        let workspace = try? Workspace.load(from: folder.path)
        loaded.withLockedValue { $0 = Loaded(stamp: stamp, workspace: workspace, checkedAt: now) }
        return workspace
    }

    /// Name, size and modification time of every file the workspace is read from.
    private static func stamp(of folder: URL) -> [String] {
        let files = FileManager.default
        var names = (try? files.contentsOfDirectory(atPath: folder.path)) ?? []
        let catalogue = folder.appendingPathComponent("catalogue")
        names += ((try? files.contentsOfDirectory(atPath: catalogue.path)) ?? []).map { "catalogue/\($0)" }
        return names.sorted().compactMap { name in
            guard !name.hasPrefix("."),
                let attributes = try? files.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            else { return nil }
            let size = (attributes[.size] as? Int) ?? -1
            let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(name)|\(size)|\(date)"
        }
    }
}
