import Foundation

/// Where files with personal data (lists, reports) may go: anywhere but the publish
/// folder. `Calendars/` is served to the world by `circles serve` and copied to web
/// hosts, so a list written there would publish members' names.
public enum PrivateOutput {
    /// The publish folder's name (format v1: `Calendars/`).
    public static let publishFolderName = "Calendars"

    /// `path` made absolute and free of `.`/`..` and symbolic links (as far as it exists),
    /// after checking that no folder on the way is the publish folder.
    /// - Throws: `AttendanceFileError` saying why, when the path lies under `Calendars/`.
    @discardableResult
    public static func check(_ path: String) throws(AttendanceFileError) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        // Resolve links of the part that exists (a link named "lists" may point into Calendars/).
        var existing = absolute
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath()
        for component in rest { resolved.appendPathComponent(component) }
        for candidate in [absolute, resolved]
        where candidate.pathComponents.contains(where: {
            $0.caseInsensitiveCompare(publishFolderName) == .orderedSame
        }) {
            throw AttendanceFileError(
                path: path,
                reason:
                    "attendance lists and reports hold personal data and are never written under \(publishFolderName)/, the published folder; choose another path (the default is the workspace's .circles/lists/)"
            )
        }
        return resolved.path
    }

    /// Creates `folder` (and its parents) for private files: mode 0700 for what it creates.
    public static func makeFolder(_ folder: String) throws(AttendanceFileError) {
        try check(folder)
        do {
            try FileManager.default.createDirectory(
                atPath: folder,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
        } catch {
            throw AttendanceFileError(
                path: folder,
                reason: "the folder cannot be created (\(error.localizedDescription))"
            )
        }
    }
}
