import Catalogue
import Foundation
import State
import Testing

@testable import Feeds

/// Public feeds and pages never carry a member's name, e-mail or token; the private
/// outputs carry what the organiser and the member need, with private modes.
@Suite struct PrivacyTests {
    static func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func noPublicFileNamesAPersonOrHoldsAnEmailOrToken() throws {
        let demo = try DemoPublication.get()
        let files = try demo.fixture.files()
        let tokens = try demo.fixture.store().allTokens().map(\.token)
        #expect(tokens.count == files.keys.filter { $0.hasPrefix("people/") && $0.hasSuffix(".ics") }.count)
        #expect(tokens.count == files.keys.filter { $0.hasPrefix("people/") && $0.hasSuffix(".json") }.count)
        let secrets = demo.workspace.people.map(\.name) + demo.workspace.people.compactMap(\.email) + tokens
        #expect(secrets.count > 400)
        let publicFiles = files.filter { !$0.key.hasPrefix("people/") }
        #expect(publicFiles["index.html"] != nil)
        // Every kind of page is scanned with the feeds.
        for kind in ["courses", "circles", "associations", "venues"] {
            #expect(publicFiles.keys.contains { $0.hasPrefix("\(kind)/") && $0.hasSuffix(".html") }, "no \(kind) page")
        }
        #expect(publicFiles.count > 20)
        // One search per secret over all public text (Foundation's search: fast enough in a
        // debug build); the file is named only when something is found.
        let texts = publicFiles.mapValues { unfolded(String(decoding: $0, as: UTF8.self)) }
        let all = texts.values.joined(separator: "\n\u{0}\n")
        for secret in secrets + ["@example.org", "/p/"] where all.range(of: secret) != nil {
            let paths = texts.filter { $0.value.range(of: secret) != nil }.keys.sorted()
            Issue.record("public files hold '\(secret)': \(paths)")
        }
    }

    @Test func privateFeedsAndTheLinkListHaveTheRightContentAndModes() throws {
        let fixture = try FeedsFixture()
        try fixture.publish(HandSchedule.dst())
        let store = try fixture.store()
        // feeds.csv: one row per person with a feed, mode 0600, outside Calendars/.
        let list = try String(contentsOf: fixture.feedsList, encoding: .utf8)
        let tokens = try ["p0001", "p0002", "p0003"].map { try store.token(for: $0).token }
        #expect(
            list == """
                person,name,email,url
                p0001,Anna Andersson,,http://127.0.0.1:8080/p/\(tokens[0]).ics
                p0002,Erik Berg,erik@example.org,http://127.0.0.1:8080/p/\(tokens[1]).ics
                p0003,"Lind, Sara",sara@example.org,http://127.0.0.1:8080/p/\(tokens[2]).ics

                """
        )
        #expect(try Self.mode(fixture.feedsList) == 0o600)
        #expect(!fixture.feedsList.path.hasPrefix(fixture.output.path))

        // A participant's private feed: own sessions only, with the leader's name.
        let participant = unfolded(try fixture.text("people/\(tokens[2]).ics"))
        #expect(participant.contains("Cirkelledare: Anna Andersson"))
        #expect(participant.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)
        #expect(!participant.contains("media-digital-host22"))
        // The leader's: both circles.
        let leader = unfolded(try fixture.text("people/\(tokens[0]).ics"))
        #expect(leader.components(separatedBy: "BEGIN:VEVENT").count - 1 == 6)
        #expect(leader.contains("X-WR-CALNAME:Mina träffar – Vänsterpartiet Värmland"))
        for token in tokens {
            #expect(try Self.mode(fixture.output.appendingPathComponent("people/\(token).ics")) == 0o600)
        }
        #expect(try Self.mode(fixture.output.appendingPathComponent("people")) == 0o700)
        #expect(
            try Self.mode(fixture.output.appendingPathComponent("calendars/courses/feministisk-grundkurs.ics")) == 0o644
        )
        // The same event in a public feed: no leader.
        let course = unfolded(try fixture.text("calendars/courses/feministisk-grundkurs.ics"))
        #expect(!course.contains("Anna Andersson") && !course.contains("Cirkelledare"))
    }
}
