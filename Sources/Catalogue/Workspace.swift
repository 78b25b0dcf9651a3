/// A loaded and validated workspace: every file of format v1 as plain values,
/// with every reference between them checked to resolve.
///
/// Load one with `Workspace.load(from:)`. Lists keep a stable order (file order
/// for plan entries, venues, associations, people and enrolments; courses by
/// id) so that the same files always give the same plan. Lookups by id are
/// dictionary-backed.
public struct Workspace: Sendable {
    /// The workspace folder as the user gave it (`Courses`); file names in
    /// messages start with it.
    public let path: String
    public let plan: Plan
    public let venues: [Venue]
    public let associations: [Association]
    /// Sorted by id.
    public let courses: [Course]
    public let people: [Person]
    public let enrolments: [Enrolment]
    /// From `circles.yaml`; empty when there is none.
    public let fixedCircles: [FixedCircle]
    /// What loaded but deserves the organiser's eye (a course capped by its largest room),
    /// with file, line and key like problems; the commands print them as warnings.
    public internal(set) var warnings: [WorkspaceProblem] = []
    /// The fingerprint of what was added from outside the files (`WorkspaceAdditions`);
    /// nil when nothing was, so a workspace of files alone keeps its fingerprint.
    public internal(set) var additionsFingerprint: String?

    private let venueIndex: [Venue.ID: Int]
    private let roomIndex: [Room.ID: Room]
    private let associationIndex: [Association.ID: Int]
    private let courseIndex: [Course.ID: Int]
    private let personIndex: [Person.ID: Int]
    private let termIndex: [Term.ID: Int]
    private let windowIndex: [TimeWindow.ID: Int]
    private let fixedCircleIndex: [Circle.ID: Int]

    /// Builds a workspace from values; used by the loader, and by tests that
    /// need a workspace without files. Ids are assumed unique (the loader
    /// checks it); on a repeat the first one wins.
    public init(
        path: String,
        plan: Plan,
        venues: [Venue],
        associations: [Association],
        courses: [Course],
        people: [Person],
        enrolments: [Enrolment],
        fixedCircles: [FixedCircle]
    ) {
        func index<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
            Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.path = path
        self.plan = plan
        self.venues = venues
        self.associations = associations
        self.courses = courses.sorted { $0.id < $1.id }
        self.people = people
        self.enrolments = enrolments
        self.fixedCircles = fixedCircles
        venueIndex = index(venues.map(\.id))
        roomIndex = Dictionary(venues.flatMap(\.rooms).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        associationIndex = index(associations.map(\.id))
        courseIndex = index(self.courses.map(\.id))
        personIndex = index(people.map(\.id))
        termIndex = index(plan.terms.map(\.id))
        windowIndex = index(plan.windows.map(\.id))
        fixedCircleIndex = index(fixedCircles.map(\.id))
    }

    public func venue(_ id: Venue.ID) -> Venue? { venueIndex[id].map { venues[$0] } }
    public func room(_ id: Room.ID) -> Room? { roomIndex[id] }
    public func association(_ id: Association.ID) -> Association? { associationIndex[id].map { associations[$0] } }
    public func course(_ id: Course.ID) -> Course? { courseIndex[id].map { courses[$0] } }
    public func person(_ id: Person.ID) -> Person? { personIndex[id].map { people[$0] } }
    public func term(_ id: Term.ID) -> Term? { termIndex[id].map { plan.terms[$0] } }
    public func window(_ id: TimeWindow.ID) -> TimeWindow? { windowIndex[id].map { plan.windows[$0] } }
    public func fixedCircle(_ id: Circle.ID) -> FixedCircle? { fixedCircleIndex[id].map { fixedCircles[$0] } }

    /// Every room of every venue, venues in file order.
    public var rooms: [Room] { venues.flatMap(\.rooms) }

    /// The terms of `course`, resolved.
    public func terms(of course: Course) -> [Term] { course.terms.compactMap(term) }

    /// The windows of `course`, resolved.
    public func windows(of course: Course) -> [TimeWindow] { course.windows.compactMap(window) }

    /// The enrolments for `course`, in file order.
    public func enrolments(for course: Course.ID) -> [Enrolment] { enrolments.filter { $0.course == course } }

    /// The people who hold `qualification`, in file order.
    public func people(holding qualification: Qualification) -> [Person] {
        people.filter { $0.holds(qualification) }
    }
}
