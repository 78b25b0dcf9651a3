import CCurl
import Catalogue
import Foundation

/// SMTP through libcurl: STARTTLS or TLS, AUTH, the server's certificate checked (against
/// `smtp.ca_file` when given, else the system's authorities).
///
/// One easy handle for the whole batch: libcurl keeps the connection open between transfers
/// to the same server and reuses it (MAIL FROM, RCPT TO, DATA again), so a batch is one
/// connection and one login. The handle and the two buffers libcurl's callbacks use are owned
/// here and freed in `deinit`; no C pointer leaves this class. Not `Sendable`: one batch,
/// one thread.
public final class SMTPTransport: MailTransport {
    private let handle: UnsafeMutableRawPointer
    private let upload: UnsafeMutablePointer<circles_curl_upload>
    private let reply: UnsafeMutablePointer<circles_curl_reply>
    private let smtp: MailSettings.SMTP

    /// libcurl's global state, set up once per process before the first handle.
    private static let globalInit: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    /// `caFile` is an absolute path or nil; `password` comes from the environment only.
    public init(smtp: MailSettings.SMTP, password: String?, caFile: String?) throws(MailError) {
        guard Self.globalInit == CURLE_OK, let handle = curl_easy_init() else {
            throw .transport(reason: "libcurl could not be initialised")
        }
        self.handle = handle
        self.smtp = smtp
        upload = .allocate(capacity: 1)
        upload.initialize(to: circles_curl_upload(data: nil, length: 0, offset: 0))
        reply = .allocate(capacity: 1)
        reply.initialize(to: circles_curl_reply())
        circles_curl_set_callbacks(handle, upload, reply)

        let host = smtp.host.contains(":") ? "[\(smtp.host)]" : smtp.host
        let scheme = smtp.security == .tls ? "smtps" : "smtp"
        var failed: [CURLoption] = []
        func set(_ option: CURLoption, _ value: String) {
            if circles_curl_set_string(handle, option, value) != CURLE_OK { failed.append(option) }
        }
        func set(_ option: CURLoption, _ value: Int) {
            if circles_curl_set_long(handle, option, value) != CURLE_OK { failed.append(option) }
        }
        set(CURLOPT_URL, "\(scheme)://\(host):\(smtp.port)")
        set(CURLOPT_USE_SSL, smtp.security == .none ? Int(CURLUSESSL_NONE.rawValue) : Int(CURLUSESSL_ALL.rawValue))
        set(CURLOPT_SSL_VERIFYPEER, 1)
        set(CURLOPT_SSL_VERIFYHOST, 2)
        if let caFile { set(CURLOPT_CAINFO, caFile) }
        if let user = smtp.user {
            set(CURLOPT_USERNAME, user)
            set(CURLOPT_PASSWORD, password ?? "")
        }
        set(CURLOPT_UPLOAD, 1)
        set(CURLOPT_NOSIGNAL, 1)
        set(CURLOPT_CONNECTTIMEOUT, 20)
        set(CURLOPT_TIMEOUT, 120)
        if !failed.isEmpty {
            throw .transport(reason: "libcurl refused options \(failed.map(\.rawValue)) (built without SMTP or TLS?)")
        }
    }

    deinit {
        curl_easy_cleanup(handle)
        upload.deinitialize(count: 1)
        upload.deallocate()
        reply.deinitialize(count: 1)
        reply.deallocate()
    }

    public func send(_ message: String, from: String, to: String) throws(MailError) -> SendOutcome {
        let recipients = curl_slist_append(nil, "<\(to)>")
        defer { curl_slist_free_all(recipients) }
        _ = circles_curl_set_string(handle, CURLOPT_MAIL_FROM, "<\(from)>")
        _ = circles_curl_set_list(handle, CURLOPT_MAIL_RCPT, recipients)
        reply.pointee = circles_curl_reply()

        let bytes = Array(message.utf8)
        let code = bytes.withUnsafeBufferPointer { buffer -> CURLcode in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { data in
                upload.pointee = circles_curl_upload(data: data, length: buffer.count, offset: 0)
                defer { upload.pointee = circles_curl_upload(data: nil, length: 0, offset: 0) }
                return curl_easy_perform(handle)
            }
        }
        let status = circles_curl_response_code(handle)
        func text<T>(_ buffer: T) -> String {
            withUnsafeBytes(of: buffer) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
        }
        let line = text(reply.pointee.line)
        if code == CURLE_OK { return .accepted(reply: ServerReply.redacted(line)) }
        let failure = text(reply.pointee.failure)
        let answer = ServerReply.redacted(failure.isEmpty ? (line.isEmpty ? "no reply" : line) : failure)

        // A refusal of this recipient (RCPT) or this message (after DATA) comes as a send error
        // with the SMTP code; a refusal of the sender (MAIL: not logged in, sender not allowed)
        // would refuse every message alike, so it stops the batch instead of failing them all.
        let step = text(reply.pointee.error)
        if [CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_UPLOAD_FAILED].contains(code), (400..<600).contains(status) {
            if step.hasPrefix("MAIL") || status == 530 || status == 535 {
                if status < 500 { return .temporary(reply: answer) }
                throw .serverUnavailable(
                    host: smtp.host,
                    port: smtp.port,
                    reason: "the server refused the sender (\(answer))"
                )
            }
            return status >= 500 ? .refused(reply: answer) : .temporary(reply: answer)
        }
        switch code {
        case CURLE_LOGIN_DENIED:
            throw .serverUnavailable(
                host: smtp.host,
                port: smtp.port,
                reason: "the server refused the login (\(answer))"
            )
        default:
            let text = String(cString: curl_easy_strerror(code))
            let detail = status > 0 ? "\(text.lowercased()) (\(answer))" : text.lowercased()
            throw .serverUnavailable(host: smtp.host, port: smtp.port, reason: detail)
        }
    }
}
