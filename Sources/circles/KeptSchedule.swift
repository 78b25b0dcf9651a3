import Foundation
import Planner

/// The last plan, kept in the workspace's private `.circles/` folder so that the
/// next `plan` keeps published sessions in place and `publish` can use it.
struct KeptSchedule {
    let workspace: String

    var path: String { "\(workspace)/.circles/schedule.json" }

    func read() throws -> Schedule? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try Schedule(jsonData: data)
        } catch {
            throw CirclesError("\(path): the kept plan cannot be read (\(error)); remove it to plan from scratch")
        }
    }

    func write(_ data: Data) throws {
        let folder = "\(workspace)/.circles"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try AtomicFile.write(data, to: path, permissions: 0o600)
    }
}
