import CirclesTesting
import Testing

/// One broken workspace for the validation table: what is changed in the
/// valid fixture, and the exact problems expected (`{root}` stands for the
/// workspace path).
struct ValidationCase: Sendable, CustomTestStringConvertible {
    let rule: String
    let edits: [WorkspaceFixture.Edit]
    let expected: [String]

    init(_ rule: String, _ edits: [WorkspaceFixture.Edit], _ expected: String...) {
        self.rule = rule
        self.edits = edits
        self.expected = expected
    }

    var testDescription: String { rule }
}
