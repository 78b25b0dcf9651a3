import Foundation
import Testing

@testable import FeedServer

/// Reading the published folder: only feeds get in, links and odd files stay out.
@Suite final class SnapshotLoaderTests: Sendable {
    let folder: PublishedFolder

    init() throws {
        folder = try PublishedFolder()
        try folder.publish(SampleFeeds.files(version: 1))
    }

    deinit { folder.remove() }

    @Test func loadsFeedsAndNothingElse() throws {
        let snapshot = try FeedSnapshot.load(folder: folder.calendars)
        #expect(snapshot.publicFeedCount == 4)
        #expect(snapshot.privateFeedCount == 2)
        #expect(snapshot.hasIndex)
        #expect(
            Set(snapshot.publicEntries.keys) == [
                "/", "/index.html", "/style.css", "/courses/feministisk-grundkurs",
                "/calendars/courses/feministisk-grundkurs.ics", "/calendars/circles/karlstad-1.ics",
                "/calendars/associations/karlstad.ics", "/calendars/venues/abf-karlstad.ics",
            ]
        )
        #expect(snapshot.entry(token: SampleFeeds.tokenA[...]) != nil)
        #expect(snapshot.entry(token: SampleFeeds.nearMissA[...]) == nil)
    }

    @Test func symbolicLinksAreSkipped() throws {
        let outside = folder.root + "/elsewhere"
        try folder.write(["\(SampleFeeds.stranger).ics": "SECRET", "leak.ics": "SECRET"], into: outside)
        let manager = FileManager.default
        // A linked file, a linked public folder and a linked people folder.
        try manager.createSymbolicLink(
            atPath: folder.calendars + "/calendars/circles/leak.ics",
            withDestinationPath: outside + "/leak.ics"
        )
        try manager.removeItem(atPath: folder.calendars + "/calendars/venues")
        try manager.createSymbolicLink(atPath: folder.calendars + "/calendars/venues", withDestinationPath: outside)
        try manager.removeItem(atPath: folder.calendars + "/people")
        try manager.createSymbolicLink(atPath: folder.calendars + "/people", withDestinationPath: outside)
        try manager.removeItem(atPath: folder.calendars + "/index.html")
        try manager.createSymbolicLink(
            atPath: folder.calendars + "/index.html",
            withDestinationPath: outside + "/leak.ics"
        )

        let snapshot = try FeedSnapshot.load(folder: folder.calendars)
        #expect(snapshot.publicEntries["/calendars/circles/leak.ics"] == nil)
        #expect(!snapshot.publicEntries.keys.contains { $0.hasPrefix("/calendars/venues/") })
        #expect(snapshot.privateFeedCount == 0)
        #expect(!snapshot.hasIndex)
        #expect(snapshot.publicFeedCount == 3)
    }

    @Test func aFifoDoesNotHangTheLoad() throws {
        #expect(mkfifo(folder.calendars + "/calendars/courses/pipe.ics", 0o600) == 0)
        let snapshot = try FeedSnapshot.load(folder: folder.calendars)
        #expect(snapshot.publicEntries["/calendars/courses/pipe.ics"] == nil)
        #expect(snapshot.publicFeedCount == 4)
    }

    @Test func lastModifiedFollowsContentNotPublishTime() throws {
        let first = try FeedSnapshot.load(folder: folder.calendars)
        // Republish: same content for most files, one changed, every file newly written.
        var files = SampleFeeds.files(version: 1)
        files["calendars/venues/abf-karlstad.ics"] = SampleFeeds.calendar("abf-karlstad", events: 3, version: 2)
        try folder.publish(files)
        let later = time(nil) + 3600
        for path in files.keys {
            var times = [timeval(tv_sec: later, tv_usec: 0), timeval(tv_sec: later, tv_usec: 0)]
            utimes(folder.calendars + "/" + path, &times)
        }
        let loader = try SnapshotLoader.load(path: folder.calendars, previous: first, logger: .init(label: "test"))
        let unchanged = "/calendars/courses/feministisk-grundkurs.ics"
        #expect(loader.publicEntries[unchanged]?.lastModified == first.publicEntries[unchanged]?.lastModified)
        #expect(loader.publicEntries[unchanged]?.etag == first.publicEntries[unchanged]?.etag)
        let changed = "/calendars/venues/abf-karlstad.ics"
        #expect(loader.publicEntries[changed]?.lastModified == later)
        #expect(loader.publicEntries[changed]?.etag != first.publicEntries[changed]?.etag)
    }

    @Test func aFolderThatIsNotThereIsAnError() {
        #expect(throws: FeedServerError.folderMissing(path: folder.root + "/nothing", errno: ENOENT)) {
            try FeedSnapshot.load(folder: folder.root + "/nothing")
        }
    }
}
