import Testing

@testable import Web

@Suite struct FormBodyTests {
    @Test func fieldsAreDecodedInOrderWithRepeats() throws {
        let body = try FormBody(Array("name=Ada+L%C3%B6f&never=mon&never=tue&note=a%26b%3Dc&empty=&flag".utf8))
        #expect(body.value("name") == "Ada Löf")
        #expect(body.values("never") == ["mon", "tue"])
        #expect(body.value("note") == "a&b=c")
        #expect(body.value("empty") == "")
        #expect(body.value("flag") == "")
        #expect(body.value("missing") == nil)
    }

    @Test(arguments: ["name=%", "name=%4", "name=%zz", "name=%C3", "name=%FF%FE", "%C3%28=x"])
    func malformedEscapesAndInvalidUTF8AreRefused(_ text: String) {
        #expect(throws: FormBody.Problem.malformed) { try FormBody(Array(text.utf8)) }
    }

    @Test func rawInvalidUTF8IsRefused() {
        #expect(throws: FormBody.Problem.malformed) { try FormBody([0x6e, 0x3d, 0xc3, 0x28]) }
    }

    @Test func onlyFormsInUTF8AreAccepted() {
        #expect(FormBody.accepts(contentType: "application/x-www-form-urlencoded"))
        #expect(FormBody.accepts(contentType: "Application/X-WWW-Form-Urlencoded; charset=UTF-8"))
        #expect(!FormBody.accepts(contentType: "application/x-www-form-urlencoded; charset=latin1"))
        #expect(!FormBody.accepts(contentType: "multipart/form-data; boundary=x"))
        #expect(!FormBody.accepts(contentType: "application/json"))
        #expect(!FormBody.accepts(contentType: nil))
    }
}
