/// What one `notify` run did, for the summary: counts, and for each refused message the
/// person's id and the server's answer (addresses taken out). Names nobody, carries no
/// address or token.
public struct NotifyReport: Sendable, Hashable, CustomStringConvertible {
    /// Messages that became due in this run.
    public var queued = 0
    public var sent = 0
    /// Person id and the server's answer, for each message refused for good in this run.
    public var failed: [(person: String, reply: String)] = []
    /// Temporary refusals: these messages are tried again later.
    public var deferred = 0
    /// Still in the outbox after the run (due later, deferred, or not reached).
    public var stillQueued = 0
    /// People with sessions but no usable e-mail address in people.csv.
    public var withoutAddress = 0
    /// Dry run: the .eml files written, and where.
    public var written = 0
    public var folder: String?
    /// Why sending stopped early (server down, login refused); nil if it did not.
    public var stopped: String?

    public init() {}

    public static func == (a: NotifyReport, b: NotifyReport) -> Bool { a.description == b.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    public var description: String {
        var lines: [String] = []
        if let folder {
            lines.append(
                "dry run: \(written) messages written to \(folder) (\(queued) newly due); nothing sent, nothing recorded"
            )
        } else {
            lines.append(
                "queued \(queued) new, sent \(sent), failed \(failed.count), deferred \(deferred), still queued \(stillQueued)"
            )
            for failure in failed { lines.append("failed: \(failure.person): \(failure.reply)") }
        }
        if withoutAddress > 0 {
            lines.append("\(withoutAddress) people have sessions but no e-mail address in people.csv")
        }
        if let stopped { lines.append("stopped: \(stopped)") }
        return lines.joined(separator: "\n")
    }
}
