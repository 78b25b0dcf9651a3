/// One ITC-2007 track 3 (curriculum-based course timetabling) instance, as read
/// from a `.ctt` file. Indices are positions in the file's sections.
public struct Instance: Hashable, Sendable {
    public struct Course: Hashable, Sendable {
        public var name: String
        public var teacher: String
        public var lectures: Int
        public var minWorkingDays: Int
        public var students: Int
    }

    public struct Room: Hashable, Sendable {
        public var name: String
        public var capacity: Int
    }

    public struct Curriculum: Hashable, Sendable {
        public var name: String
        /// Course indices.
        public var courses: [Int]
    }

    public struct Unavailability: Hashable, Sendable {
        public var course: Int
        public var day: Int
        public var period: Int
    }

    public var name: String
    public var days: Int
    public var periodsPerDay: Int
    public var courses: [Course]
    public var rooms: [Room]
    public var curricula: [Curriculum]
    public var unavailability: [Unavailability]

    public var periods: Int { days * periodsPerDay }
}
