import Foundation
import Testing

@testable import Feeds

/// The published folder is replaced in one step: a publication that dies half-way leaves the
/// old set exactly as it was, and the folder is never written into.
@Suite struct AtomicPublishTests {
    struct Crash: Error {}

    static func inode(_ url: URL) -> UInt64 {
        var status = stat()
        return lstat(url.path, &status) == 0 ? UInt64(status.st_ino) : 0
    }

    static func siblings(_ fixture: FeedsFixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).filter { $0.hasPrefix("Calendars") }
            .sorted()
    }

    @Test func aPublicationThatDiesHalfWayLeavesTheOldSetIntact() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let old = try fixture.files()
        let oldInode = Self.inode(fixture.output)
        let half = old.count / 2
        let written = Locked(0)
        let error = #expect(throws: FeedsError.self) {
            try fixture.publish(HandSchedule.dst(movingSecondSessionBy: 1)) { count in
                written.set(count)
                if count == half { throw Crash() }
            }
        }
        #expect(error?.description.hasSuffix("the published calendars were left as they were") == true)
        #expect(written.value == half)
        #expect(try fixture.files() == old)
        #expect(Self.inode(fixture.output) == oldInode)
        #expect(try Self.siblings(fixture) == ["Calendars"])
    }

    @Test func aKilledRunsLeftoversAreRemovedAndTheFolderIsSwappedNotWritten() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let oldInode = Self.inode(fixture.output)
        // What a run killed before its swap leaves behind.
        let leftover = fixture.root.appendingPathComponent("Calendars.tmp-AbC123")
        try FileManager.default.createDirectory(
            at: leftover.appendingPathComponent("calendars/courses"),
            withIntermediateDirectories: true
        )
        try Data("half".utf8).write(to: leftover.appendingPathComponent("calendars/courses/x.ics"))
        // A reader holding the old folder open keeps seeing the old set.
        let held = open(fixture.output.path, O_RDONLY | O_DIRECTORY)
        defer { close(held) }
        let oldCourse = try fixture.files()["calendars/courses/feministisk-grundkurs.ics"]

        try fixture.publish(HandSchedule.dst(movingSecondSessionBy: 1))
        #expect(try Self.siblings(fixture) == ["Calendars"])
        #expect(Self.inode(fixture.output) != oldInode)
        #expect(try fixture.files()["calendars/courses/feministisk-grundkurs.ics"] != oldCourse)
        // The old folder was swapped out and deleted as a whole, never rewritten in place.
        var status = stat()
        #expect(fstat(held, &status) == 0 && status.st_nlink == 0)
    }

    /// The inode of every published file, by path.
    static func inodes(_ fixture: FeedsFixture) throws -> [String: UInt64] {
        Dictionary(
            uniqueKeysWithValues: try fixture.files().keys.map {
                ($0, inode(fixture.output.appendingPathComponent($0)))
            }
        )
    }

    @Test func unchangedFilesAreLinkedFromTheLiveSetAndChangedOnesWrittenAnew() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let first = try Self.inodes(fixture)
        let firstFiles = try fixture.files()
        let folder = Self.inode(fixture.output)

        // Unchanged: a new folder, every file the same inode (linked, not written again).
        try fixture.publish(HandSchedule.dst())
        #expect(Self.inode(fixture.output) != folder)
        #expect(try Self.inodes(fixture) == first)

        // One session moved: the files that changed are new inodes; the others stay linked;
        // the old inodes still hold the old bytes (nothing is written in place).
        let held = open(
            fixture.output.appendingPathComponent("calendars/courses/feministisk-grundkurs.ics").path,
            O_RDONLY
        )
        defer { close(held) }
        try fixture.publish(HandSchedule.dst(movingSecondSessionBy: 1))
        let files = try fixture.files()
        let now = try Self.inodes(fixture)
        let changed = files.keys.filter { files[$0] != firstFiles[$0] }
        #expect(changed.contains("calendars/courses/feministisk-grundkurs.ics"))
        #expect(changed.count < files.count)
        for path in files.keys.sorted() {
            if changed.contains(path) {
                #expect(now[path] != first[path], "\(path) changed but kept its inode")
            } else {
                #expect(now[path] == first[path], "\(path) is unchanged but was written again")
            }
        }
        let old = FileHandle(fileDescriptor: held, closeOnDealloc: false).readDataToEndOfFile()
        #expect(old == firstFiles["calendars/courses/feministisk-grundkurs.ics"])
        // Private feeds keep their mode when linked.
        for path in files.keys where path.hasPrefix("people/") {
            var status = stat()
            #expect(
                stat(fixture.output.appendingPathComponent(path).path, &status) == 0 && status.st_mode & 0o777 == 0o600
            )
        }
    }
}
