import Catalogue
import Foundation
import State

/// The leader's list: one meeting saved whole, the meetings read back, the trail.
extension AttendanceLedger {
    /// Saves one meeting of `sheet`'s circle as the leader's form sends it, in one transaction:
    /// the form's nonce spent, every participant's answer (present when in `present`, digital
    /// when also in `distance`, absent otherwise), the time held and the break, each changed
    /// value in the audit trail, and the meeting's version raised.
    ///
    /// Nothing is written when the input is wrong (`.invalid`, naming the field), the form
    /// was sent before (`.formTokenSpent`), or `expectedVersion` is not the meeting's version
    /// any more (`.stale`, with the newer state to show): a page saved by someone else in
    /// between is never silently overwritten. Per person the later save wins, whether it came
    /// from the page, a list or the command line.
    /// - Parameters:
    ///   - expectedVersion: the `version` the page showed (0 for a meeting never recorded).
    ///   - source: `.web(circle:)` for the page.
    ///   - formNonce: the form's single-use token, spent with the save (nil: no form).
    public func saveMeeting(
        sheet: AttendanceSheet,
        session: Int,
        present: Set<Person.ID>,
        distance: Set<Person.ID>,
        from: LocalTime,
        to: LocalTime,
        breakMinutes: Int,
        expectedVersion: Int,
        source: AttendanceSource,
        formNonce: String?
    ) throws(MeetingSaveError) -> MeetingSaveOutcome {
        let held = HeldTime(from: from, to: to, breakMinutes: breakMinutes)
        do {
            try Self.check(
                sheet: sheet,
                session: session,
                present: present,
                distance: distance,
                held: held,
                expectedVersion: expectedVersion
            )
        } catch {
            throw .invalid(error)
        }
        let save = MeetingSave(
            circle: sheet.circleID.rawValue,
            session: session,
            marks: sheet.participants.map {
                AttendanceMark(
                    circle: sheet.circleID.rawValue,
                    session: session,
                    person: $0.id.rawValue,
                    present: present.contains($0.id),
                    distance: distance.contains($0.id)
                )
            },
            from: from.text,
            to: to.text,
            breakMinutes: breakMinutes,
            expectedVersion: expectedVersion,
            source: source,
            formNonce: formNonce
        )
        let result: MeetingSaveResult
        do { result = try store.saveMeeting(save) } catch {
            if error == .formTokenSpent { throw .formTokenSpent }
            throw .store(error)
        }
        switch result {
        case .saved(let version):
            return .saved(version: version)
        case .stale(let meeting, let records):
            return .stale(current: MeetingState(session: session, meeting: meeting, records: records))
        }
    }

    /// What is wrong with a form, checked before anything is written: the first problem,
    /// in the order of the form's fields.
    static func check(
        sheet: AttendanceSheet,
        session: Int,
        present: Set<Person.ID>,
        distance: Set<Person.ID>,
        held: HeldTime,
        expectedVersion: Int
    ) throws(MeetingInputError) {
        guard sheet.sessions.contains(where: { $0.number == session }) else {
            throw .unknownSession(circle: sheet.circleID, session: session, known: sheet.sessions.map(\.number))
        }
        let members = Set(sheet.participants.map(\.id))
        let strangers = present.subtracting(members)
        guard strangers.isEmpty else { throw .notInCircle(field: .present, people: strangers.sorted()) }
        let remoteStrangers = distance.subtracting(members)
        guard remoteStrangers.isEmpty else { throw .notInCircle(field: .distance, people: remoteStrangers.sorted()) }
        let absent = distance.subtracting(present)
        guard absent.isEmpty else { throw .distanceWithoutPresent(people: absent.sorted()) }
        guard held.to > held.from else { throw .endNotAfterStart(from: held.from, to: held.to) }
        guard held.breakMinutes >= 0 else { throw .negativeBreak(minutes: held.breakMinutes) }
        guard held.breakMinutes <= held.minutes else {
            throw .breakLongerThanMeeting(breakMinutes: held.breakMinutes, meetingMinutes: held.minutes)
        }
        guard expectedVersion >= 0 else { throw .invalidVersion(expectedVersion) }
    }

    /// Every session of `sheet` as recorded (version 0 and no answers for one never recorded),
    /// in the sheet's session order.
    public func meetingStates(of sheet: AttendanceSheet) throws(AttendanceRecordingError) -> [MeetingState] {
        let meetings: [AttendanceMeeting]
        let records: [State.AttendanceRecord]
        do {
            meetings = try store.meetings(circle: sheet.circleID.rawValue)
            records = try store.attendance(circle: sheet.circleID.rawValue)
        } catch {
            throw .store(error.description)
        }
        let bySession = Dictionary(meetings.map { ($0.session, $0) }) { first, _ in first }
        return sheet.sessions.map {
            MeetingState(session: $0.number, meeting: bySession[$0.number], records: records)
        }
    }

    /// The times held that the leader's page recorded, by session: what the report counts
    /// study hours from instead of the planned times.
    public func heldTimes(of circle: Circle.ID) throws(AttendanceRecordingError) -> [Int: HeldTime] {
        let meetings: [AttendanceMeeting]
        do { meetings = try store.meetings(circle: circle.rawValue) } catch { throw .store(error.description) }
        var held: [Int: HeldTime] = [:]
        for meeting in meetings {
            let state = MeetingState(session: meeting.session, meeting: meeting, records: [])
            if let time = state.held { held[meeting.session] = time }
        }
        return held
    }

    /// The audit trail of `circle`, oldest first.
    public func history(of circle: Circle.ID) throws(AttendanceRecordingError) -> [AttendanceChange] {
        do { return try store.attendanceHistory(circle: circle.rawValue) } catch { throw .store(error.description) }
    }
}
