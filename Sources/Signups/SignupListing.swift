import Foundation
import State

/// The sign-ups as `circles signups` lists them for the organiser: one line each (number,
/// status, course, association, when, person, name and e-mail), then the counts.
public enum SignupListing {
    /// Every line for `signups` as of `now` (a pending sign-up past its confirmation time is
    /// marked expired), the counts last.
    public static func lines(_ signups: [Signup], now: Date) -> [String] {
        let stamp = ISO8601DateFormatter()
        let rows = signups.map { signup in
            var status = signup.status.rawValue
            if signup.mergedAt != nil { status += " (merged)" }
            if signup.status == .pending, now.timeIntervalSince(signup.createdAt) > SignupConfirmation.validity {
                status += " (expired)"
            }
            return [
                "sign-up \(signup.number)", status,
                signup.course, signup.association, stamp.string(from: signup.createdAt), signup.person ?? "-",
                "\(signup.name) <\(signup.email)>",
            ].joined(separator: "  ")
        }
        return rows + [counts(signups)]
    }

    /// `3 sign-ups: 1 pending, 2 confirmed, 0 rejected`, or `no sign-ups`.
    public static func counts(_ signups: [Signup]) -> String {
        guard !signups.isEmpty else { return "no sign-ups" }
        let parts = SignupStatus.allCases.map { status in
            "\(signups.filter { $0.status == status }.count) \(status.rawValue)"
        }
        return "\(signups.count) sign-up\(signups.count == 1 ? "" : "s"): \(parts.joined(separator: ", "))"
    }
}
