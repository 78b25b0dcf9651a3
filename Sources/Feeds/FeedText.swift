import Catalogue

/// Every word the feeds (and the pages, where they share it) show, in the plan's language (`sv` or `en`).
struct FeedText: Sendable {
    let language: Language

    /// `Feministisk grundkurs, träff 2 av 4`.
    func summary(course: String, session: Int, of count: Int) -> String {
        switch language {
        case .sv: "\(course), träff \(session) av \(count)"
        case .en: "\(course), session \(session) of \(count)"
        }
    }

    func leader(_ name: String) -> String {
        switch language {
        case .sv: "Cirkelledare: \(name)"
        case .en: "Leader: \(name)"
        }
    }

    func meetingLink(_ url: String) -> String {
        switch language {
        case .sv: "Möteslänk: \(url)"
        case .en: "Meeting link: \(url)"
        }
    }

    /// SUMMARY of a cancelled session: calendars that ignore STATUS (calcurse) show it as an
    /// ordinary meeting otherwise.
    func cancelledTitle(_ summary: String) -> String {
        switch language {
        case .sv: "INSTÄLLT: \(summary)"
        case .en: "CANCELLED: \(summary)"
        }
    }

    /// In the private copy of a hybrid session for a participant who lives too far away.
    func remoteLink(_ url: String) -> String {
        switch language {
        case .sv: "Du är med på distans: \(url)"
        case .en: "You take part online: \(url)"
        }
    }

    var cancelledNote: String {
        switch language {
        case .sv: "Träffen är inställd."
        case .en: "This session is cancelled."
        }
    }

    func kind(_ kind: Course.Kind) -> String {
        switch (language, kind) {
        case (.sv, .feministTraining): "Feministisk utbildning"
        case (.sv, .mediaTraining): "Medieträning"
        case (.sv, .studyCircle): "Studiecirkel"
        case (.sv, .chairsMeeting): "Ordförandeträff"
        case (.sv, .other): "Övrigt"
        case (.en, .feministTraining): "Feminist training"
        case (.en, .mediaTraining): "Media training"
        case (.en, .studyCircle): "Study circle"
        case (.en, .chairsMeeting): "Chairs' meeting"
        case (.en, .other): "Other"
        }
    }

    func personalCalendar(_ organisation: String) -> String {
        switch language {
        case .sv: "Mina träffar – \(organisation)"
        case .en: "My sessions – \(organisation)"
        }
    }

    func associationCalendar(_ name: String) -> String {
        switch language {
        case .sv: "\(name): cirklar och utbildningar"
        case .en: "\(name): circles and trainings"
        }
    }

    var weekdays: [String] {
        switch language {
        case .sv: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
        case .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        }
    }

    var shortWeekdays: [String] {
        switch language {
        case .sv: ["mån", "tis", "ons", "tor", "fre", "lör", "sön"]
        case .en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        }
    }

    var months: [String] {
        switch language {
        case .sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        case .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        }
    }

    func week(_ number: Int) -> String {
        switch language {
        case .sv: "v. \(number)"
        case .en: "wk \(number)"
        }
    }

    func sessionShort(_ session: Int, _ count: Int) -> String {
        switch language {
        case .sv: "träff \(session)/\(count)"
        case .en: "session \(session)/\(count)"
        }
    }
}
