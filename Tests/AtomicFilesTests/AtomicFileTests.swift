import AtomicFiles
import Foundation
import Testing

/// One file written whole, with its mode from the start, or not at all.
@Suite final class AtomicFileTests {
    let root: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/atomic-file-XXXXXX").utf8CString)
        root = String(cString: mkdtemp(&template)!)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func mode(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    @Test func replacesTheFileWholeWithItsModeAndLeavesNoTemporary() throws {
        let path = root + "/private/lists/feeds.csv"
        try AtomicFile.write(Array("first\n".utf8), to: path, mode: 0o600, creatingFolderWith: 0o700)
        try AtomicFile.write(Array("second\n".utf8), to: path, mode: 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(mode(path) == 0o600)
        #expect(mode(root + "/private") == 0o700 && mode(root + "/private/lists") == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/private/lists") == ["feeds.csv"])
    }

    @Test func aFailedWriteLeavesTheTargetAsItWas() throws {
        let path = root + "/plan.json"
        try AtomicFile.write(Array("kept\n".utf8), to: path)
        // A folder where the file should go: the rename fails after the bytes were written.
        let error = #expect(throws: AtomicFileError.self) {
            try AtomicFile.write(Array("lost".utf8), to: root + "/missing/plan.json")
        }
        #expect(error?.path == root + "/missing/plan.json")
        try FileManager.default.createDirectory(atPath: root + "/taken", withIntermediateDirectories: false)
        try "x".write(toFile: root + "/taken/inside", atomically: false, encoding: .utf8)
        #expect(throws: AtomicFileError.self) { try AtomicFile.write(Array("new".utf8), to: root + "/taken") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["plan.json", "taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/taken") == ["inside"])
    }
}
