import Foundation
import Signups
import Testing

@Suite("Sign-up confirmation codes")
struct SignupCodeTests {
    @Test func aCodeIsURLSafeAndCarriesAtLeast128Bits() {
        var codes = Set<String>()
        for _ in 0..<200 {
            let code = SignupConfirmation.generateCode()
            // 256 bits in base64url without padding: 43 characters of A-Z a-z 0-9 - _.
            #expect(code.count == 43)
            #expect(
                code.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" }
            )
            codes.insert(code)
        }
        #expect(codes.count == 200)
    }

    @Test func theDigestIsSHA256InLowerCaseHex() {
        // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        #expect(
            SignupConfirmation.digest(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
    }
}
