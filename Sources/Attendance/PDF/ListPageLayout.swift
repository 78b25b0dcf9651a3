/// Where everything goes on the pages of one circle's list: column widths, which
/// sessions share a page (column groups) and which participants (row chunks).
///
/// Pure arithmetic over measured text widths, kept apart from drawing so the
/// pagination rules read in one place: every page repeats the header and the
/// column heads; when the sessions do not fit side by side they are split into
/// balanced groups (12 sessions -> two pages of 6), and when the participants do
/// not fit they are split into balanced chunks (21 -> 11 + 10, not 20 + 1).
struct ListPageLayout: Sendable {
    static let pageWidth = 841.89  // A4 landscape, points
    static let pageHeight = 595.28
    static let margin = 28.0
    static let rowHeight = 17.0
    static let headerHeight = 64.0
    static let columnHeadHeight = 52.0
    static let totalsHeight = 18.0
    static let signatureHeight = 36.0

    static var contentWidth: Double { pageWidth - 2 * margin }
    static var tableTop: Double { margin + headerHeight }
    static var rowsTop: Double { tableTop + columnHeadHeight }

    static var rowsPerPage: Int {
        let room = pageHeight - margin - signatureHeight - totalsHeight - 6 - rowsTop
        return max(1, Int(room / rowHeight))
    }

    let nameWidth: Double
    let associationWidth: Double
    let bornWidth: Double
    let genderWidth: Double
    let sessionWidth: Double
    let totalWidth: Double
    /// Session indices (into `sheet.sessions`) per page column group.
    let sessionGroups: [Range<Int>]
    /// Participant indices per page row chunk.
    let rowChunks: [Range<Int>]

    var fixedWidth: Double { nameWidth + associationWidth + bornWidth + genderWidth }
    var pageCount: Int { sessionGroups.count * rowChunks.count }

    /// - Parameters:
    ///   - widestName, widestAssociation: measured widths of the longest texts (points).
    ///   - sessionMinimum: the narrowest a session column may be and still show its head.
    init(
        sessions: Int,
        participants: Int,
        widestName: Double,
        widestAssociation: Double,
        bornWidth: Double,
        genderWidth: Double,
        totalWidth: Double,
        sessionMinimum: Double,
        rowsPerPage: Int = ListPageLayout.rowsPerPage
    ) {
        nameWidth = min(max(widestName + 12, 110), 190)
        associationWidth = min(max(widestAssociation + 12, 80), 160)
        self.bornWidth = bornWidth
        self.genderWidth = genderWidth
        self.totalWidth = totalWidth
        let available = Self.contentWidth - (nameWidth + associationWidth + bornWidth + genderWidth) - totalWidth
        let perPage = max(1, Int(available / sessionMinimum))
        sessionGroups = Self.balanced(count: sessions, atMost: perPage)
        let widest = sessionGroups.map(\.count).max() ?? 0
        sessionWidth = widest == 0 ? sessionMinimum : min(available / Double(widest), 72)
        rowChunks = Self.balanced(count: participants, atMost: rowsPerPage)
    }

    /// Splits `count` items into the fewest parts of at most `atMost`, sizes differing by at most one.
    /// Always at least one (possibly empty) part, so an empty circle still gets a page.
    static func balanced(count: Int, atMost: Int) -> [Range<Int>] {
        guard count > 0 else { return [0..<0] }
        let parts = (count + atMost - 1) / atMost
        let base = count / parts
        let extra = count % parts
        var ranges: [Range<Int>] = []
        var start = 0
        for part in 0..<parts {
            let size = base + (part < extra ? 1 : 0)
            ranges.append(start..<(start + size))
            start += size
        }
        return ranges
    }
}
