import Catalogue
import Foundation

/// The words a list, its CSV and its report print, in the plan's language.
struct ListLabels: Sendable {
    let title: String
    let organisation: String
    let course: String
    let circle: String
    let activity: String
    let term: String
    let place: String
    let leader: String
    let id: String
    let name: String
    let association: String
    let born: String
    let gender: String
    let session: String
    let date: String
    let weekday: String
    let time: String
    let studyHours: String
    let studyHoursShort: String
    let totalStudyHours: String
    let numberPresent: String
    let total: String
    let signature: String
    let signatureDate: String
    let nameInCapitals: String
    let instructions: String
    let pageFormat: String
    /// After the association of a hybrid circle's participant who takes part online.
    let remote: String

    /// The association column of `participant`: with the distance mark when they take part
    /// online (`Vänsterpartiet Boden (på distans)`).
    func association(of participant: AttendanceParticipant) -> String {
        participant.remote ? "\(participant.association) (\(remote))" : participant.association
    }

    func page(_ n: Int, of total: Int) -> String {
        pageFormat.replacingOccurrences(of: "%1", with: String(n)).replacingOccurrences(of: "%2", with: String(total))
    }

    static func `for`(_ language: Language) -> ListLabels {
        switch language {
        case .sv: return sv
        case .en: return en
        }
    }

    static let sv = ListLabels(
        title: "Närvarolista",
        organisation: "Organisation",
        course: "Kurs",
        circle: "Cirkel",
        activity: "ABF-verksamhet",
        term: "Termin",
        place: "Lokal",
        leader: "Cirkelledare",
        id: "Id",
        name: "Namn",
        association: "Förening",
        born: "Född",
        gender: "Kön",
        session: "Träff",
        date: "Datum",
        weekday: "Veckodag",
        time: "Tid",
        studyHours: "Studietimmar",
        studyHoursShort: "st.tim",
        totalStudyHours: "Summa studietimmar",
        numberPresent: "Antal närvarande",
        total: "Summa",
        signature: "Cirkelledarens underskrift",
        signatureDate: "Datum",
        nameInCapitals: "Namnförtydligande",
        instructions: "Kryssa (x) i rutan för varje deltagare som är närvarande.",
        pageFormat: "Sida %1 av %2",
        remote: "på distans"
    )

    static let en = ListLabels(
        title: "Attendance list",
        organisation: "Organisation",
        course: "Course",
        circle: "Circle",
        activity: "ABF activity",
        term: "Term",
        place: "Venue",
        leader: "Leader",
        id: "Id",
        name: "Name",
        association: "Association",
        born: "Born",
        gender: "Gender",
        session: "Session",
        date: "Date",
        weekday: "Weekday",
        time: "Time",
        studyHours: "Study hours",
        studyHoursShort: "study h",
        totalStudyHours: "Total study hours",
        numberPresent: "Number present",
        total: "Total",
        signature: "Leader's signature",
        signatureDate: "Date",
        nameInCapitals: "Name in capitals",
        instructions: "Tick (x) the box of every participant who is present.",
        pageFormat: "Page %1 of %2",
        remote: "online"
    )
}
