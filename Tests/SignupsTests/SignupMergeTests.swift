import Catalogue
import Foundation
import Signups
import State
import Testing

@Suite("Merging sign-ups into the files")
struct SignupMergeTests {
    @Test func confirmedSignupsAreAppendedAndEveryExistingByteIsKept() throws {
        let fixture = try SignupsFixture()
        // Files as a spreadsheet leaves them: CRLF, an extra column, no line end at the end.
        let people =
            "id,name,association,roles,qualifications,unavailable,born,gender,email,notes\r\n"
            + "p0001,Anna Andersson,karlstad,member;trainer,feminist-trainer;media-trainer,wed,1978,f,,\"ring, ej mejl\"\r\n"
            + "p0002,Erik Berg,arvika,member;candidate,,,1990,m,erik@example.org,\r\n"
            + "p0003,\"Lind, Sara\",karlstad,member,,,2001,x,sara@example.org,"
        let enrolments =
            "person,course\r\np0002,mediatraning-kandidater\r\np0002,feministisk-grundkurs\r\np0003,feministisk-grundkurs\r\n"
        try Data(people.utf8).write(to: fixture.folder.appendingPathComponent("people.csv"))
        try Data(enrolments.utf8).write(to: fixture.folder.appendingPathComponent("enrolments.csv"))
        try fixture.signUpConfirmed(email: "ny@example.org", never: ["tue"])
        let known = try fixture.signUpConfirmed("mediatraning-kandidater", email: "sara@example.org", never: ["fri"])
        let same = try fixture.signUpConfirmed(email: "erik@example.org")  // already in enrolments.csv
        try fixture.signUp(email: "pending@example.org")
        let rejected = try fixture.signUpConfirmed(email: "rejected@example.org")
        _ = try fixture.store().rejectSignup(number: rejected.number, why: "x")
        // Sara is no candidate: make her one, so her sign-up validates.
        let withCandidate = people.replacingOccurrences(
            of: "karlstad,member,,,2001",
            with: "karlstad,member;candidate,,,2001"
        )
        try Data(withCandidate.utf8).write(to: fixture.folder.appendingPathComponent("people.csv"))
        _ = known

        let report = try SignupMerge(workspace: fixture.root, store: try fixture.store()).merge()
        #expect(report.people == ["w1"])
        #expect(report.enrolments == 2)
        #expect(report.signups == [1, 2, 3])
        #expect(report.unavailableToAdd == ["p0003: fri (sign-up 2)"])
        let mergedPeople = String(decoding: try fixture.read("people.csv"), as: UTF8.self)
        #expect(mergedPeople == withCandidate + "\r\nw1,Ny Medlem,karlstad,member,,tue,1995,x,ny@example.org,\r\n")
        let mergedEnrolments = String(decoding: try fixture.read("enrolments.csv"), as: UTF8.self)
        #expect(mergedEnrolments == enrolments + "w1,feministisk-grundkurs\r\np0003,mediatraning-kandidater\r\n")
        _ = same

        // Marked merged: the workspace is the same as the files now, and merging again adds nothing.
        #expect(try fixture.store().signups(status: .confirmed).allSatisfy { $0.mergedAt != nil })
        let workspace = try SignupsWorkspace.load(from: fixture.root)
        #expect(workspace.enrolments == (try fixture.files()).enrolments)
        #expect(workspace.person("w1")?.location.description == "\(fixture.root)/people.csv:5")
        let again = try SignupMerge(workspace: fixture.root, store: try fixture.store()).merge()
        #expect(again.signups.isEmpty)
        #expect(try fixture.read("people.csv") == Data(mergedPeople.utf8))
        #expect(try fixture.read("enrolments.csv") == Data(mergedEnrolments.utf8))
    }

    @Test func aMissingColumnStopsTheMergeBeforeAnythingIsWritten() throws {
        let fixture = try SignupsFixture()
        let people =
            "id,name,association,roles,qualifications\np0001,Anna Andersson,karlstad,member;trainer,feminist-trainer;media-trainer\np0002,Erik Berg,arvika,member;candidate,\np0003,\"Lind, Sara\",karlstad,member,\n"
        try Data(people.utf8).write(to: fixture.folder.appendingPathComponent("people.csv"))
        let enrolments = try fixture.read("enrolments.csv")
        try fixture.signUpConfirmed(email: "ny@example.org")
        #expect(throws: SignupMergeError.self) {
            try SignupMerge(workspace: fixture.root, store: try fixture.store()).merge()
        }
        #expect(try fixture.read("people.csv") == Data(people.utf8))
        #expect(try fixture.read("enrolments.csv") == enrolments)
        #expect(try fixture.store().signups().allSatisfy { $0.mergedAt == nil })
        do {
            _ = try SignupMerge(workspace: fixture.root, store: try fixture.store()).merge()
        } catch let error as SignupMergeError {
            #expect(
                error.description
                    == "\(fixture.root)/people.csv: no column 'born' in the header, which sign-up 1 has a value for; add the column (and an empty field to every row) and merge again; nothing was merged"
            )
        }
    }

    @Test func aMergeStoppedBetweenTheFilesIsFinishedByMergingAgain() throws {
        let fixture = try SignupsFixture()
        try fixture.signUpConfirmed(email: "ny@example.org")
        // As if a merge had written people.csv and stopped before enrolments.csv.
        let url = fixture.folder.appendingPathComponent("people.csv")
        let people =
            String(decoding: try Data(contentsOf: url), as: UTF8.self)
            + "w1,Ny Medlem,karlstad,member,,,1995,x,ny@example.org\n"
        try Data(people.utf8).write(to: url)
        // The half-merged workspace still loads: w1 is people.csv's now, the request still State's.
        let workspace = try SignupsWorkspace.load(from: fixture.root)
        #expect(workspace.person("w1")?.location.line == 5)
        #expect(workspace.enrolments.contains { $0.person == "w1" })
        let report = try SignupMerge(workspace: fixture.root, store: try fixture.store()).merge()
        #expect(report.people.isEmpty && report.enrolments == 1)
        #expect(try fixture.read("people.csv") == Data(people.utf8))
        #expect(
            String(decoding: try fixture.read("enrolments.csv"), as: UTF8.self).hasSuffix(
                "p0003,feministisk-grundkurs\nw1,feministisk-grundkurs\n"
            )
        )
    }

    @Test func aSignupTakenBackByLeavingIsNotWrittenAsARequest() throws {
        let fixture = try SignupsFixture()
        let signup = try fixture.signUpConfirmed(email: "ny@example.org")
        fixture.clock.advance(days: 1)
        try fixture.store().leaveCircle(
            person: signup.person!,
            circle: "fem-karlstad-var22",
            course: "feministisk-grundkurs",
            formNonce: "l1"
        )
        let enrolments = try fixture.read("enrolments.csv")
        let report = try SignupMerge(workspace: fixture.root, store: try fixture.store()).merge()
        #expect(report.people == ["w1"] && report.enrolments == 0)
        #expect(try fixture.read("enrolments.csv") == enrolments)
    }
}
