import HTTPTypes

extension HTTPField.Name {
    /// Keeps browsers from sniffing a feed or the 404 text as something executable.
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
