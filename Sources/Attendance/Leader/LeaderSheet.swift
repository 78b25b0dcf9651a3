import Catalogue
import Foundation

/// Everything the leader's list (`/p/<token>/lead/<circle>`) shows of one circle, as plain
/// values: its meetings (the current or next one first), each participant's marks, the
/// study hours counted so far and the state of every ABF rule.
///
/// A pure function of the planned sheet, the meetings as recorded, the notices of absence
/// and the day: the hours and the rules come from `StudyReport`, the same code as
/// `circles attendance report`, so page and report always agree.
public struct LeaderSheet: Sendable, Hashable {
    public let circleID: Circle.ID
    public let courseTitle: String
    public let activityKind: ABFActivityKind
    public let language: Language
    /// The day "now" fell on in the plan's time zone.
    public let today: LocalDate
    /// The current (today's) or next meeting first; then the earlier ones, latest first;
    /// then the later ones in order. With every meeting past, the last one first.
    public let meetings: [LeaderMeeting]
    /// Study hours of the meetings held so far, as the study associations count them.
    public let studyHours: Int
    /// Study hours of every meeting as planned.
    public let plannedStudyHours: Int
    /// Every ABF rule in the report's order; empty unless the circle is a study circle.
    public let rules: [RuleState]

    /// - Parameters:
    ///   - meetings: the sessions as recorded (`AttendanceLedger.meetingStates(of:)`); a
    ///     session missing here counts as never recorded.
    ///   - absences: the notices of absence, by session number.
    ///   - today: the plan's local date now; meetings on it are `current`.
    public init(
        sheet: AttendanceSheet,
        meetings states: [MeetingState],
        absences: [Int: Set<Person.ID>] = [:],
        today: LocalDate
    ) {
        circleID = sheet.circleID
        courseTitle = sheet.courseTitle
        activityKind = sheet.activityKind
        language = sheet.language
        self.today = today
        let byNumber = Dictionary(states.map { ($0.session, $0) }) { first, _ in first }
        var held: [Int: HeldTime] = [:]
        var records: [AttendanceRecord] = []
        for state in states {
            if let time = state.held { held[state.session] = time }
            for person in state.answered.sorted() {
                records.append(
                    AttendanceRecord(
                        circle: sheet.circleID,
                        session: state.session,
                        person: person,
                        present: state.present.contains(person),
                        distance: state.distance.contains(person)
                    )
                )
            }
        }
        var swedish = sheet
        swedish.language = .sv
        var english = sheet
        english.language = .en
        let sv = StudyReport(sheet: swedish, records: records, held: held, asOf: today)
        let en = StudyReport(sheet: english, records: records, held: held, asOf: today)
        studyHours = sv.studyHours
        plannedStudyHours = sheet.plannedStudyHours

        let chronological = sheet.sessions.sorted { ($0.date, $0.start, $0.number) < ($1.date, $1.start, $1.number) }
        let focus = chronological.firstIndex { $0.date >= today } ?? max(0, chronological.count - 1)
        let ordered =
            chronological.isEmpty
            ? []
            : [chronological[focus]] + chronological[..<focus].reversed() + chronological[(focus + 1)...]
        self.meetings = ordered.map { session in
            let state = byNumber[session.number] ?? MeetingState(session: session.number)
            let noticed = absences[session.number] ?? []
            let plannedHours = session.studyHours
            return LeaderMeeting(
                number: session.number,
                date: session.date,
                plannedStart: LocalTime(minutesSinceMidnight: session.start),
                plannedEnd: LocalTime(minutesSinceMidnight: session.end),
                place: session.room.map { $0.isEmpty || $0 == sheet.venue ? sheet.venue : "\(sheet.venue) – \($0)" }
                    ?? sheet.venue,
                timing: session.date < today ? .past : session.date == today ? .current : .upcoming,
                participants: sheet.participants.map {
                    LeaderParticipant(
                        id: $0.id,
                        name: $0.name,
                        present: state.present.contains($0.id),
                        distance: state.distance.contains($0.id),
                        answered: state.answered.contains($0.id),
                        noticeOfAbsence: noticed.contains($0.id),
                        plannedRemote: $0.remote
                    )
                },
                held: state.held,
                version: state.version,
                savedAt: state.savedAt,
                savedFrom: state.source,
                studyHours: state.held?.studyHours ?? plannedHours,
                plannedStudyHours: plannedHours
            )
        }

        let next = chronological.first { $0.date >= today && (byNumber[$0.number]?.answered.isEmpty ?? true) }
        let report = sv
        rules = zip(sv.rules, en.rules).map { sv, en in
            let risk: LocalizedText?
            if sv.rule == .presentAtEveryMeeting, let next {
                risk = Self.headcountRisk(sheet: sheet, next: next, noticed: absences[next.number] ?? [])
            } else if sv.rule == .presentAtFirstThree, sv.status == .open, let next,
                let lastChance = Self.lastChanceRisk(report: report, next: next, noticed: absences[next.number] ?? [])
            {
                risk = lastChance
            } else {
                risk = sv.status == .open ? LocalizedText(sv: sv.detail, en: en.detail) : nil
            }
            return RuleState(
                rule: sv.rule,
                status: sv.status,
                label: LocalizedText(sv: sv.rule.label(.sv), en: sv.rule.label(.en)),
                detail: LocalizedText(sv: sv.detail, en: en.detail),
                risk: risk
            )
        }
    }

    /// The next meeting counts only with at least 3 present, the leader one of them: how
    /// many participants that takes, and whether the notices of absence already rule it out.
    static func headcountRisk(sheet: AttendanceSheet, next: AttendanceSession, noticed: Set<Person.ID>) -> LocalizedText
    {
        let need = ABFStudyCircleRules.minimumPeople - 1
        let members = sheet.participants.map(\.id)
        let away = members.filter(noticed.contains).count
        let canCome = members.count - away
        let when = "\(next.weekday.shortName(.sv)) \(next.date)"
        let whenEN = "\(next.weekday.shortName(.en)) \(next.date)"
        if canCome < need {
            let svWho = canCome == 1 ? "1 deltagare" : "\(canCome) deltagare"
            let enWho = canCome == 1 ? "1 participant" : "\(canCome) participants"
            return LocalizedText(
                sv:
                    "bara \(svWho) kan komma till nästa träff (\(when)) när \(away) anmält förhinder: den räknas bara om minst \(need) kommer (\(need + 1) med ledaren)",
                en:
                    "only \(enWho) can come to the next meeting (\(whenEN)) now that \(away) sent notice of absence: it counts only if at least \(need) come (\(need + 1) with the leader)"
            )
        }
        let svAway = away == 0 ? "" : " (\(away) har anmält förhinder)"
        let enAway = away == 0 ? "" : " (\(away) sent notice of absence)"
        return LocalizedText(
            sv:
                "\(need) personer måste komma till nästa träff (\(when)) för att den ska räknas, \(need + 1) med ledaren\(svAway)",
            en:
                "\(need) people must come to the next meeting (\(whenEN)) for it to count, \(need + 1) with the leader\(enAway)"
        )
    }
}

extension LeaderSheet {
    /// When the next meeting is the last of the first 3 and someone who has not come yet sent
    /// a notice of absence for it: they will not count. Nil otherwise.
    static func lastChanceRisk(report: StudyReport, next: AttendanceSession, noticed: Set<Person.ID>) -> LocalizedText?
    {
        guard report.meetings.count == ABFStudyCircleRules.minimumMeetings - 1 else { return nil }
        let came = Set(report.participants.map(\.id))
        let lost = report.sheet.participants.filter { !came.contains($0.id) && noticed.contains($0.id) }
        guard !lost.isEmpty else { return nil }
        let names = lost.map(\.name).joined(separator: ", ")
        return LocalizedText(
            sv:
                "\(names) har anmält förhinder till nästa träff (\(next.weekday.shortName(.sv)) \(next.date)), den sista av de 3 första: de räknas inte som deltagare om de inte kommer ändå",
            en:
                "\(names) sent notice of absence for the next meeting (\(next.weekday.shortName(.en)) \(next.date)), the last of the first 3: they will not count as participants unless they come after all"
        )
    }
}

extension AttendanceLedger {
    /// The leader's list of `sheet`'s circle as State has it now.
    /// - Parameters:
    ///   - absences: the notices of absence by session number (from the `absence` table).
    ///   - now: the moment of the request; `timeZone` the plan's.
    public func leaderSheet(
        for sheet: AttendanceSheet,
        absences: [Int: Set<Person.ID>] = [:],
        now: Date,
        timeZone: TimeZone
    ) throws(AttendanceRecordingError) -> LeaderSheet {
        LeaderSheet(
            sheet: sheet,
            meetings: try meetingStates(of: sheet),
            absences: absences,
            today: LocalDate(now, in: timeZone)
        )
    }
}
