import CirclesTesting
import Foundation
import Testing

/// `circles publish` and `circles feeds rotate`, run as a user would.
@Suite("circles publish")
struct PublishCommandTests {
    @Test func publishWritesTheFeedsAndPrintsCountsOnly() throws {
        let folder = try ValidateCommandTests.parentFolder(of: WorkspaceFixture())
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ProcessRunner.circles(
            ["publish", "--today", "2022-01-01", "--base-url", "https://kalender.example.org/"],
            in: folder
        )
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("published Calendars (2022-01-01)"))
        #expect(run.standardOutput.contains(" new, 0 changed, 0 unchanged, 0 cancelled"))
        for secret in ["Anna Andersson", "Erik Berg", "Lind", "@example.org"] {
            #expect(!run.standardOutput.contains(secret))
        }
        let calendars = folder.appendingPathComponent("Calendars")
        #expect(FileManager.default.fileExists(atPath: calendars.appendingPathComponent("index.html").path))
        #expect(
            FileManager.default.fileExists(
                atPath: calendars.appendingPathComponent("calendars/circles/fem-karlstad-var22.ics").path
            )
        )
        let list = try String(contentsOf: folder.appendingPathComponent("Courses/.circles/feeds.csv"), encoding: .utf8)
        #expect(list.hasPrefix("person,name,email,url\n"))
        #expect(list.contains("p0001,Anna Andersson,,https://kalender.example.org/p/"))
        let page = try String(
            contentsOf: calendars.appendingPathComponent("courses/feministisk-grundkurs.html"),
            encoding: .utf8
        )
        #expect(page.contains("value=\"https://kalender.example.org/calendars/courses/feministisk-grundkurs.ics\""))
        #expect(page.contains("href=\"webcal://kalender.example.org/calendars/courses/feministisk-grundkurs.ics\""))

        // Again: the kept plan, nothing changes.
        let again = try ProcessRunner.circles(["publish", "--today", "2022-01-01"], in: folder)
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("events: 0 new, 0 changed"))
    }

    @Test func rotatePrintsTheNewLinkAndTheNextPublishUsesIt() throws {
        let folder = try ValidateCommandTests.parentFolder(of: WorkspaceFixture())
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ProcessRunner.circles(["publish", "--today", "2022-01-01"], in: folder).status == 0)
        let people = folder.appendingPathComponent("Calendars/people")
        let before = try FileManager.default.contentsOfDirectory(atPath: people.path).filter { $0.hasSuffix(".ics") }
            .sorted()
        let rotate = try ProcessRunner.circles(["feeds", "rotate", "p0002"], in: folder)
        #expect(rotate.status == 0, "\(rotate.standardError)")
        let link = try #require(
            rotate.standardOutput.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:8080/p/") }
        )
        let file = String(link.split(separator: "/").last!.prefix { $0 != "\n" })
        #expect(!before.contains(file))
        #expect(try ProcessRunner.circles(["publish", "--today", "2022-01-01"], in: folder).status == 0)
        let after = try FileManager.default.contentsOfDirectory(atPath: people.path).filter { $0.hasSuffix(".ics") }
            .sorted()
        #expect(after.contains(file))
        #expect(after.count == before.count)
        #expect(Set(before).subtracting(after).count == 1)

        let unknown = try ProcessRunner.circles(["feeds", "rotate", "p9999"], in: folder)
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("no person 'p9999'"))
    }
}
