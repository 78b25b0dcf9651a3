import Foundation
import NIOConcurrencyHelpers
import Testing

@testable import FeedServer

/// Publishing while members fetch: every response is one whole published version.
@Suite final class PublishDuringRequestsTests: Sendable {
    let folder: PublishedFolder

    init() throws {
        folder = try PublishedFolder()
        try folder.publish(SampleFeeds.files(version: 0))
    }

    deinit { folder.remove() }

    static let versions = 0..<4
    static let targets: [(target: String, file: String)] = [
        ("/calendars/courses/feministisk-grundkurs.ics", "calendars/courses/feministisk-grundkurs.ics"),
        ("/calendars/venues/abf-karlstad.ics", "calendars/venues/abf-karlstad.ics"),
        ("/p/\(SampleFeeds.tokenA).ics", "people/\(SampleFeeds.tokenA).ics"),
        ("/index.html", "index.html"),
        ("/courses/feministisk-grundkurs", "courses/feministisk-grundkurs.html"),
    ]

    @Test func everyResponseIsOnePublishedVersion() async throws {
        let publishes = 30
        let published = Dictionary(uniqueKeysWithValues: Self.versions.map { ($0, SampleFeeds.files(version: $0)) })
        let seen = NIOLockedValueBox<[String: Set<Int>]>([:])
        let publishing = NIOLockedValueBox(true)
        let requests = NIOLockedValueBox(0)
        let lastPublish = NIOLockedValueBox(publishes)

        try await TestServer.with(folder: folder.calendars) { port in
            try await withThrowingTaskGroup(of: Void.self) { group in
                let folder = self.folder
                group.addTask {
                    defer { publishing.withLockedValue { $0 = false } }
                    // At least `publishes` swaps, and on until the clients have seen two versions
                    // (a loaded machine may answer only a few requests meanwhile), within a bound.
                    var publish = 0
                    while publish < publishes
                        || (publish < 20 * publishes
                            && seen.withLockedValue { $0.values.reduce(into: Set<Int>()) { $0.formUnion($1) }.count }
                                < 2)
                    {
                        publish += 1
                        try folder.publish(SampleFeeds.files(version: publish % Self.versions.count))
                        try await Task.sleep(for: .milliseconds(20))
                    }
                    lastPublish.withLockedValue { $0 = publish }
                }
                for client in 0..<4 {
                    group.addTask {
                        var round = 0
                        while publishing.withLockedValue({ $0 }) {
                            let (target, file) = Self.targets[(client + round) % Self.targets.count]
                            round += 1
                            let gzip = round % 2 == 0
                            let response = try await RawHTTPClient.send(
                                port: port,
                                target: target,
                                headers: gzip ? [("Accept-Encoding", "gzip")] : []
                            )
                            requests.withLockedValue { $0 += 1 }
                            #expect(response.status == 200, "\(target)")
                            #expect(response.header("content-length") == String(response.body.count))
                            let body =
                                gzip && response.header("content-encoding") == "gzip"
                                ? try gunzip(response.body) : response.bodyText
                            let version = published.first { $0.value[file] == body }?.key
                            #expect(version != nil, "\(target): body is no published version")
                            if let version { seen.withLockedValue { _ = $0[target, default: []].insert(version) } }
                        }
                    }
                }
                try await group.waitForAll()
            }
            // The last publish is picked up without a restart (bounded wait, not a timing check).
            let last = published[lastPublish.withLockedValue { $0 } % Self.versions.count]!
            var served = ""
            for _ in 0..<200 where served != last["index.html"] {
                served = try await RawHTTPClient.send(port: port, target: "/index.html").bodyText
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(served == last["index.html"])
        }
        #expect(requests.withLockedValue { $0 } > 0)
        let versionsSeen = seen.withLockedValue { $0.values.reduce(into: Set<Int>()) { $0.formUnion($1) } }
        #expect(versionsSeen.count >= 2, "saw versions \(versionsSeen.sorted())")
    }
}
