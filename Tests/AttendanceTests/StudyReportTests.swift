import Attendance
import Testing

/// Each study-circle rule on hand-made attendance: kept, still open, broken.
@Suite struct StudyReportTests {
    /// `present[k]` lists the participant indices ticked at session k+1.
    func report(_ sheet: AttendanceSheet, _ present: [[Int]], asOf: String) -> StudyReport {
        var records: [AttendanceRecord] = []
        for (k, people) in present.enumerated() {
            for (i, p) in sheet.participants.enumerated() {
                records.append(
                    AttendanceRecord(circle: sheet.circleID, session: k + 1, person: p.id, present: people.contains(i))
                )
            }
        }
        return StudyReport(sheet: sheet, records: records, asOf: Fixtures.day(asOf))
    }

    func status(_ report: StudyReport, _ rule: StudyCircleRule) -> RuleStatus? {
        report.rules.first { $0.rule == rule }?.status
    }

    func detail(_ report: StudyReport, _ rule: StudyCircleRule) -> String {
        report.rules.first { $0.rule == rule }?.detail ?? ""
    }

    /// Four weekly 3-study-hour sessions 2022-02-01 .. 02-22, five participants.
    let sheet = Fixtures.sheet(participants: 5, sessions: 4)
    let all4 = [[0, 1, 2], [0, 1, 2, 3], [1, 2, 3, 4], [0, 1, 2, 3, 4]]

    @Test func aCircleThatKeptEveryRule() {
        let r = report(sheet, [[0, 1, 2], [0, 1, 2, 3], [1, 2, 3, 4], [0, 1, 2, 3, 4]], asOf: "2022-03-01")
        #expect(r.meetings.count == 4)
        #expect(r.studyHours == 12)
        #expect(r.rules.count == StudyCircleRule.allCases.count)
        for check in r.rules { #expect(check.status == .kept, "\(check.rule): \(check.detail)") }
        #expect(r.problems.isEmpty)
    }

    @Test func presentAtEveryMeeting() {
        let kept = report(sheet, [[0, 1], [0, 1], [0, 1]], asOf: "2022-02-16")
        #expect(status(kept, .presentAtEveryMeeting) == .kept)  // 2 + the leader = 3
        let broken = report(sheet, [[0, 1], [0], [0, 1]], asOf: "2022-02-16")
        #expect(status(broken, .presentAtEveryMeeting) == .broken)
        #expect(detail(broken, .presentAtEveryMeeting) == "för få närvarande (med ledaren): träff 2 2022-02-08: 2")
    }

    @Test func minimumStudyHours() {
        #expect(status(report(sheet, [[0, 1], [0, 1], [0, 1]], asOf: "2022-02-16"), .minimumStudyHours) == .kept)
        let open = report(sheet, [[0, 1], [0, 1]], asOf: "2022-02-09")
        #expect(status(open, .minimumStudyHours) == .open)
        #expect(
            detail(open, .minimumStudyHours)
                == "6 studietimmar under 2 träffar hittills; 2 planerade träffar med 6 studietimmar återstår"
        )
        // sessions 3 and 4 passed with nobody present: not held, and nothing is left
        let broken = report(sheet, [[0, 1], [0, 1], [], []], asOf: "2022-03-01")
        #expect(broken.meetings.map(\.session) == [1, 2])
        #expect(status(broken, .minimumStudyHours) == .broken)
        // short sessions: 4 x 100 minutes = 4 x 2 study hours = 8 < 9, even if all are held
        var short = sheet
        short.sessions = Fixtures.weeklySessions(4, start: 18 * 60, end: 19 * 60 + 40)
        #expect(status(report(short, [[0, 1]], asOf: "2022-02-02"), .minimumStudyHours) == .broken)
    }

    @Test func presentAtFirstThree() {
        let kept = report(sheet, [[0, 1], [0, 1, 2], [2, 3], [0, 1, 2, 3]], asOf: "2022-03-01")
        #expect(status(kept, .presentAtFirstThree) == .kept)
        #expect(kept.countedParticipants.count == 4)
        let broken = report(sheet, [[0, 1], [0, 1], [0, 1], [0, 1, 4]], asOf: "2022-03-01")
        #expect(status(broken, .presentAtFirstThree) == .broken)
        #expect(
            detail(broken, .presentAtFirstThree)
                == "räknas inte, kom först efter de 3 första träffarna: Erik Berg (p0004)"
        )
        #expect(broken.participants.count == 3)
        #expect(broken.countedParticipants.count == 2)
        let open = report(sheet, [[0, 1, 2]], asOf: "2022-02-02")
        #expect(status(open, .presentAtFirstThree) == .open)
        #expect(
            detail(open, .presentAtFirstThree).hasPrefix(
                "har inte kommit än och räknas bara om de kommer till någon av de 2 nästa träffarna: Märta Berg (p0003)"
            )
        )
    }

    /// Four sessions on Monday to Thursday of one week.
    func denseSheet() -> AttendanceSheet {
        var dense = sheet
        dense.sessions = ["2022-02-07", "2022-02-08", "2022-02-09", "2022-02-10"].enumerated().map { i, day in
            AttendanceSession(number: i + 1, date: Fixtures.day(day), start: 18 * 60, end: 21 * 60)
        }
        return dense
    }

    @Test func weeklyLimit() {
        #expect(status(report(sheet, all4, asOf: "2022-03-01"), .weeklyLimit) == .kept)
        let broken = report(denseSheet(), [[0, 1], [0, 1], [0, 1], [0, 1]], asOf: "2022-02-13")
        #expect(status(broken, .weeklyLimit) == .broken)
        #expect(detail(broken, .weeklyLimit) == "veckan med 2022-02-07: 4 träffar, 16 studietimmar")
        let open = report(denseSheet(), [], asOf: "2022-02-01")
        #expect(status(open, .weeklyLimit) == .open)
        #expect(detail(open, .weeklyLimit).hasSuffix("flytta en träff innan den hålls"))
    }

    @Test func meetingLength() {
        var long = sheet
        long.sessions = Fixtures.weeklySessions(4, start: 18 * 60, end: 21 * 60 + 45)  // 225 min = 5 study hours
        #expect(long.sessions[0].studyHours == 5)
        #expect(status(report(long, [[0, 1]], asOf: "2022-02-02"), .meetingLength) == .broken)
        #expect(status(report(long, [], asOf: "2022-01-31"), .meetingLength) == .open)
        var exactly4 = sheet
        exactly4.sessions = Fixtures.weeklySessions(4, start: 18 * 60, end: 21 * 60)  // 180 min = 4
        #expect(status(report(exactly4, [[0, 1]], asOf: "2022-02-02"), .meetingLength) == .kept)
    }

    @Test func groupSize() {
        #expect(status(report(sheet, all4, asOf: "2022-03-01"), .groupSize) == .kept)
        let big = Fixtures.sheet(participants: 21, sessions: 4)
        let everyone = Array(0..<20)
        let broken = report(big, [everyone, everyone, everyone], asOf: "2022-02-16")
        #expect(status(broken, .groupSize) == .broken)  // 20 + leader = 21
        #expect(status(report(big, [Array(0..<19)], asOf: "2022-02-02"), .groupSize) == .kept)  // 19 + 1 = 20
        #expect(status(report(sheet, [[0]], asOf: "2022-02-02"), .groupSize) == .open)
        #expect(status(report(sheet, [[0], [0], [0], [0]], asOf: "2022-03-01"), .groupSize) == .broken)
    }

    @Test func minimumAge() {
        var young = sheet
        young.participants[4].birthYear = 2010  // 12 in 2022
        #expect(status(report(young, [[0, 1, 4]], asOf: "2022-02-02"), .minimumAge) == .broken)
        young.participants[4].birthYear = 2009  // 13 in 2022
        #expect(status(report(young, [[0, 1, 4]], asOf: "2022-02-02"), .minimumAge) == .kept)
    }

    @Test func sessionsAfterTheReportDateAreNotCounted() {
        let r = report(sheet, [[0, 1, 2], [0, 1, 2, 3], [1, 2, 3], [0, 1, 2, 3, 4]], asOf: "2022-02-15")
        #expect(r.meetings.map(\.session) == [1, 2, 3])
        #expect(r.studyHours == 9)
        #expect(r.remaining.map(\.number) == [4])
        #expect(r.participants.count == 4)  // p0004 only came to session 4
    }

    @Test func aPastSessionWithoutAnyAnswerIsUnrecordedNotBroken() {
        // Sessions 1 and 2 recorded; 3 and 4 are past but their list was not brought back.
        let r = report(sheet, [[0, 1, 2], [0, 1, 2]], asOf: "2022-03-01")
        #expect(r.unrecorded.map(\.number) == [3, 4])
        #expect(r.meetings.map(\.session) == [1, 2])
        #expect(status(r, .minimumStudyHours) == .open)
        #expect(r.text.contains("Närvaro ej registrerad för träff 3 2022-02-15, 4 2022-02-22"))
        #expect(StudyReportCSV.render([r]).contains(",3 (2022-02-15); 4 (2022-02-22)\r\n"))
        // Answered with nobody present, a session is final: not held.
        let absent = report(sheet, [[0, 1, 2], [0, 1, 2], [], []], asOf: "2022-03-01")
        #expect(absent.unrecorded.isEmpty)
        #expect(status(absent, .minimumStudyHours) == .broken)
    }

    @Test func otherPopularEducationHasNoStudyCircleRules() {
        let r = report(
            Fixtures.sheet(participants: 5, sessions: 4, kind: .otherPopularEducation),
            [[0]],
            asOf: "2022-03-01"
        )
        #expect(r.rules.isEmpty)
        #expect(r.studyHours == 3)
    }

    @Test func genderAndAgeBands() {
        // fixture births 1950, 1957, 1964, 1971, 1978 -> ages 72, 65, 58, 51, 44 in 2022; genders f m x f m
        var s = sheet
        s.participants[1].gender = nil
        s.participants[2].birthYear = nil
        let r = report(s, all4, asOf: "2022-03-01")
        #expect(r.genders == GenderCounts(female: 2, male: 1, other: 1, unknown: 1))
        #expect(r.ageBands[.from65] == 2)
        #expect(r.ageBands[.from45to64] == 1)
        #expect(r.ageBands[.from25to44] == 1)
        #expect(r.ageBands[.unknown] == 1)
        #expect(r.ageBands[.from13to19] == 0)
    }

    @Test func textAndCSVRenderings() {
        let good = report(sheet, all4, asOf: "2022-03-01")
        let bad = report(denseSheet(), [[0, 1], [0], [0, 1], [0, 1]], asOf: "2022-02-13")
        #expect(good.text.contains("Studietimmar: 12\n"))
        #expect(good.text.contains("Träffar hållna: 4 av 4 planerade\n"))
        #expect(good.text.contains("  [ok] minst 9 studietimmar under minst 3 träffar\n"))
        #expect(
            bad.text.contains(
                "  [BRUTEN] minst 3 närvarande vid varje träff (ledaren räknad): för få närvarande (med ledaren): träff 2 2022-02-08: 2\n"
            )
        )
        let csv = StudyReportCSV.render([good, bad])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(
            lines[0].hasPrefix(
                "\u{FEFF}Cirkel,Kurs,ABF-verksamhet,Termin,Per,Träffar hållna,Träffar planerade,Studietimmar,Deltagare"
            )
        )
        #expect(
            lines[1].hasPrefix(
                "fem-karlstad-var22,Feministisk grundkurs för alla,studiecirkel,Våren 2022,2022-03-01,4,4,12,5,5,2,2,1,0,"
            )
        )
        #expect(lines[1].hasSuffix(",0,0,,"))  // no remarks, no unrecorded sessions
        #expect(lines[2].contains(",4,4,16,"))
        #expect(
            lines[2].contains(
                "\"minst 3 närvarande vid varje träff (ledaren räknad): bruten (för få närvarande (med ledaren): träff 2 2022-02-08: 2); "
            )
        )
        var english = sheet
        english.language = .en
        #expect(
            report(english, [[0, 1]], asOf: "2022-02-02").text.contains(
                "  [ACTION] at least 9 study hours over at least 3 meetings: 3 study hours over 1 meetings so far; 3 planned sessions with 9 study hours remain\n"
            )
        )
    }
}
