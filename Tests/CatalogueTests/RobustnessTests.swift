import CirclesTesting
import Testing

@testable import Catalogue

/// Loading never crashes on bad input: damaged copies of the valid fixture
/// either load or give problems that each name a file.
@Suite("Robustness against damaged files")
struct RobustnessTests {
    static let fragments = [
        "", "\n", ":", "- ", "[", "]", "{", "}", "\"", ",", ";", "..", "-", "0", "99999999999999999999", "-1",
        "2022-02-30", "25:00", "\t", "&a", "*a", "!!int ", "#", "ö", "\u{0}", "..2022-01-01", "x: [", "'",
    ]

    @Test(arguments: 0..<8)
    func damagedCopiesNeverCrash(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &* 7919)
        let names = WorkspaceFixture.valid.keys.sorted()
        for _ in 0..<20 {
            var fixture = WorkspaceFixture()
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let name = names.randomElement(using: &random)!
                var text = Array(fixture.files[name]!)
                let position = Int.random(in: 0...text.count, using: &random)
                let cut = Int.random(in: 0...min(8, text.count - position), using: &random)
                text.replaceSubrange(position..<(position + cut), with: Self.fragments.randomElement(using: &random)!)
                try fixture.apply(.write(name, String(text)))
            }
            for problem in try fixture.problems() {
                #expect(problem.hasPrefix("{root}"), "\(problem)")
            }
        }
    }
}
