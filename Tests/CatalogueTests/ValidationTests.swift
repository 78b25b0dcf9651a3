import CirclesTesting
import Testing

@testable import Catalogue

private typealias Edit = WorkspaceFixture.Edit

private let feminist = "catalogue/feministisk-grundkurs.yaml"
private let media = "catalogue/mediatraning-kandidater.yaml"

/// One broken workspace per validation rule, each with the exact messages.
let validationCases: [ValidationCase] = [
    // Unknown keys, with a suggestion when one is close.
    ValidationCase(
        "unknown key in plan",
        [.replace("plan.yaml", "timezone:", "timezon:")],
        "{root}/plan.yaml:2: timezon: unknown key; did you mean 'timezone'?"
    ),
    ValidationCase(
        "unknown key in course",
        [.replace(feminist, "sessions: 4", "sesions: 4")],
        "{root}/\(feminist):8: sesions: unknown key; did you mean 'sessions'?"
    ),
    ValidationCase(
        "unknown nested key",
        [.replace(feminist, "{ min: 4, max: 12 }", "{ min: 4, maks: 12 }")],
        "{root}/\(feminist):12: participants.maks: unknown key; did you mean 'max'?"
    ),
    ValidationCase(
        "unknown key without a close match",
        [.replace("venues.yaml", "  municipality: Karlstad", "  parking: yes")],
        "{root}/venues.yaml:3: parking: unknown key; expected one of id, name, municipality, address, location, online, url, rooms, closed"
    ),
    ValidationCase(
        "unknown key in associations",
        [.replace("associations.yaml", "municipality: Arvika", "kommun: Arvika")],
        "{root}/associations.yaml:3: kommun: unknown key; expected one of id, name, municipality, location"
    ),
    ValidationCase(
        "a key given twice",
        [.replace("plan.yaml", "language: sv\n", "language: sv\nlanguage: en\n")],
        "{root}/plan.yaml:3: language: the key appears more than once in the same mapping"
    ),
    ValidationCase(
        "courses that require each other first",
        [.replace(feminist, "after: []", "after: [mediatraning-kandidater]")],
        "{root}/\(feminist):18: after: the courses require each other first, so none can be taken: feministisk-grundkurs -> mediatraning-kandidater -> feministisk-grundkurs"
    ),
    // Wrong types.
    ValidationCase(
        "text where a number belongs",
        [.replace(feminist, "sessions: 4", "sessions: four")],
        "{root}/\(feminist):8: sessions: expected a whole number, found 'four'"
    ),
    ValidationCase(
        "a word where a list belongs",
        [.replace(feminist, "windows: [evening]", "windows: evening")],
        "{root}/\(feminist):11: windows: expected a list, found 'evening'"
    ),
    ValidationCase(
        "a word where a mapping belongs",
        [.replace(feminist, "participants: { min: 4, max: 12 }", "participants: 12")],
        "{root}/\(feminist):12: participants: expected a mapping of keys (min, max), found '12'"
    ),
    ValidationCase(
        "a value outside its choices",
        [.replace(feminist, "format: in-person", "format: inperson")],
        "{root}/\(feminist):7: format: expected one of in-person, digital, hybrid, found 'inperson'; did you mean 'in-person'?"
    ),
    ValidationCase(
        "an id with capitals",
        [.replace("venues.yaml", "id: abf-karlstad", "id: ABF-Karlstad"), .remove("circles.yaml")],
        "{root}/venues.yaml:1: id: 'ABF-Karlstad' is not a valid id: use lower-case letters a-z, digits and '-'"
    ),
    // Missing required keys.
    ValidationCase(
        "course without title",
        [.replace(feminist, "title: Feministisk grundkurs\n", "")],
        "{root}/\(feminist):1: title: required key is missing"
    ),
    ValidationCase(
        "course with an empty title",
        [.replace(feminist, "title: Feministisk grundkurs", "title: \"  \"")],
        "{root}/\(feminist):2: title: required value is empty"
    ),
    ValidationCase(
        "room without capacity",
        [.replace("venues.yaml", "{ id: main, capacity: 100 }", "{ id: main }")],
        "{root}/venues.yaml:14: rooms.capacity: required key is missing"
    ),
    ValidationCase(
        "missing file",
        [.remove("people.csv")],
        "{root}/people.csv: the file is missing; every workspace has people.csv"
    ),
    ValidationCase(
        "unreadable file",
        [.remove("people.csv"), .write("people.csv/notes.txt", "a folder, not a file")],
        "{root}/people.csv: the file cannot be read (is it a folder, or are its permissions too strict?)"
    ),
    // Unknown references.
    ValidationCase(
        "course window",
        [.replace(feminist, "windows: [evening]", "windows: [evenign]")],
        "{root}/\(feminist):11: windows: no window 'evenign' in {root}/plan.yaml; did you mean 'evening'?"
    ),
    ValidationCase(
        "course term",
        [.replace(media, "terms: [autumn-2022]", "terms: [autumn-2023]")],
        "{root}/\(media):12: terms: no term 'autumn-2023' in {root}/plan.yaml; did you mean 'autumn-2022'?"
    ),
    ValidationCase(
        "course after",
        [.replace(media, "after: [feministisk-grundkurs]", "after: [feministisk-fortsattning]")],
        "{root}/\(media):13: after: no course 'feministisk-fortsattning' in {root}/catalogue"
    ),
    ValidationCase(
        "person association",
        [.replace("people.csv", "Erik Berg,arvika", "Erik Berg,arvka")],
        "{root}/people.csv:3: association: no association 'arvka' in {root}/associations.yaml; did you mean 'arvika'?"
    ),
    ValidationCase(
        "enrolment person",
        [.replace("enrolments.csv", "p0002,mediatraning-kandidater", "p0009,mediatraning-kandidater")],
        "{root}/enrolments.csv:2: person: no person 'p0009' in {root}/people.csv"
    ),
    ValidationCase(
        "enrolment course",
        [.replace("enrolments.csv", "p0002,mediatraning-kandidater", "p0002,mediatraning")],
        "{root}/enrolments.csv:2: course: no course 'mediatraning' in {root}/catalogue"
    ),
    ValidationCase(
        "circle course",
        [.replace("circles.yaml", "course: feministisk-grundkurs", "course: feministisk")],
        "{root}/circles.yaml:2: course: no course 'feministisk' in {root}/catalogue"
    ),
    ValidationCase(
        "circle term",
        [.replace("circles.yaml", "term: spring-2022", "term: spring-2020")],
        "{root}/circles.yaml:3: term: no term 'spring-2020' in {root}/plan.yaml; did you mean 'spring-2022'?"
    ),
    ValidationCase(
        "circle venue",
        [.replace("circles.yaml", "venue: abf-karlstad", "venue: abf-arvika")],
        "{root}/circles.yaml:4: venue: no venue 'abf-arvika' in {root}/venues.yaml"
    ),
    ValidationCase(
        "circle leader",
        [.replace("circles.yaml", "leader: p0001", "leader: p0100")],
        "{root}/circles.yaml:5: leader: no person 'p0100' in {root}/people.csv"
    ),
    ValidationCase(
        "circle participant",
        [.replace("circles.yaml", "participants: [p0002, p0003]", "participants: [p0002, p0004]")],
        "{root}/circles.yaml:6: participants: no person 'p0004' in {root}/people.csv"
    ),
    ValidationCase(
        "pin room",
        [.replace("circles.yaml", "room: abf-karlstad/stora", "room: abf-karlstad/stor")],
        "{root}/circles.yaml:8: pinned.room: no room 'abf-karlstad/stor' in {root}/venues.yaml; did you mean 'abf-karlstad/stora'?"
    ),
    ValidationCase(
        "pin room in another venue",
        [.replace("circles.yaml", "room: abf-karlstad/stora", "room: digital/main")],
        "{root}/circles.yaml:8: pinned.room: room 'digital/main' is not in the circle's venue 'abf-karlstad'"
    ),
    ValidationCase(
        "circle term the course does not run in",
        [.replace(feminist, "terms: [spring-2022, autumn-2022]", "terms: [autumn-2022]")],
        "{root}/circles.yaml:3: term: course 'feministisk-grundkurs' does not run in term 'spring-2022' (its terms: autumn-2022)"
    ),
    ValidationCase(
        "circle leader without the qualification",
        [.replace("circles.yaml", "leader: p0001", "leader: p0002")],
        "{root}/circles.yaml:5: leader: p0002 does not hold qualification 'feminist-trainer' that course 'feministisk-grundkurs' asks of its leader"
    ),
    // Duplicate ids.
    ValidationCase(
        "duplicate term",
        [
            .replace(
                "plan.yaml",
                "windows:\n",
                "  - { id: spring-2022, name: Igen, from: 2022-01-01, to: 2022-01-02 }\nwindows:\n"
            )
        ],
        "{root}/plan.yaml:8: id: duplicate term id 'spring-2022' (first declared at {root}/plan.yaml:6)"
    ),
    ValidationCase(
        "duplicate room",
        [.replace("venues.yaml", "id: lilla", "id: stora")],
        "{root}/venues.yaml:8: rooms.id: duplicate room id 'abf-karlstad/stora' (first declared at {root}/venues.yaml:7)"
    ),
    ValidationCase(
        "duplicate person",
        [.replace("people.csv", "sara@example.org\n", "sara@example.org\np0002,Eva Berg,karlstad,member,,,,,\n")],
        "{root}/people.csv:5: id: duplicate person id 'p0002' (first declared at {root}/people.csv:3)"
    ),
    ValidationCase(
        "duplicate course in two files",
        [.write("catalogue/copy.yaml", WorkspaceFixture.media)],
        "{root}/catalogue/mediatraning-kandidater.yaml:1: id: duplicate course id 'mediatraning-kandidater' (first declared at {root}/catalogue/copy.yaml:1)"
    ),
    ValidationCase(
        "duplicate enrolment",
        [.replace("enrolments.csv", "p0003,feministisk-grundkurs", "p0002,feministisk-grundkurs")],
        "{root}/enrolments.csv:4: person: p0002 is already enrolled in 'feministisk-grundkurs' (first at {root}/enrolments.csv:3)"
    ),
    // Impossible numbers.
    ValidationCase(
        "min greater than max",
        [.replace(feminist, "{ min: 4, max: 12 }", "{ min: 14, max: 12 }")],
        "{root}/\(feminist):12: participants.max: max (12) is smaller than min (14)"
    ),
    ValidationCase(
        "zero sessions",
        [.replace(media, "sessions: 2", "sessions: 0")],
        "{root}/\(media):5: sessions: a course has at least 1 session, found 0"
    ),
    ValidationCase(
        "session longer than every window",
        [.replace(media, "length: 90", "length: 7h")],
        "{root}/\(media):6: length: a session of 7h fits in none of the course's windows (weekend 10:00-16:00 is 6h)"
    ),
    ValidationCase(
        "zero capacity",
        [.replace("venues.yaml", "capacity: 10,", "capacity: 0,")],
        "{root}/venues.yaml:8: rooms.capacity: a room holds at least 1 person, found 0"
    ),
    ValidationCase(
        "negative travel",
        [.replace("plan.yaml", "max_km: 60", "max_km: -5")],
        "{root}/plan.yaml:15: travel.max_km: expected a distance in km greater than 0, found -5"
    ),
    // Dates outside terms.
    ValidationCase(
        "deadline before the first term",
        [.replace(feminist, "deadline: 2022-12-01", "deadline: 2022-01-05")],
        "{root}/\(feminist):17: deadline: 2022-01-05 leaves no day for sessions: the course's first term 'spring-2022' starts 2022-01-10"
    ),
    ValidationCase(
        "pin outside the circle's term",
        [.replace("circles.yaml", "start: 2022-02-01T18:30", "start: 2022-07-01T18:30")],
        "{root}/circles.yaml:8: pinned.start: 2022-07-01 is outside term 'spring-2022' (2022-01-10 to 2022-06-17)"
    ),
    ValidationCase(
        "pin of a session the course does not have",
        [.replace("circles.yaml", "session: 1", "session: 5")],
        "{root}/circles.yaml:8: pinned.session: course 'feministisk-grundkurs' has 4 sessions, found session 5"
    ),
    // Malformed dates, times, durations and ranges.
    ValidationCase(
        "malformed date",
        [.replace("plan.yaml", "from: 2022-01-10", "from: 2022-13-01")],
        "{root}/plan.yaml:6: from: expected a date YYYY-MM-DD, found '2022-13-01'"
    ),
    ValidationCase(
        "malformed time",
        [.replace("plan.yaml", "from: \"18:00\"", "from: \"18.00\"")],
        "{root}/plan.yaml:9: windows.evening.from: expected a time HH:MM, found '18.00'"
    ),
    ValidationCase(
        "window ending before it starts",
        [.replace("plan.yaml", "to: \"16:00\"", "to: \"09:00\"")],
        "{root}/plan.yaml:10: windows.weekend.to: the window ends (09:00) before it starts (10:00)"
    ),
    ValidationCase(
        "malformed duration",
        [.replace(feminist, "length: 2h30m", "length: 2.5h")],
        "{root}/\(feminist):9: length: expected a duration in minutes (150) or hours and minutes (2h30m), found '2.5h'"
    ),
    ValidationCase(
        "backwards blackout",
        [.replace("plan.yaml", "{ from: 2022-08-29, to: 2022-09-10", "{ from: 2022-09-10, to: 2022-08-29")],
        "{root}/plan.yaml:13: to: the period ends (2022-08-29) before it starts (2022-09-10)"
    ),
    ValidationCase(
        "malformed pin start",
        [.replace("circles.yaml", "start: 2022-02-01T18:30", "start: 2022-02-01 18:30")],
        "{root}/circles.yaml:8: pinned.start: expected a date and time YYYY-MM-DDTHH:MM, found '2022-02-01 18:30'"
    ),
    ValidationCase(
        "malformed unavailable hours",
        [.replace("people.csv", "mon 18:00-20:00", "mon 18-20")],
        "{root}/people.csv:4: unavailable: 'mon 18-20' is not a weekday (wed), a date (2022-03-14), a range (2022-03-14..2022-03-20) or a weekday's hours (mon 18:00-20:00)"
    ),
    ValidationCase(
        "backwards unavailable range",
        [.replace("people.csv", "2022-03-14..2022-03-20", "2022-03-20..2022-03-14")],
        "{root}/people.csv:2: unavailable: '2022-03-20..2022-03-14' is not a weekday (wed), a date (2022-03-14), a range (2022-03-14..2022-03-20) or a weekday's hours (mon 18:00-20:00)"
    ),
    ValidationCase(
        "unknown role",
        [.replace("people.csv", "member;candidate", "member;candidat")],
        "{root}/people.csv:3: roles: 'candidat' is not a role; expected member, trainer, chair, candidate, membership-officer; did you mean 'candidate'?"
    ),
    ValidationCase(
        "malformed year of birth",
        [.replace("people.csv", ",1990,", ",90,")],
        "{root}/people.csv:3: born: expected a year of birth such as 1978, found '90'"
    ),
    // CSV structure.
    ValidationCase(
        "CSV row with a field missing",
        [
            .replace(
                "people.csv",
                "p0002,Erik Berg,arvika,member;candidate,,,",
                "p0002,Erik Berg,arvika,member;candidate,,"
            )
        ],
        "{root}/people.csv:3: expected 9 fields as in the header, found 8"
    ),
    ValidationCase(
        "CSV header without a required column",
        [.replace("enrolments.csv", "person,course", "person,kurs")],
        "{root}/enrolments.csv:1: course: required column is missing from the header"
    ),
    ValidationCase(
        "CSV quote never closed",
        [.replace("people.csv", "p0003,\"Lind, Sara\"", "p0003,\"Lind, Sara")],
        "{root}/people.csv:4: a quoted field is never closed (missing '\"')"
    ),
    // Enrolments and leaders.
    ValidationCase(
        "enrolment outside the audience",
        [.replace("enrolments.csv", "p0003,feministisk-grundkurs", "p0003,mediatraning-kandidater")],
        "{root}/enrolments.csv:4: person: p0003 (member) may not take 'mediatraning-kandidater': it is open to candidate"
    ),
    ValidationCase(
        "qualification nobody holds",
        [.replace(media, "leader: media-trainer", "leader: press-trainer")],
        "{root}/\(media):11: leader: no person holds qualification 'press-trainer'"
    ),
    ValidationCase(
        "participant under 13 in an ABF study circle",
        [.replace("people.csv", ",2001,x,", ",2012,x,")],
        "{root}/enrolments.csv:4: person: p0003 (born 2012) is under 13, the youngest age in an ABF study circle",
        "{root}/circles.yaml:6: participants: p0003 (born 2012) is under 13, the youngest age in an ABF study circle"
    ),
    // Plan.
    ValidationCase(
        "time zone that does not exist",
        [.replace("plan.yaml", "Europe/Stockholm", "Europe/Stokholm")],
        "{root}/plan.yaml:2: timezone: 'Europe/Stokholm' is not a time zone known to this system; expected an IANA name such as Europe/Stockholm"
    ),
    ValidationCase(
        "YAML syntax error",
        [.replace("plan.yaml", "language: sv", "language: [sv")],
        "{root}/plan.yaml:4: not valid YAML: did not find expected ',' or ']' while parsing a flow sequence"
    ),
    // ABF study circles.
    ValidationCase(
        "ABF: fewer than 3 meetings",
        [.replace(feminist, "sessions: 4", "sessions: 2")],
        "{root}/\(feminist):8: sessions: an ABF study circle meets at least 3 times, found 2",
        "{root}/\(feminist):9: length: an ABF study circle needs at least 9 study hours of 45 minutes; 2 sessions of 2h30m give 6"
    ),
    ValidationCase(
        "ABF: fewer than 9 study hours",
        [.replace(feminist, "length: 2h30m", "length: 2h")],
        "{root}/\(feminist):9: length: an ABF study circle needs at least 9 study hours of 45 minutes; 4 sessions of 2h give 8"
    ),
    ValidationCase(
        "ABF: a meeting longer than 3 hours",
        [.replace(feminist, "length: 2h30m", "length: 3h15m")],
        "{root}/\(feminist):9: length: an ABF study circle meeting lasts at most 3 hours (4 study hours), found 3h15m"
    ),
    ValidationCase(
        "ABF: more than 20 with the leader",
        [.replace(feminist, "max: 12", "max: 20")],
        "{root}/\(feminist):12: participants.max: an ABF study circle has at most 20 people with the leader; 20 participants and a leader make 21"
    ),
    ValidationCase(
        "ABF: fewer than 3 with the leader",
        [.replace(feminist, "min: 4", "min: 1")],
        "{root}/\(feminist):12: participants.min: an ABF study circle has at least 3 people with the leader; 1 participant and a leader make 2"
    ),
    ValidationCase(
        "ABF: more than 3 meetings a week",
        [.replace(feminist, "cadence: weekly", "cadence: days")],
        "{root}/\(feminist):10: cadence: an ABF study circle meets at most 3 times a week; 'days' with 4 sessions meets 4 days in a row"
    ),
    // Capacity.
    ValidationCase(
        "no room holds even the smallest circle",
        [.replace("venues.yaml", "capacity: 30", "capacity: 4")],
        "{root}/\(feminist):12: participants: no physical room with projector holds 13 people (12 participants and the leader); the largest, abf-karlstad/stora, holds 4, fewer than the smallest circle (4 participants and the leader)"
    ),
    ValidationCase(
        "a hybrid course without an online link",
        [
            .replace(feminist, "format: in-person", "format: hybrid"),
            .replace("venues.yaml", "  url: \"https://meet.example.org/{circle}\"\n", ""),
        ],
        "{root}/\(feminist):7: format: a hybrid course needs a link for the members who take part online: add an online venue with a url (\"https://.../{circle}\") to {root}/venues.yaml"
    ),
    ValidationCase(
        "online rooms count for digital courses only",
        [
            .replace(feminist, "format: in-person", "format: digital"),
            .replace("circles.yaml", "  venue: abf-karlstad\n", ""),
            .replace("circles.yaml", ", room: abf-karlstad/stora", ""),
        ],
        "{root}/\(feminist):15: room: no online room with projector in {root}/venues.yaml"
    ),
]

@Suite("Validation: one broken workspace per rule")
struct ValidationTests {
    @Test(arguments: validationCases)
    func reportsTheMistakeExactly(_ broken: ValidationCase) throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(broken.edits)
        let problems = try fixture.problems()
        #expect(problems == broken.expected, "found:\n\(problems.joined(separator: "\n"))")
    }

    @Test func aMissingWorkspaceIsOneClearProblem() throws {
        let error = #expect(throws: WorkspaceLoadError.self) { try Workspace.load(from: "/nonexistent/Courses") }
        #expect(
            error?.problems.map(\.description) == [
                "/nonexistent/Courses: no such workspace folder; expected a folder with plan.yaml, venues.yaml, associations.yaml, catalogue/, people.csv and enrolments.csv"
            ]
        )
    }
}
