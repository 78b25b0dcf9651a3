import Attendance
import Catalogue
import Foundation
import Planner
import Testing

/// Probe 6 of issue 15: a hybrid circle's far-away members take part online; the
/// attendance list now says so on their line (from the schedule's `remote`).
@Suite struct RemoteParticipantTests {
    @Test func aRemoteParticipantsLineCarriesTheDistanceMark() throws {
        let workspace = try WiredFixtures.workspace()
        var circle = WiredFixtures.circle()
        circle.remote = ["p0002"]
        let sheet = try AttendanceSheet(workspace: workspace, circle: circle)
        #expect(sheet.participants.map(\.remote) == [true, false])
        let lines = AttendanceCSV.export(sheet).components(separatedBy: "\r\n")
        #expect(lines.contains { $0.hasPrefix("p0002,Erik Berg,Vänsterpartiet Arvika (på distans),") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("p0003,\"Lind, Sara\",Vänsterpartiet Karlstad,") })
    }
}
