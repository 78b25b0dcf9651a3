import Catalogue

/// How a circle is reported to ABF: the catalogue's `abf` key.
///
/// Only a study circle is bound by the study associations' common rules, so only
/// its report checks them; "annan folkbildning" allows bigger groups, longer or
/// single meetings.
public enum ABFActivityKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// `abf: study-circle`: studiecirkel.
    case studyCircle = "study-circle"
    /// `abf: other`: annan folkbildning.
    case otherPopularEducation = "other"
    /// Not reported to ABF.
    case none

    /// The name printed on the list (`studiecirkel`, `study circle`).
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.studyCircle, .sv): return "studiecirkel"
        case (.studyCircle, .en): return "study circle"
        case (.otherPopularEducation, .sv): return "annan folkbildning"
        case (.otherPopularEducation, .en): return "other popular education"
        case (.none, .sv): return "rapporteras inte"
        case (.none, .en): return "not reported"
        }
    }
}
