import Catalogue
import Foundation
import Planner
import State

@testable import Feeds

/// The demo workspace planned and published once for the read-back and privacy tests.
final class DemoPublication: Sendable {
    // Safe to share: the fixture's files are written once in `init` and only read afterwards.
    nonisolated(unsafe) let fixture: FeedsFixture
    let schedule: Schedule
    let workspace: Workspace
    let report: PublishReport

    init() throws {
        fixture = try FeedsFixture(demo: ())
        workspace = try fixture.workspace()
        schedule = try fixture.plan()
        report = try fixture.publish(schedule)
    }

    /// Built on first use, then shared by every test that reads the demo's feeds.
    static let shared: Result<DemoPublication, any Error> = Result { try DemoPublication() }

    static func get() throws -> DemoPublication { try shared.get() }

    /// UID -> (start, end) instants as the schedule states them, read with Foundation's ISO 8601
    /// parser (not the code under test).
    var expectedTimes: [String: (Date, Date)] {
        let parser = ISO8601DateFormatter()
        let slug = "vansterpartiet-varmland"
        var times: [String: (Date, Date)] = [:]
        for circle in schedule.circles {
            for session in circle.sessions {
                times["\(circle.id)-\(session.number)@\(slug)"] = (
                    parser.date(from: session.start.description)!, parser.date(from: session.end.description)!
                )
            }
        }
        return times
    }
}

extension Date {
    /// `2022-03-24T17:30:00Z`.
    var utcText: String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: self)
    }
}

/// iCalendar text unfolded and unescaped, so a search for a name cannot miss one split by
/// line folding or written as `Lind\, Sara`.
func unfolded(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
        .replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
        .replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\N", with: "\n")
        .replacingOccurrences(of: "\\\\", with: "\\")
}
