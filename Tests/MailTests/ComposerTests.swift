import Catalogue
import Foundation
import Testing

@testable import Mail

/// Decodes `=?UTF-8?B?...?=` words joined by folding white space, as RFC 2047 readers do.
private func decodeEncodedWords(_ header: String) -> String {
    let body = header.replacingOccurrences(of: "\r\n ", with: " ")
    var bytes: [UInt8] = []
    for word in body.split(separator: " ") where word.hasPrefix("=?UTF-8?B?") {
        let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
        bytes += Data(base64Encoded: String(base64)).map(Array.init) ?? []
    }
    return String(decoding: bytes, as: UTF8.self)
}

private func quotedPrintableDecode(_ text: String) -> String {
    var bytes: [UInt8] = []
    let lines = text.components(separatedBy: "\r\n")
    for (index, line) in lines.enumerated() {
        var characters = Array(line.utf8)
        let soft = characters.last == UInt8(ascii: "=")
        if soft { characters.removeLast() }
        var i = 0
        while i < characters.count {
            if characters[i] == UInt8(ascii: "="), i + 2 < characters.count + 0,
                let byte = UInt8(String(decoding: characters[(i + 1)...(i + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(byte)
                i += 3
            } else {
                bytes.append(characters[i])
                i += 1
            }
        }
        if !soft, index < lines.count - 1 { bytes += [10] }
    }
    return String(decoding: bytes, as: UTF8.self)
}

@Suite("Composing: RFC 2047 headers, quoted-printable bodies, line lengths")
struct ComposerTests {
    static let subjects = [
        "Välkommen: dina träffar med Vänsterpartiet Värmland",
        "Påminnelse: Feministisk grundkurs, träff 2 av 4, 15/3 kl. 18.00 – åäö ÅÄÖ é ü 😀 and a long tail of words to fold",
        String(repeating: "ö", count: 200),
        "Plain ASCII subject that is long enough to need folding at least once, surely, yes indeed it is",
    ]

    @Test(arguments: subjects)
    func subjectsAreEncodedWordsThatDecodeBackAndFit(_ subject: String) {
        let header = HeaderEncoding.unstructured("Subject", subject)
        #expect(header.allSatisfy { $0.isASCII })
        for line in header.components(separatedBy: "\r\n") { #expect(line.count <= 78, "\(line)") }
        if HeaderEncoding.needsEncoding(subject) {
            for word in header.replacingOccurrences(of: "\r\n", with: "").split(separator: " ").dropFirst() {
                #expect(word.count <= 75)
                #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
                // Each word is whole UTF-8 on its own: no character split across two words.
                let base64 = word.dropFirst(10).dropLast(2)
                let bytes = Data(base64Encoded: String(base64))!
                #expect(String(data: bytes, encoding: .utf8) != nil)
            }
            #expect(decodeEncodedWords(String(header.dropFirst("Subject:".count))) == subject)
        } else {
            #expect(header.replacingOccurrences(of: "\r\n", with: "") == "Subject: " + subject)
        }
    }

    @Test func theFirstWordFitsBesideTheName() {
        let header = HeaderEncoding.unstructured("Subject", "Välkommen")
        #expect(header == "Subject: =?UTF-8?B?VsOkbGtvbW1lbg==?=")
    }

    @Test func addressesQuoteOrEncodeTheNameOnly() {
        #expect(
            HeaderEncoding.address("To", MailAddress(name: "Erik Berg", address: "erik@example.org"))
                == "To: Erik Berg <erik@example.org>"
        )
        #expect(
            HeaderEncoding.address("To", MailAddress(name: "Lind, Sara", address: "sara@example.org"))
                == "To: \"Lind, Sara\" <sara@example.org>"
        )
        #expect(HeaderEncoding.address("To", MailAddress(address: "sara@example.org")) == "To: sara@example.org")
        #expect(
            HeaderEncoding.address("From", MailAddress(name: "Åsa Öberg", address: "asa@example.org"))
                == "From: =?UTF-8?B?w4VzYSDDlmJlcmc=?= <asa@example.org>"
        )
    }

    static let bodies = [
        "Hej Åsa!\n\nDin träff är flyttad.\n",
        String(repeating: "åäö ", count: 60) + "\n.leading dot\nend with space \n",
        "a=b and =?UTF-8?B?x?= stays literal\n" + String(repeating: "x", count: 300),
        String(repeating: "😀", count: 40),
    ]

    @Test(arguments: bodies)
    func quotedPrintableLinesFitAndDecodeBack(_ body: String) {
        let encoded = QuotedPrintable.encode(body)
        #expect(encoded.allSatisfy { $0.isASCII })
        for line in encoded.components(separatedBy: "\r\n") {
            #expect(line.count <= 76, "\(line)")
            #expect(!line.hasPrefix("."), "a line starting with a dot")
            #expect(line.last != " " && line.last != "\t")
        }
        #expect(quotedPrintableDecode(encoded) == body)
    }

    @Test func aMessageHasEveryHeaderOnceAndCRLFLines() {
        let mail = ComposedMail(
            from: MailAddress(name: "Vänsterpartiet Värmland", address: "studier@example.org"),
            replyTo: MailAddress(address: "studier@example.org"),
            to: MailAddress(name: "Erik Berg", address: "erik@example.org"),
            subject: "Ändrat",
            date: Date(timeIntervalSince1970: 1_646_157_600),
            messageID: "0123456789abcdef@example.org",
            unsubscribe: "https://kalender.example.org/p/abc.ics",
            plain: "Hej!\n",
            html: "<p>Hej!</p>\n"
        )
        let text = mail.text()
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF")
        let headers = text.components(separatedBy: "\r\n\r\n")[0]
        #expect(
            headers == """
                From: =?UTF-8?B?VsOkbnN0ZXJwYXJ0aWV0IFbDpHJtbGFuZA==?= <studier@example.org>\r
                To: Erik Berg <erik@example.org>\r
                Reply-To: studier@example.org\r
                Subject: =?UTF-8?B?w4RuZHJhdA==?=\r
                Date: Tue, 01 Mar 2022 18:00:00 +0000\r
                Message-ID: <0123456789abcdef@example.org>\r
                Auto-Submitted: auto-generated\r
                List-Unsubscribe: <https://kalender.example.org/p/abc.ics>\r
                MIME-Version: 1.0\r
                Content-Type: multipart/alternative; boundary="=_circles_0123456789abcdef"
                """
        )
        // A longer boundary is folded before it, within 78 characters.
        let long = ComposedMail(
            from: mail.from,
            replyTo: nil,
            to: mail.to,
            subject: "x",
            date: mail.date,
            messageID: "0123456789abcdef0123456789abcdef@example.org",
            unsubscribe: nil,
            plain: "",
            html: ""
        )
        #expect(
            long.text().contains(
                "Content-Type: multipart/alternative;\r\n boundary=\"=_circles_0123456789abcdef0123456789abcdef\"\r\n"
            )
        )
        #expect(text.hasSuffix("--=_circles_0123456789abcdef--\r\n"))
    }

    @Test func serverRepliesLoseTheirAddresses() {
        #expect(
            ServerReply.redacted("550 5.1.1 <anna@example.org>: Recipient address rejected")
                == "550 5.1.1 <(address)>: Recipient address rejected"
        )
        #expect(ServerReply.redacted("250 2.0.0 Ok: queued as 4F3") == "250 2.0.0 Ok: queued as 4F3")
    }
}
