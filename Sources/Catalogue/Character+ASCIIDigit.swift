extension Character {
    /// ASCII 0-9 only: `Character.isNumber` also accepts other scripts' digits and fractions.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
