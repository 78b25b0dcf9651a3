import CSV
import Catalogue

/// Study reports of many circles as one CSV table (one row per circle), the form an
/// organiser copies into ABF's reporting; RFC 4180 like the lists (UTF-8 with BOM, CRLF).
public enum StudyReportCSV {
    public static func render(_ reports: [StudyReport]) -> String {
        let sv = (reports.first?.sheet.language ?? .sv) == .sv
        func t(_ s: String, _ e: String) -> String { sv ? s : e }
        let language: Language = sv ? .sv : .en
        let bands = AgeBand.allCases
        var rows: [[String]] = [
            [
                t("Cirkel", "Circle"), t("Kurs", "Course"), t("ABF-verksamhet", "ABF activity"), t("Termin", "Term"),
                t("Per", "As of"), t("Träffar hållna", "Meetings held"), t("Träffar planerade", "Meetings planned"),
                t("Studietimmar", "Study hours"), t("Deltagare", "Participants"),
                t("Räknade deltagare", "Counted participants"),
                t("Kvinnor", "Women"), t("Män", "Men"), t("Annat", "Other"), t("Kön okänt", "Gender unknown"),
            ] + bands.map { t("Ålder ", "Age ") + $0.label(language) }
                + [
                    t("Regler brutna", "Rules broken"), t("Regler att åtgärda", "Rules to act on"),
                    t("Anmärkningar", "Remarks"),
                    t("Träffar utan registrerad närvaro", "Sessions without recorded attendance"),
                ]
        ]
        for r in reports {
            let remarks = r.problems.map {
                "\($0.rule.label(language)): \($0.status.label(language))"
                    + ($0.detail.isEmpty ? "" : " (\($0.detail))")
            }
            rows.append(
                [
                    r.sheet.circleID.rawValue, r.sheet.courseTitle, r.sheet.activityKind.label(language),
                    r.sheet.termName,
                    r.asOf.description, String(r.meetings.count), String(r.sheet.sessions.count), String(r.studyHours),
                    String(r.participants.count), String(r.countedParticipants.count),
                    String(r.genders.female), String(r.genders.male), String(r.genders.other),
                    String(r.genders.unknown),
                ] + bands.map { String(r.ageBands[$0, default: 0]) } + [
                    String(r.rules.filter { $0.status == .broken }.count),
                    String(r.rules.filter { $0.status == .open }.count),
                    remarks.joined(separator: "; "),
                    r.unrecorded.map { "\($0.number) (\($0.date))" }.joined(separator: "; "),
                ]
            )
        }
        return CSVWriter.encode(rows)
    }

    /// Writes the table to `path` (mode 0600: remarks name participants).
    public static func write(_ reports: [StudyReport], to path: String) throws(AttendanceFileError) {
        try PrivateFile.write(Array(render(reports).utf8), to: path)
    }
}

extension StudyReportCSV {
    /// Writes a report already rendered (text or CSV) to `path`: mode 0600, atomically,
    /// never under `Calendars/` (the report names participants).
    public static func writeText(_ text: String, to path: String) throws(AttendanceFileError) {
        try PrivateFile.write(Array(text.utf8), to: path)
    }
}
