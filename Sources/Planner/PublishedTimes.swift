import Catalogue

/// When each session of the last kept plan took place, so that re-planning keeps
/// published sessions where they are unless that became impossible (a moved
/// session costs more than any comfort gained, and every move is reported).
struct PublishedTimes: Sendable {
    private let sessions: [Circle.ID: [SessionTime]]
    private let rooms: [Circle.ID: Room.ID]

    init(schedule: Schedule?) {
        var sessions: [Circle.ID: [SessionTime]] = [:]
        var rooms: [Circle.ID: Room.ID] = [:]
        for circle in schedule?.circles ?? [] {
            let ordered = circle.sessions.sorted { $0.number < $1.number }
            let times = ordered.map { SessionTime(date: $0.start.date, start: $0.start.time) }
            if !times.isEmpty { sessions[circle.id] = times }
            if let room = ordered.first?.room { rooms[circle.id] = room }
        }
        self.sessions = sessions
        self.rooms = rooms
    }

    /// The room the circle's first session was published in.
    func room(of circle: Circle.ID) -> Room.ID? { rooms[circle] }

    /// The published sessions of `circle`, in order (empty if it was never published).
    func sessions(of circle: Circle.ID) -> [SessionTime] { sessions[circle] ?? [] }

    /// How many published sessions of `circle` would move if it met as `series`.
    func movedSessions(of circle: Circle.ID, in series: SessionSeries) -> Int {
        let old = sessions(of: circle)
        return zip(old, series.sessions).filter { $0 != $1 }.count + max(0, old.count - series.sessions.count)
    }
}
