import Catalogue

/// Every fixed word of the pages that act, in the plan's language. Templates read them as
/// `{{t.name}}`; messages with values are functions.
struct WebWords: Sendable {
    let language: Language
    let table: [String: String]

    init(_ language: Language) {
        self.language = language
        table = language == .sv ? Self.swedish : Self.english
    }

    subscript(_ key: String) -> String { table[key] ?? key }

    private var sv: Bool { language == .sv }

    func signupHeading(_ course: String) -> String { sv ? "Anmälan: \(course)" : "Sign up: \(course)" }
    func hello(_ name: String) -> String { sv ? "Hej \(name)" : "Hello \(name)" }
    func consentText(organisation: String) -> String {
        sv
            ? "\(organisation) sparar det du skriver här för att planera studiecirklar och utbildningar och för att rapportera till ABF. Uppgifterna sparas hos \(organisation) och lämnas inte till någon annan än ABF. Du kan när som helst se, ladda ner eller radera dina uppgifter på din personliga sida, som du får länken till i e-posten."
            : "\(organisation) keeps what you enter here to plan study circles and training and to report to ABF. The data is kept by \(organisation) and given to no one but ABF. You can see, download or erase your data at any time on your personal page, whose link you get by e-mail."
    }
    func tooLong(_ maximum: Int) -> String {
        sv ? "Högst \(maximum) tecken." : "At most \(maximum) characters."
    }
    func bornRange(_ thisYear: Int) -> String {
        sv
            ? "Skriv ett år mellan 1900 och \(thisYear), eller lämna tomt."
            : "Enter a year from 1900 to \(thisYear), or leave it empty."
    }
    func confirmed(_ course: String) -> String {
        sv
            ? "Tack! Din anmälan till \(course) är bekräftad. Du får ett e-postmeddelande med tid och plats när cirkeln är planerad."
            : "Thank you! Your sign-up for \(course) is confirmed. You get an e-mail with the time and place when the circle is planned."
    }
    func left(_ course: String) -> String {
        sv
            ? "Du har lämnat \(course). Din plats går till någon annan när cirklarna planeras nästa gång, och träffarna försvinner då ur din kalender."
            : "You have left \(course). Your place goes to someone else when the circles are next planned, and the meetings then leave your calendar."
    }
    func leaveQuestion(_ course: String) -> String {
        sv ? "Vill du lämna \(course)?" : "Do you want to leave \(course)?"
    }
    func absenceNoted(_ session: String) -> String {
        sv
            ? "Vi har meddelat cirkelledaren att du inte kan komma \(session)."
            : "We have told the leader that you cannot come on \(session)."
    }
    func absenceUndone(_ session: String) -> String {
        sv
            ? "Ditt förhinder \(session) är borttaget: du är väntad."
            : "Your notice for \(session) is withdrawn: you are expected."
    }
    func sessionLabel(_ number: Int, of count: Int) -> String {
        sv ? "Träff \(number) av \(count)" : "Meeting \(number) of \(count)"
    }
    func erased(kept: Int) -> String {
        let base =
            sv
            ? "Dina uppgifter är raderade: anmälningar, förhinder, länkar och meddelanden."
            : "Your data is erased: sign-ups, notices, links and messages."
        guard kept > 0 else { return base }
        return base
            + (sv
                ? " Närvaron vid \(kept) träffar sparas tills terminens rapport till ABF är gjord, som ABF:s regler kräver, och raderas sedan."
                : " Your attendance at \(kept) meetings is kept until the term's report to ABF is made, as ABF's rules require, and is erased then.")
    }
    func waitingFor(_ course: String) -> String {
        sv ? "Anmäld: väntar på nästa planering." : "Signed up: waiting for the next plan."
    }

    func saved(_ session: Int) -> String { sv ? "Träff \(session) är sparad." : "Meeting \(session) is saved." }
    func saveMeeting(_ session: Int) -> String { sv ? "Spara träff \(session)" : "Save meeting \(session)" }
    func attendanceHeading(_ course: String) -> String { sv ? "Närvarolista: \(course)" : "Attendance list: \(course)" }
    func studyHours(_ hours: Int, planned: Int) -> String {
        sv
            ? "Studietimmar hittills: \(hours) av \(planned) planerade"
            : "Study hours so far: \(hours) of \(planned) planned"
    }
    func savedSummary(present: Int, hours: Int) -> String {
        sv
            ? "Sparad: \(present) närvarande, \(hours) studietimmar."
            : "Saved: \(present) present, \(hours) study hours."
    }
    func staleMeeting(_ session: Int) -> String {
        sv
            ? "Någon annan sparade träff \(session) medan du fyllde i. Här är det som sparades: ändra och spara igen om något ska ändras."
            : "Someone else saved meeting \(session) while you were filling it in. This is what was saved: change it and save again if needed."
    }

    static let swedish: [String: String] = [
        "pdfList": "Närvarolista som PDF",
        "hoursAndRules": "Studietimmar och ABF:s regler",
        "otherMeetings": "Alla träffar",
        "whoCame": "Vilka kom?",
        "whoAtDistance": "Vilka var med på distans?",
        "noticeOfAbsence": "Har anmält förhinder",
        "from": "Från",
        "to": "Till",
        "breakMinutes": "Paus (min)",
        "today": "Idag",
        "notRecorded": "Inte ifylld",
        "leadFormIncomplete": "Fyll i från, till och paus som tid (HH:MM) och minuter; inget sparades.",
        "aboutCourse": "Om kursen",
        "closed": "Anmälan via webben är inte öppen just nu. Kontakta studieorganisatören.",
        "errorsHeading": "Något behöver rättas",
        "name": "Namn",
        "email": "E-post",
        "association": "Förening",
        "choose": "Välj …",
        "role": "Jag anmäler mig som",
        "born": "Födelseår",
        "forABF": "(frivilligt, för ABF:s rapportering)",
        "gender": "Kön",
        "genderF": "Kvinna",
        "genderM": "Man",
        "genderX": "Annat / vill inte ange",
        "never": "Dagar som aldrig passar",
        "note": "Meddelande till studieorganisatören",
        "noteHint": "(frivilligt, högst 500 tecken)",
        "trap": "Lämna det här fältet tomt",
        "consentHeading": "Samtycke",
        "consent": "Ja, jag samtycker",
        "send": "Skicka anmälan",
        "required": "Fyll i det här fältet.",
        "badEmail": "Skriv en e-postadress som namn@example.org.",
        "badName": "Skriv namnet på en rad, utan tabbar eller andra styrtecken.",
        "badAssociation": "Välj en förening i listan.",
        "badRole": "Välj en av de roller kursen är till för.",
        "badGender": "Välj ett av alternativen, eller inget.",
        "badWeekday": "Välj bland veckodagarna.",
        "needConsent": "Du behöver samtycka för att kunna anmäla dig.",
        "sentHeading": "Titta i din e-post",
        "sent":
            "Vi har skickat ett e-postmeddelande till adressen du angav. Öppna länken i det inom 7 dagar för att bekräfta anmälan. Kommer inget meddelande, titta i skräpposten.",
        "staleHeading": "Formuläret behöver skickas igen",
        "stale": "Formuläret var för gammalt eller hade redan skickats. Titta igenom uppgifterna och skicka igen.",
        "badForm": "Formuläret gick inte att läsa. Ladda om sidan och försök igen.",
        "badFormHeading": "Något gick fel",
        "unsupported": "Formuläret måste skickas som ett vanligt webbformulär.",
        "confirmedHeading": "Anmälan bekräftad",
        "yourPage": "Till din sida",
        "personalIntro": "Här ser du dina cirklar och träffar. Sidan är bara din: dela inte länken.",
        "yourCircles": "Dina cirklar",
        "noCirclesYet": "Du är inte med i någon cirkel ännu.",
        "online": "Länk till mötet",
        "attendanceList": "Närvarolista",
        "youCannotCome": "Du har anmält att du inte kan komma.",
        "undo": "Ångra: jag kommer",
        "cannotCome": "Jag kan inte komma",
        "leave": "Lämna cirkeln",
        "waitingHeading": "Väntar på plats",
        "yourData": "Dina uppgifter",
        "download": "Ladda ner mina uppgifter (JSON)",
        "newLinkHint":
            "Har någon annan fått din länk? Skapa en ny: den gamla slutar fungera direkt, också kalenderprenumerationen.",
        "newLink": "Ny länk",
        "eraseHint": "Radera allt vi har sparat om dig från webben. Du lämnar då alla cirklar.",
        "erase": "Radera mina uppgifter",
        "eraseQuestion": "Vill du radera dina uppgifter?",
        "eraseExplain":
            "Anmälningar, förhinder, din länk och dina meddelanden raderas och du lämnar alla cirklar. Närvaro vid träffar som redan hållits sparas tills terminens rapport till ABF är gjord, som ABF:s regler kräver.",
        "eraseYes": "Ja, radera",
        "leaveYes": "Ja, lämna cirkeln",
        "leaveExplain": "Du kan anmäla dig igen senare.",
        "erasedHeading": "Uppgifterna är raderade",
        "leftHeading": "Du har lämnat cirkeln",
        "noticeHeading": "Klart",
        "newLinkHeading": "Din nya länk",
        "newLinkDone":
            "Den gamla länken fungerar inte längre. Spara den nya, och prenumerera på kalendern igen från din sida.",
        "back": "Tillbaka till din sida",
        "cancelledStatus": "Inställd",
        "movedStatus": "Flyttad",
        "leader": "Cirkelledare",
        "youLead": "Du leder cirkeln",
        "place": "Plats",
        "atDistance": "Du deltar på distans",
        "tooMany": "För många försök från din adress. Vänta en stund och försök igen.",
        "tooManyHeading": "Vänta en stund",
        "unavailable": "Det går inte att anmäla sig just nu. Försök igen om en stund.",
        "pastSession": "Träffen har redan varit.",
    ]

    static let english: [String: String] = [
        "pdfList": "Attendance list as PDF",
        "hoursAndRules": "Study hours and ABF's rules",
        "otherMeetings": "All meetings",
        "whoCame": "Who came?",
        "whoAtDistance": "Who took part at distance?",
        "noticeOfAbsence": "Has sent a notice of absence",
        "from": "From",
        "to": "To",
        "breakMinutes": "Break (min)",
        "today": "Today",
        "notRecorded": "Not filled in",
        "leadFormIncomplete": "Fill in from, to and break as a time (HH:MM) and minutes; nothing was saved.",
        "aboutCourse": "About the course",
        "closed": "Sign-up on the web is not open now. Please contact the study organiser.",
        "errorsHeading": "Something needs fixing",
        "name": "Name",
        "email": "E-mail",
        "association": "Association",
        "choose": "Choose …",
        "role": "I sign up as",
        "born": "Year of birth",
        "forABF": "(optional, for ABF's reporting)",
        "gender": "Gender",
        "genderF": "Woman",
        "genderM": "Man",
        "genderX": "Other / rather not say",
        "never": "Days that never suit",
        "note": "Note to the study organiser",
        "noteHint": "(optional, at most 500 characters)",
        "trap": "Leave this field empty",
        "consentHeading": "Consent",
        "consent": "Yes, I consent",
        "send": "Send sign-up",
        "required": "Please fill in this field.",
        "badEmail": "Enter an e-mail address such as name@example.org.",
        "badName": "Write the name on one line, without tabs or other control characters.",
        "badAssociation": "Choose an association from the list.",
        "badRole": "Choose one of the roles the course is for.",
        "badGender": "Choose one of the options, or none.",
        "badWeekday": "Choose among the weekdays.",
        "needConsent": "You need to consent to sign up.",
        "sentHeading": "Check your e-mail",
        "sent":
            "We have sent an e-mail to the address you gave. Open the link in it within 7 days to confirm your sign-up. If nothing arrives, look in the spam folder.",
        "staleHeading": "Please send the form again",
        "stale": "The form was too old or had been sent already. Check what you entered and send it again.",
        "badForm": "The form could not be read. Reload the page and try again.",
        "badFormHeading": "Something went wrong",
        "unsupported": "The form must be sent as an ordinary web form.",
        "confirmedHeading": "Sign-up confirmed",
        "yourPage": "To your page",
        "personalIntro": "Here are your circles and meetings. This page is yours alone: do not share the link.",
        "yourCircles": "Your circles",
        "noCirclesYet": "You are not in a circle yet.",
        "online": "Meeting link",
        "attendanceList": "Attendance list",
        "youCannotCome": "You have said you cannot come.",
        "undo": "Undo: I will come",
        "cannotCome": "I cannot come",
        "leave": "Leave the circle",
        "waitingHeading": "Waiting for a place",
        "yourData": "Your data",
        "download": "Download my data (JSON)",
        "newLinkHint":
            "Has someone else got your link? Make a new one: the old one stops working at once, the calendar subscription too.",
        "newLink": "New link",
        "eraseHint": "Erase everything kept about you from the web. You then leave all circles.",
        "erase": "Erase my data",
        "eraseQuestion": "Do you want to erase your data?",
        "eraseExplain":
            "Sign-ups, notices, your link and your messages are erased and you leave all circles. Attendance at meetings already held is kept until the term's report to ABF is made, as ABF's rules require.",
        "eraseYes": "Yes, erase",
        "leaveYes": "Yes, leave the circle",
        "leaveExplain": "You can sign up again later.",
        "erasedHeading": "Your data is erased",
        "leftHeading": "You have left the circle",
        "noticeHeading": "Done",
        "newLinkHeading": "Your new link",
        "newLinkDone":
            "The old link no longer works. Keep the new one, and subscribe to the calendar again from your page.",
        "back": "Back to your page",
        "cancelledStatus": "Cancelled",
        "movedStatus": "Moved",
        "leader": "Leader",
        "youLead": "You lead this circle",
        "place": "Place",
        "atDistance": "You take part at distance",
        "tooMany": "Too many attempts from your address. Please wait a while and try again.",
        "tooManyHeading": "Please wait",
        "unavailable": "Sign-up is not possible right now. Please try again in a while.",
        "pastSession": "The meeting has been held.",
    ]
}
