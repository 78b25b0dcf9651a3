import Foundation
import StableHash

extension Workspace {
    /// A fingerprint of the files the workspace was loaded from (plan, venues, associations,
    /// every catalogue file, people, enrolments, circles), each with its name, and of what was
    /// added from State (confirmed sign-ups, leavings, erasures) when anything was.
    ///
    /// A kept plan records it, so that `publish` can tell a plan made from other files (a
    /// course that lost a session still showing "träff 5 av 4") and refuse it. It only
    /// detects change: FNV-1a over names and bytes, hex, no secret to guard.
    public var fingerprint: String {
        let files = WorkspaceFiles(root: path, log: ProblemLog())
        let names =
            [WorkspaceFiles.plan, WorkspaceFiles.venues, WorkspaceFiles.associations]
            + files.catalogueFiles()
            + [WorkspaceFiles.people, WorkspaceFiles.enrolments, WorkspaceFiles.circles]
        var hash = StableHash()
        func mix(_ bytes: some Sequence<UInt8>) { hash.mix(bytes) }
        for name in names {
            mix(name.utf8)
            mix([0])
            if let data = FileManager.default.contents(atPath: files.display(name)) {
                mix("\(data.count)".utf8)
                mix([0])
                mix(data)
            } else {
                mix("absent".utf8)
            }
            mix([0])
        }
        if let additionsFingerprint {
            mix("additions".utf8)
            mix([0])
            mix(additionsFingerprint.utf8)
        }
        return "fnv1a64:" + hash.hex
    }
}
