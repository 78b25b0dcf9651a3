import CirclesTesting
import Testing

@testable import Catalogue

/// The `web:` and `mail:` blocks appended to the fixture's plan.yaml (from line 16).
private let travel = "travel:\n  max_km: 60\n"
private let block = """
    web:
      base_url: https://kalender.example.org
    mail:
      from: "Vänsterpartiet Värmland <studier@example.org>"
      smtp: { host: smtp.example.org, port: 587, security: starttls, user: studier }
      remind_before: 24h

    """

private func withMail(_ old: String = "", _ new: String = "") -> [WorkspaceFixture.Edit] {
    [.replace("plan.yaml", travel, travel + (old.isEmpty ? block : block.replacingOccurrences(of: old, with: new)))]
}

/// One broken `web:` or `mail:` block per rule, each with the exact message.
let mailValidationCases: [ValidationCase] = [
    ValidationCase(
        "security none to another machine",
        withMail("security: starttls", "security: none"),
        "{root}/plan.yaml:20: mail.smtp.security: 'none' sends the password and every message unencrypted, so it is allowed only to 127.0.0.1 or ::1, not 'smtp.example.org'; use starttls or tls"
    ),
    ValidationCase(
        "an unknown security",
        withMail("security: starttls", "security: ssl"),
        "{root}/plan.yaml:20: mail.smtp.security: expected one of starttls, tls, none, found 'ssl'"
    ),
    ValidationCase(
        "a from that is no address",
        withMail("\"Vänsterpartiet Värmland <studier@example.org>\"", "studier at example.org"),
        "{root}/plan.yaml:19: mail.from: expected an e-mail address such as \"Name <studier@example.org>\" or studier@example.org, found 'studier at example.org'"
    ),
    ValidationCase(
        "no from",
        withMail("  from: \"Vänsterpartiet Värmland <studier@example.org>\"\n", ""),
        "{root}/plan.yaml:19: mail.from: required key is missing"
    ),
    ValidationCase(
        "no smtp",
        withMail("  smtp: { host: smtp.example.org, port: 587, security: starttls, user: studier }\n", ""),
        "{root}/plan.yaml:19: mail.smtp: required key is missing"
    ),
    ValidationCase(
        "a port out of range",
        withMail("port: 587", "port: 70000"),
        "{root}/plan.yaml:20: mail.smtp.port: expected a port from 1 to 65535, found 70000"
    ),
    ValidationCase(
        "an unknown smtp key",
        withMail("user: studier", "password: hemligt"),
        "{root}/plan.yaml:20: mail.smtp.password: unknown key; expected one of host, port, security, user, ca_file"
    ),
    ValidationCase(
        "a reminder that is no duration",
        withMail("remind_before: 24h", "remind_before: tomorrow"),
        "{root}/plan.yaml:21: mail.remind_before: expected a duration in minutes (150) or hours and minutes (2h30m), found 'tomorrow'"
    ),
    ValidationCase(
        "mail without web",
        withMail("web:\n  base_url: https://kalender.example.org\n", ""),
        "{root}/plan.yaml:17: mail: the messages link each person's own page: give web.base_url too"
    ),
    ValidationCase(
        "a base URL without scheme",
        withMail("base_url: https://kalender.example.org", "base_url: kalender.example.org"),
        "{root}/plan.yaml:17: web.base_url: expected an address such as https://kalender.example.org, found 'kalender.example.org'"
    ),
    ValidationCase(
        "retention of no days",
        withMail(
            "base_url: https://kalender.example.org",
            "base_url: https://kalender.example.org\n  retention_days: 0"
        ),
        "{root}/plan.yaml:18: web.retention_days: expected a number of days of at least 1, found 0"
    ),
]

@Suite("Validation: the web: and mail: blocks of plan.yaml")
struct MailSettingsValidationTests {
    @Test(arguments: mailValidationCases)
    func reportsTheMistakeExactly(_ broken: ValidationCase) throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(broken.edits)
        let problems = try fixture.problems()
        #expect(problems == broken.expected, "found:\n\(problems.joined(separator: "\n"))")
    }

    @Test func aValidBlockIsRead() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(withMail())
        let workspace = try Workspace.load(from: try fixture.write())
        #expect(workspace.plan.web == WebSettings(baseURL: "https://kalender.example.org", retentionDays: 365))
        let mail = try #require(workspace.plan.mail)
        #expect(mail.from == MailAddress(name: "Vänsterpartiet Värmland", address: "studier@example.org"))
        #expect(mail.replyTo == nil)
        #expect(
            mail.smtp == MailSettings.SMTP(host: "smtp.example.org", port: 587, security: .starttls, user: "studier")
        )
        #expect(mail.remindBeforeMinutes == 24 * 60)
        #expect(mail.maxPerMinute == MailSettings.defaultMaxPerMinute)
    }

    @Test func noneIsAllowedToLoopbackAndPortsDefault() throws {
        var fixture = WorkspaceFixture()
        try fixture.apply(
            withMail(
                "{ host: smtp.example.org, port: 587, security: starttls, user: studier }",
                "{ host: \"::1\", security: none }"
            )
        )
        let workspace = try Workspace.load(from: try fixture.write())
        #expect(workspace.plan.mail?.smtp == MailSettings.SMTP(host: "::1", port: 25, security: .none))
    }

    @Test func aV1PlanHasNeither() throws {
        let workspace = try Workspace.load(from: try WorkspaceFixture().write())
        #expect(workspace.plan.web == nil && workspace.plan.mail == nil)
    }
}
