import Foundation

/// The organisation's name as an ASCII slug (`Vänsterpartiet Värmland` ->
/// `vansterpartiet-varmland`): the right-hand side of every UID, the ORGANIZER's domain and
/// the name of a person's data download.
public enum OrganisationSlug {
    public static func make(_ name: String) -> String {
        let folded = name.folding(
            options: [.diacriticInsensitive, .caseInsensitive],
            locale: Locale(identifier: "en_US_POSIX")
        )
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "circles" : slug.lowercased()
    }
}
