import Foundation
import Testing

@testable import ICal

/// Every root component is freed exactly once, and none outlives the call that made it.
/// (A run under valgrind checks libical's side: see the report in the branch notes.)
@Suite struct OwnershipTests {
    @Test func manyCalendarsBuiltParsedAndCheckedLeaveNoLiveRoot() throws {
        let calendar = Fixtures.calendar()
        var bytes = 0
        for round in 0..<200 {
            var copy = calendar
            copy.events[0].sequence = round
            let text = try ICalWriter.serialize(copy)
            let parsed = try ICalParser.parse(text)
            #expect(parsed.events[0].sequence == round)
            #expect(try ICalParser.restrictionCheck(text).isEmpty)
            bytes += text.utf8.count
        }
        #expect(bytes > 200 * 1000)
        #expect(ICalLiveRoots.outsideAnyCall == 0)
    }

    @Test func errorsThrownMidParseLeaveNoLiveRoot() throws {
        let text = try ICalWriter.serialize(Fixtures.calendar())
            .replacingOccurrences(of: "TZID=Europe/Stockholm:20220324", with: "TZID=Nowhere/Else:20220324")
        for _ in 0..<50 {
            #expect(throws: ICalError.self) { try ICalParser.parse(text) }
        }
        #expect(ICalLiveRoots.outsideAnyCall == 0)
    }

    /// Many threads at once: the lock makes libical's global state safe to share.
    @Test func concurrentUseGivesTheSameBytes() async throws {
        let expected = try ICalWriter.serialize(Fixtures.calendar())
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    let text = try ICalWriter.serialize(Fixtures.calendar())
                    _ = try ICalParser.parse(text)
                    return text
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected })
        #expect(ICalLiveRoots.outsideAnyCall == 0)
    }
}
