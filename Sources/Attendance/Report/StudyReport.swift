import Catalogue

/// What one circle did, for ABF: meetings held, study hours, who took part (by gender
/// and age band), and each study-circle rule checked against what really happened.
///
/// A pure function of the sheet (what was planned), the records (what was ticked)
/// and the date the report is made on: sessions after `asOf` are still planned and
/// may still mend a rule (`RuleStatus.open`); what happened on or before it is final.
/// A session on or before `asOf` with answers but nobody present counts as not held;
/// one with no answer at all is `unrecorded`: its list was not brought back yet, so the
/// rules treat it like a session still to come (it may have been held) rather than
/// calling a rule broken for want of data.
/// Records of other circles, and of people or sessions not on the sheet, are ignored.
/// A meeting's study hours come from the time it was really held, the break deducted, when
/// the leader's list recorded it (`held`), else from its planned times.
public struct StudyReport: Sendable, Hashable {
    public let sheet: AttendanceSheet
    public let asOf: LocalDate
    /// Held meetings, earliest first.
    public let meetings: [StudyMeeting]
    /// Sessions dated after `asOf`: still planned.
    public let remaining: [AttendanceSession]
    /// Sessions on or before `asOf` with no answer recorded for anyone, earliest first.
    public let unrecorded: [AttendanceSession]
    /// Study hours of the meetings held.
    public let studyHours: Int
    /// Participants present at least once, in sheet order.
    public let participants: [AttendanceParticipant]
    /// Of those, the ones ABF counts: present at one of the first 3 meetings.
    public let countedParticipants: [AttendanceParticipant]
    public let genders: GenderCounts
    /// Participants present at least once, per age band (every band listed, in order).
    public let ageBands: [AgeBand: Int]
    /// The study-circle rules; empty unless the circle is reported as a study circle.
    public let rules: [RuleCheck]

    public init(
        sheet: AttendanceSheet,
        records: [AttendanceRecord],
        held: [Int: HeldTime] = [:],
        asOf: LocalDate
    ) {
        self.sheet = sheet
        self.asOf = asOf
        let language = sheet.language

        var ticked: [Int: Set<Person.ID>] = [:]
        var answered = Set<Int>()
        let sessionNumbers = Set(sheet.sessions.map(\.number))
        let people = Set(sheet.participants.map(\.id))
        var last: [Pair: Bool] = [:]
        for record in records
        where record.circle == sheet.circleID
            && sessionNumbers.contains(record.session) && people.contains(record.person)
        {
            last[Pair(session: record.session, person: record.person)] = record.present
            answered.insert(record.session)
        }
        for (pair, present) in last where present { ticked[pair.session, default: []].insert(pair.person) }

        // "The first 3 meetings" are first in time: go by date and start, not by list order.
        let chronological = sheet.sessions.sorted { ($0.date, $0.start, $0.number) < ($1.date, $1.start, $1.number) }
        var meetings: [StudyMeeting] = []
        unrecorded = chronological.filter { $0.date <= asOf && !answered.contains($0.number) }
        for session in chronological where session.date <= asOf {
            let present = ticked[session.number] ?? []
            guard !present.isEmpty else { continue }
            meetings.append(
                StudyMeeting(
                    session: session.number,
                    date: session.date,
                    studyHours: held[session.number]?.studyHours ?? session.studyHours,
                    present: sheet.participants.map(\.id).filter(present.contains)
                )
            )
        }
        self.meetings = meetings
        remaining = chronological.filter { $0.date > asOf }
        studyHours = meetings.reduce(0) { $0 + $1.studyHours }

        let attended = Set(meetings.flatMap(\.present))
        participants = sheet.participants.filter { attended.contains($0.id) }
        let firstThree = Set(meetings.prefix(3).flatMap(\.present))
        countedParticipants = participants.filter { firstThree.contains($0.id) }
        var genders = GenderCounts()
        var bands = Dictionary(uniqueKeysWithValues: AgeBand.allCases.map { ($0, 0) })
        for p in participants {
            genders.add(p.gender)
            bands[AgeBand(birthYear: p.birthYear, in: sheet.termYear), default: 0] += 1
        }
        self.genders = genders
        ageBands = bands

        rules =
            sheet.activityKind == .studyCircle
            ? RuleChecker(
                sheet: sheet,
                meetings: meetings,
                remaining: unrecorded + remaining,
                participants: participants,
                language: language
            ).all()
            : []
    }

    /// Rules not kept, broken first.
    public var problems: [RuleCheck] {
        rules.filter { $0.status == .broken } + rules.filter { $0.status == .open }
    }

    private struct Pair: Hashable {
        let session: Int
        let person: Person.ID
    }
}
