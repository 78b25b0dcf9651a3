import Mustache

/// Fields by name without `Mirror`, like the other rows of the pages (see
/// `PageSession+MustacheParent.swift`).
extension SubscribeRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "https": https
        case "webcal": webcal
        case "google": google
        case "outlook": outlook
        case "download": download
        case "fileName": fileName
        case "qrSVG": qrSVG
        default: nil
        }
    }
}
