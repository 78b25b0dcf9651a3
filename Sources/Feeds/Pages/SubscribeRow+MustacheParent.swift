import Mustache

/// Fields by name without `Mirror`, like the other rows of the pages (see
/// `PageSession+MustacheParent.swift`).
extension SubscribeRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "https": self.https
        case "webcal": self.webcal
        case "google": self.google
        case "outlook": self.outlook
        case "download": self.download
        case "fileName": self.fileName
        case "qrSVG": self.qrSVG
        default: nil
        }
    }
}
