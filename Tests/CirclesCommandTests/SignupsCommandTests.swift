import CirclesTesting
import Foundation
import Signups
import State
import Testing

/// Sign-ups made in State as the web makes them, then the commands a user runs.
@Suite("circles with sign-ups")
struct SignupsCommandTests {
    /// The folder holding `Courses/`, and sign-ups confirmed in its State.
    final class Folder {
        let url: URL
        var workspace: URL { url.appendingPathComponent("Courses") }
        private var nonce = 0

        init(_ fixture: WorkspaceFixture = WorkspaceFixture()) throws {
            url = try ValidateCommandTests.parentFolder(of: fixture)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func store() throws -> StateStore { try StateStore(workspace: workspace) }

        func nextNonce() -> String {
            nonce += 1
            return "n\(nonce)"
        }

        /// Signs up and confirms as the web would; returns the sign-up.
        @discardableResult
        func signUp(
            _ course: String = "feministisk-grundkurs",
            name: String = "Ny Medlem",
            email: String,
            association: String = "karlstad",
            role: String? = nil,
            never: [String] = [],
            confirm: Bool = true
        ) throws -> Signup {
            let code = SignupConfirmation.generateCode()
            let number = try store().addSignup(
                NewSignup(
                    course: course,
                    name: name,
                    email: email,
                    association: association,
                    role: role,
                    born: 1990,
                    never: never
                ),
                confirmDigest: SignupConfirmation.digest(of: code),
                formNonce: nextNonce()
            )
            guard confirm else { return try store().signup(number: number)! }
            return try SignupConfirmation(
                workspace: try SignupsWorkspace.load(from: workspace.path),
                store: try store()
            )
            .confirm(code: code)!
        }

        func run(_ arguments: [String]) throws -> ProcessOutput {
            try ProcessRunner.circles(arguments, in: url)
        }

        /// The kept schedule's circles: id -> participants.
        func circles() throws -> [String: [String]] {
            let json = try #require(try store().lastPlan()).scheduleJSON
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
            var circles: [String: [String]] = [:]
            for circle in object["circles"] as! [[String: Any]] {
                circles[circle["id"] as! String] = circle["participants"] as? [String] ?? []
            }
            return circles
        }

        func unassigned() throws -> [String] {
            let json = try #require(try store().lastPlan()).scheduleJSON
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
            return (object["unassigned"] as? [[String: Any]] ?? []).map { $0["person"] as! String }
        }
    }

    @Test func validateNamesABadSignupByItsNumber() throws {
        let folder = try Folder()
        try folder.signUp(email: "ny@example.org")
        try folder.signUp("mediatraning-kandidater", email: "kandidat@example.org", role: "member")
        let run = try folder.run(["validate"])
        #expect(run.status == 1)
        #expect(
            run.standardError == """
                sign-up 2: person: w2 (member) may not take 'mediatraning-kandidater': it is open to candidate
                1 problem in the workspace

                """
        )
        // Rejected, it counts for nothing: the workspace is valid again.
        let reject = try folder.run(["signups", "reject", "2", "--why", "inte kandidat"])
        #expect(reject.status == 0, "\(reject.standardError)")
        #expect(reject.standardOutput == "sign-up 2 rejected; it counts for nothing from the next `circles plan` on\n")
        let valid = try folder.run(["validate"])
        #expect(valid.status == 0, "\(valid.standardError)")
        #expect(valid.standardOutput.contains("people: 4 (4 member, 1 trainer, 1 candidate)"))
    }

    @Test func planPlacesAConfirmedSignupsPersonAndDropsOneWhoLeft() throws {
        let folder = try Folder()
        let first = try folder.run(["plan"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(try folder.circles()["fem-karlstad-var22"] == ["p0002", "p0003"])
        for index in 1...4 { try folder.signUp(email: "ny\(index)@example.org", never: ["thu"]) }
        try folder.store().leaveCircle(
            person: "p0003",
            circle: "fem-karlstad-var22",
            course: "feministisk-grundkurs",
            formNonce: "leave"
        )
        let plan = try folder.run(["plan"])
        #expect([0, 2].contains(plan.status), "\(plan.standardError)")
        let circles = try folder.circles()
        #expect(circles["fem-karlstad-var22"] == ["p0002"])
        let placed = Set(circles.values.joined())
        #expect(!placed.contains("p0003"))
        #expect(!(try folder.unassigned()).contains("p0003"))
        let newPeople = ["w1", "w2", "w3", "w4"]
        #expect(newPeople.allSatisfy { placed.contains($0) || (try? folder.unassigned())?.contains($0) == true })
        #expect(newPeople.contains { placed.contains($0) }, "\(circles) \(plan.standardOutput)")
    }

    @Test func weekdaysThatNeverSuitKeepAPersonOffThem() throws {
        let folder = try Folder()
        for index in 1...4 { try folder.signUp(email: "ny\(index)@example.org", never: ["mon", "tue", "wed"]) }
        let plan = try folder.run(["plan", "--json", "schedule.json"])
        #expect([0, 2].contains(plan.status), "\(plan.standardError)")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("schedule.json")))
            as! [String: Any]
        var checked = 0
        for circle in json["circles"] as! [[String: Any]] {
            let participants = circle["participants"] as? [String] ?? []
            guard participants.contains(where: { $0.hasPrefix("w") }) else { continue }
            for session in circle["sessions"] as? [[String: Any]] ?? [] {
                let start = session["start"] as! String
                let day = ISO8601DateFormatter().date(from: start)!
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: "Europe/Stockholm")!
                // 1 Sunday .. 7 Saturday: Monday 2, Tuesday 3, Wednesday 4.
                #expect(![2, 3, 4].contains(calendar.component(.weekday, from: day)), "\(start)")
                checked += 1
            }
        }
        #expect(checked > 0, "no circle with the new people was scheduled: \(plan.standardOutput)")
    }

    @Test func aSignupConfirmedAfterThePlanMakesItStaleForPublish() throws {
        let folder = try Folder()
        #expect(try folder.run(["plan"]).status == 0)
        #expect(try folder.run(["publish", "--today", "2022-01-01"]).status == 0)
        try folder.signUp(email: "ny@example.org")
        let stale = try folder.run(["publish", "--today", "2022-01-01"])
        #expect(stale.status == 1)
        #expect(stale.standardError.contains("the kept plan was made before the workspace files last changed"))
        #expect([0, 2].contains(try folder.run(["plan"]).status))
        #expect(try folder.run(["publish", "--today", "2022-01-01"]).status == 0)
    }

    @Test func withoutAStateFileValidateCreatesNone() throws {
        let folder = try Folder()
        #expect(try folder.run(["validate"]).status == 0)
        #expect(try folder.run(["signups"]).standardOutput == "no sign-ups in Courses\n")
        #expect(!FileManager.default.fileExists(atPath: folder.workspace.appendingPathComponent(".circles").path))
    }

    @Test func signupsListsAndExports() throws {
        let folder = try Folder()
        try folder.signUp(email: "ny@example.org")
        try folder.signUp(name: "Sara Lind", email: "SARA@example.org")
        try folder.signUp(email: "pending@example.org", confirm: false)
        let list = try folder.run(["signups"])
        #expect(list.status == 0, "\(list.standardError)")
        let lines = list.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("sign-up 1  confirmed  feministisk-grundkurs  karlstad  "))
        #expect(lines[0].hasSuffix("  w1  Ny Medlem <ny@example.org>"))
        #expect(lines[1].hasSuffix("  p0003  Sara Lind <SARA@example.org>"))
        #expect(lines[2].hasPrefix("sign-up 3  pending  ") && lines[2].contains("  -  "))
        #expect(lines[3] == "3 sign-ups: 1 pending, 2 confirmed, 0 rejected")
        let export = try folder.run(["signups", "Courses", "--csv", "signups.csv"])
        #expect(export.status == 0, "\(export.standardError)")
        let path = folder.url.appendingPathComponent("signups.csv").path
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n").count == 4)
        #expect(export.standardOutput.hasSuffix("wrote 3 sign-ups to signups.csv\n"))
    }

    @Test func rejectingAnUnknownSignupSaysSo() throws {
        let folder = try Folder()
        try folder.signUp(email: "ny@example.org")
        let run = try folder.run(["signups", "reject", "9", "--why", "x"])
        #expect(run.status == 1)
        #expect(run.standardError == "Error: there is no sign-up 9 in Courses\n")
    }

    @Test func mergeWritesTheFilesAndTheNextPlanIsTheSame() throws {
        let folder = try Folder()
        for index in 1...4 { try folder.signUp(email: "ny\(index)@example.org") }
        #expect([0, 2].contains(try folder.run(["plan"]).status))
        let before = try folder.circles()
        let people = try Data(contentsOf: folder.workspace.appendingPathComponent("people.csv"))
        let merge = try folder.run(["signups", "merge"])
        #expect(merge.status == 0, "\(merge.standardError)")
        #expect(merge.standardOutput == "merged 4 sign-ups: 4 new people in people.csv, 4 new rows in enrolments.csv\n")
        let merged = try Data(contentsOf: folder.workspace.appendingPathComponent("people.csv"))
        #expect(merged.starts(with: people))
        #expect(
            String(decoding: merged, as: UTF8.self).hasSuffix("w4,Ny Medlem,karlstad,member,,,1990,,ny4@example.org\n")
        )
        let again = try folder.run(["signups", "merge"])
        #expect(again.standardOutput == "merged 0 sign-ups: 0 new people in people.csv, 0 new rows in enrolments.csv\n")
        #expect(try Data(contentsOf: folder.workspace.appendingPathComponent("people.csv")) == merged)
        #expect([0, 2].contains(try folder.run(["plan"]).status))
        #expect(try folder.circles() == before)
    }

    @Test func pruneSaysWhatItDeleted() throws {
        let folder = try Folder()
        // A sign-up made long ago and never confirmed.
        let old = Date(timeIntervalSince1970: 1_646_136_000)
        let store = try StateStore(workspace: folder.workspace, clock: { old })
        _ = try store.addSignup(
            NewSignup(course: "feministisk-grundkurs", name: "A", email: "a@example.org", association: "karlstad"),
            confirmDigest: SignupConfirmation.digest(of: "code"),
            formNonce: "n"
        )
        let run = try folder.run(["prune"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardOutput
                == "pruned: 1 expired sign-ups, 0 sign-ups, 0 notices of absence, 0 leavings, 0 erasures, 0 attendance rows of erased people, 1 spent form tokens\n"
        )
        #expect(try folder.store().signups().isEmpty)
    }

    @Test func anExpiredPendingSignupIsMarkedSoInTheList() throws {
        let folder = try Folder()
        let old = Date(timeIntervalSince1970: 1_646_136_000)
        _ = try StateStore(workspace: folder.workspace, clock: { old }).addSignup(
            NewSignup(course: "feministisk-grundkurs", name: "A", email: "a@example.org", association: "karlstad"),
            confirmDigest: SignupConfirmation.digest(of: "code"),
            formNonce: "n"
        )
        let run = try folder.run(["signups"])
        #expect(
            run.standardOutput.hasPrefix(
                "sign-up 1  pending (expired)  feministisk-grundkurs  karlstad  2022-03-01T12:00:00Z  -  A <a@example.org>\n"
            )
        )
    }
}
