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
        try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).filter { $0.hasPrefix("Calendars") }.sorted()
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
        try FileManager.default.createDirectory(at: leftover.appendingPathComponent("courses"), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: leftover.appendingPathComponent("courses/x.ics"))
        // A reader holding the old folder open keeps seeing the old set.
        let held = open(fixture.output.path, O_RDONLY | O_DIRECTORY)
        defer { close(held) }
        let oldCourse = try fixture.files()["courses/feministisk-grundkurs.ics"]

        try fixture.publish(HandSchedule.dst(movingSecondSessionBy: 1))
        #expect(try Self.siblings(fixture) == ["Calendars"])
        #expect(Self.inode(fixture.output) != oldInode)
        #expect(try fixture.files()["courses/feministisk-grundkurs.ics"] != oldCourse)
        // The old folder was swapped out and deleted as a whole, never rewritten in place.
        var status = stat()
        #expect(fstat(held, &status) == 0 && status.st_nlink == 0)
    }
}
