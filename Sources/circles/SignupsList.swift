import ArgumentParser
import Foundation
import Signups
import State

/// `circles signups [WORKSPACE] [--csv FILE]`.
struct SignupsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the sign-ups: number, status, course, association, when, person, name and e-mail.",
        discussion: """
            A pending sign-up not confirmed within 7 days is marked expired (`circles prune` \
            deletes it). \
            With --csv, also writes every sign-up (notes and dates included) to FILE with mode \
            0600: it holds personal data, keep it out of shared folders.
            """
    )

    @OptionGroup var workspace: WorkspaceArgument

    @Option(help: "Also write the sign-ups to this CSV file (mode 0600).")
    var csv: String?

    func run() throws {
        guard let store = try SignupsStore.open(workspace.path) else {
            print("no sign-ups in \(workspace.path)")
            if let csv {
                let lock = try WriterLock.take(workspace.path, command: "signups --csv")
                defer { withExtendedLifetime(lock) {} }
                try SignupExport.write([], to: csv)
                print("wrote 0 sign-ups to \(csv)")
            }
            return
        }
        let signups = try store.signups()
        let stamp = ISO8601DateFormatter()
        let now = store.now()
        for signup in signups {
            var status = signup.status.rawValue
            if signup.mergedAt != nil { status += " (merged)" }
            if signup.status == .pending, now.timeIntervalSince(signup.createdAt) > SignupConfirmation.validity {
                status += " (expired)"
            }
            let fields = [
                "sign-up \(signup.number)", status,
                signup.course, signup.association, stamp.string(from: signup.createdAt), signup.person ?? "-",
                "\(signup.name) <\(signup.email)>",
            ]
            print(fields.joined(separator: "  "))
        }
        print(Self.counts(signups))
        if let csv {
            let lock = try WriterLock.take(workspace.path, command: "signups --csv")
            defer { withExtendedLifetime(lock) {} }
            try SignupExport.write(signups, to: csv)
            print("wrote \(signups.count) sign-ups to \(csv)")
        }
    }

    static func counts(_ signups: [Signup]) -> String {
        guard !signups.isEmpty else { return "no sign-ups" }
        let parts = SignupStatus.allCases.map { status in
            "\(signups.filter { $0.status == status }.count) \(status.rawValue)"
        }
        return "\(signups.count) sign-up\(signups.count == 1 ? "" : "s"): \(parts.joined(separator: ", "))"
    }
}
