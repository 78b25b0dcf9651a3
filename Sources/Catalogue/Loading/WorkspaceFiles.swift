import Foundation

/// The files of a workspace, each named as messages show it: the workspace
/// path as the user typed it, then the file (`Courses/catalogue/media.yaml`).
struct WorkspaceFiles {
    /// The workspace folder as typed, without a trailing `/`.
    let root: String
    let log: ProblemLog

    init(root: String, log: ProblemLog) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.log = log
    }

    static let plan = "plan.yaml"
    static let venues = "venues.yaml"
    static let associations = "associations.yaml"
    static let catalogue = "catalogue"
    static let people = "people.csv"
    static let enrolments = "enrolments.csv"
    static let circles = "circles.yaml"

    func display(_ relative: String) -> String { root == "/" ? "/\(relative)" : "\(root)/\(relative)" }

    /// Whether the workspace folder exists; reports it if not.
    func checkFolder() -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            log.add(
                SourceLocation(file: root),
                key: nil,
                "no such workspace folder; expected a folder with plan.yaml, venues.yaml, associations.yaml, catalogue/, people.csv and enrolments.csv"
            )
            return false
        }
        guard isDirectory.boolValue else {
            log.add(SourceLocation(file: root), key: nil, "is a file, not a workspace folder")
            return false
        }
        return true
    }

    /// The text of `relative`; nil (reported unless `optional`) if missing or unreadable.
    func text(_ relative: String, optional: Bool = false) -> String? {
        let path = display(relative)
        guard FileManager.default.fileExists(atPath: path) else {
            if !optional {
                log.add(SourceLocation(file: path), key: nil, "the file is missing; every workspace has \(relative)")
            }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            log.add(
                SourceLocation(file: path),
                key: nil,
                "the file cannot be read (is it a folder, or are its permissions too strict?)"
            )
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            log.add(SourceLocation(file: path), key: nil, "the file is not UTF-8 text; save it as UTF-8")
            return nil
        }
        return text
    }

    /// The course files, `catalogue/*.yaml` (and `.yml`), sorted by name.
    func catalogueFiles() -> [String] {
        let folder = display(Self.catalogue)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.add(
                SourceLocation(file: folder),
                key: nil,
                "the catalogue folder is missing; every workspace has catalogue/ with one <course-id>.yaml per course"
            )
            return []
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted()
            .map { "\(Self.catalogue)/\($0)" }
    }
}
