import Foundation

/// Reads the optional `web:` and `mail:` blocks of `plan.yaml`, reporting each mistake with
/// its line like the rest of the plan.
struct MailSettingsReader {
    let reader: YAMLReader

    static let webKeys = ["base_url", "retention_days"]
    static let mailKeys = ["from", "reply_to", "smtp", "remind_before", "max_per_minute"]
    static let smtpKeys = ["host", "port", "security", "user", "ca_file"]

    func web(_ plan: YAMLMapping) -> WebSettings? {
        guard let map = plan.mapping("web", allowed: Self.webKeys) else { return nil }
        guard let base = map.text("base_url", required: true) else { return nil }
        guard Self.isBaseURL(base) else {
            reader.log.add(
                map.location(of: "base_url"),
                key: map.name("base_url"),
                "expected an address such as https://kalender.example.org, found '\(base)'"
            )
            return nil
        }
        var retention = WebSettings.defaultRetentionDays
        if let days = map.int("retention_days") {
            guard days >= 1 else {
                reader.log.add(
                    map.location(of: "retention_days"),
                    key: map.name("retention_days"),
                    "expected a number of days of at least 1, found \(days)"
                )
                return nil
            }
            retention = days
        }
        return WebSettings(baseURL: base, retentionDays: retention)
    }

    /// The mail block; `web` is needed beside it, because every message links the person's page.
    func mail(_ plan: YAMLMapping, web: WebSettings?) -> MailSettings? {
        guard let map = plan.mapping("mail", allowed: Self.mailKeys) else { return nil }
        let from = address(map, "from", required: true)
        let replyTo = address(map, "reply_to", required: false)
        let smtp = map.mapping("smtp", required: true, allowed: Self.smtpKeys).flatMap(readSMTP)
        var remind = MailSettings.defaultRemindBeforeMinutes
        if let minutes = map.duration("remind_before") { remind = minutes }
        var perMinute = MailSettings.defaultMaxPerMinute
        if let limit = map.int("max_per_minute") {
            if limit >= 0 {
                perMinute = limit
            } else {
                reader.log.add(
                    map.location(of: "max_per_minute"),
                    key: map.name("max_per_minute"),
                    "expected 0 (no limit) or more messages a minute, found \(limit)"
                )
            }
        }
        if web == nil, plan.value("web") == nil {
            reader.log.add(
                plan.location(of: "mail"),
                key: "mail",
                "the messages link each person's own page: give web.base_url too"
            )
        }
        guard let from, let smtp else { return nil }
        return MailSettings(
            from: from,
            replyTo: replyTo,
            smtp: smtp,
            remindBeforeMinutes: remind,
            maxPerMinute: perMinute
        )
    }

    private func address(_ map: YAMLMapping, _ key: String, required: Bool) -> MailAddress? {
        guard let text = map.text(key, required: required) else { return nil }
        guard let address = MailAddress(parsing: text) else {
            reader.log.add(
                map.location(of: key),
                key: map.name(key),
                "expected an e-mail address such as \"Name <studier@example.org>\" or studier@example.org, found '\(text)'"
            )
            return nil
        }
        return address
    }

    private func readSMTP(_ map: YAMLMapping) -> MailSettings.SMTP? {
        let host = map.text("host", required: true)
        let security: MailSettings.Security? = map.choice("security", required: true)
        var port = security?.defaultPort
        if let given = map.int("port") {
            if (1...65535).contains(given) {
                port = given
            } else {
                reader.log.add(
                    map.location(of: "port"),
                    key: map.name("port"),
                    "expected a port from 1 to 65535, found \(given)"
                )
                port = nil
            }
        }
        let user = map.text("user")
        let caFile = map.text("ca_file")
        guard let host, let security, let port else { return nil }
        if security == .none, !MailSettings.SMTP.loopbackHosts.contains(host) {
            reader.log.add(
                map.location(of: "security"),
                key: map.name("security"),
                "'none' sends the password and every message unencrypted, so it is allowed only to 127.0.0.1 or ::1, not '\(host)'; use starttls or tls"
            )
            return nil
        }
        return MailSettings.SMTP(host: host, port: port, security: security, user: user, caFile: caFile)
    }

    /// `http(s)://` and a host, no query or fragment: links are made by appending paths.
    static func isBaseURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "https" || scheme == "http", let host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil
        else { return false }
        return true
    }
}
