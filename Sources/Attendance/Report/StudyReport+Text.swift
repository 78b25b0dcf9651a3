extension StudyReport {
    /// The report as plain text for the terminal, in the list's language; problems first
    /// so what needs doing is not missed.
    public var text: String {
        let sv = sheet.language == .sv
        func t(_ s: String, _ e: String) -> String { sv ? s : e }
        var lines: [String] = []
        lines.append(
            t("ABF-rapport", "ABF report") + ": \(sheet.courseTitle) (\(sheet.circleID)), "
                + "\(sheet.activityKind.label(sheet.language)), \(sheet.termName)"
        )
        lines.append(t("Per", "As of") + " \(asOf)")
        lines.append(
            t("Träffar hållna", "Meetings held") + ": \(meetings.count) "
                + t("av \(sheet.sessions.count) planerade", "of \(sheet.sessions.count) planned")
                + (remaining.isEmpty ? "" : t(", \(remaining.count) kvar", ", \(remaining.count) to come"))
        )
        if !unrecorded.isEmpty {
            let list = unrecorded.map { "\($0.number) \($0.date)" }.joined(separator: ", ")
            lines.append(
                t("Närvaro ej registrerad för träff ", "No attendance recorded for session ") + list
                    + t(
                        " (importera listan eller använd `circles attendance record`)",
                        " (import the list or use `circles attendance record`)"
                    )
            )
        }
        lines.append(t("Studietimmar", "Study hours") + ": \(studyHours)")
        lines.append(
            t("Deltagare (minst en närvaro)", "Participants (present at least once)") + ": \(participants.count)"
                + t(", varav \(countedParticipants.count) räknas", ", \(countedParticipants.count) counted")
        )
        lines.append(
            "  " + t("Kön", "Gender") + ": " + t("kvinnor", "women") + " \(genders.female), "
                + t("män", "men") + " \(genders.male), " + t("annat", "other") + " \(genders.other), "
                + t("okänt", "unknown") + " \(genders.unknown)"
        )
        lines.append(
            "  " + t("Ålder", "Age") + " \(sheet.termYear): "
                + AgeBand.allCases
                .filter { ageBands[$0, default: 0] > 0 || ($0 != .under13 && $0 != .unknown) }
                .map { "\($0.label(sheet.language)) \(ageBands[$0, default: 0])" }.joined(separator: ", ")
        )
        for meeting in meetings {
            lines.append(
                "  " + t("Träff", "Session") + " \(meeting.session) \(meeting.date): "
                    + t(
                        "\(meeting.presentWithLeader) närvarande med ledaren, \(meeting.studyHours) studietimmar",
                        "\(meeting.presentWithLeader) present with the leader, \(meeting.studyHours) study hours"
                    )
            )
        }
        if !rules.isEmpty {
            lines.append(t("Studiecirkelns regler", "Study-circle rules") + ":")
            for check in problems + rules.filter({ $0.status == .kept }) {
                let mark: String
                switch check.status {
                case .broken: mark = "BRUTEN"
                case .open: mark = "ÅTGÄRD"
                case .kept: mark = "ok"
                }
                let label = sv ? mark : (check.status == .broken ? "BROKEN" : check.status == .open ? "ACTION" : "ok")
                var line = "  [\(label)] \(check.rule.label(sheet.language))"
                if !check.detail.isEmpty { line += ": \(check.detail)" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
