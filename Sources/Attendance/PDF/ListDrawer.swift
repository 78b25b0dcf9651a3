/// Draws one circle's list onto a canvas, page after page, following a `ListPageLayout`.
struct ListDrawer {
    let sheet: AttendanceSheet
    let labels: ListLabels

    static let infoSize = 8.5
    static let headSize = 7.0
    static let bodySize = 8.5
    static let titleSize = 13.0

    init(sheet: AttendanceSheet) {
        self.sheet = sheet
        self.labels = ListLabels.for(sheet.language)
    }

    private func headLines(_ s: AttendanceSession) -> [String] {
        [
            "\(labels.session) \(s.number)", s.date.description, s.weekday.shortName(sheet.language),
            s.timeRange, "\(s.studyHours) \(labels.studyHoursShort)",
        ]
    }

    func layout(on canvas: PDFCanvas) -> ListPageLayout {
        let widestName = sheet.participants.map { canvas.measure($0.name, size: Self.bodySize).width }.max() ?? 0
        let widestAssociation =
            ([labels.association] + sheet.participants.map(\.association))
            .map { canvas.measure($0, size: Self.bodySize).width }.max() ?? 0
        let born =
            max(
                canvas.measure(labels.born, size: Self.headSize, bold: true).width,
                canvas.measure("0000", size: Self.bodySize).width
            ) + 10
        let gender =
            max(
                canvas.measure(labels.gender, size: Self.headSize, bold: true).width,
                canvas.measure("M", size: Self.bodySize).width
            ) + 10
        let total =
            max(
                canvas.measure(labels.total, size: Self.headSize, bold: true).width,
                canvas.measure(labels.studyHoursShort, size: Self.headSize).width
            ) + 12
        var sessionMinimum = 34.0
        for s in sheet.sessions {
            for (i, line) in headLines(s).enumerated() {
                sessionMinimum = max(sessionMinimum, canvas.measure(line, size: Self.headSize, bold: i == 0).width + 8)
            }
        }
        return ListPageLayout(
            sessions: sheet.sessions.count,
            participants: sheet.participants.count,
            widestName: widestName,
            widestAssociation: widestAssociation,
            bornWidth: born,
            genderWidth: gender,
            totalWidth: total,
            sessionMinimum: sessionMinimum
        )
    }

    /// Draws every page of this circle; the caller starts the first page and ends the last.
    func draw(on canvas: PDFCanvas, isFirstInDocument: Bool) {
        let layout = layout(on: canvas)
        var page = 0
        for group in layout.sessionGroups {
            for chunk in layout.rowChunks {
                if page > 0 || !isFirstInDocument { canvas.nextPage() }
                page += 1
                drawHeader(on: canvas, page: page, of: layout.pageCount, group: group, layout: layout)
                drawTable(on: canvas, layout: layout, group: group, chunk: chunk)
                drawSignature(on: canvas)
            }
        }
    }

    // MARK: Parts of a page

    private func field(_ label: String, _ value: String) -> String {
        "<b>\(PDFCanvas.escape(label)):</b> \(PDFCanvas.escape(value))"
    }

    private func drawHeader(on canvas: PDFCanvas, page: Int, of pages: Int, group: Range<Int>, layout: ListPageLayout) {
        let m = ListPageLayout.margin
        let w = ListPageLayout.contentWidth
        let pageLabel = labels.page(page, of: pages)
        let pageWidth = canvas.measure(pageLabel, size: 9).width
        canvas.text(
            "\(labels.title): \(sheet.courseTitle)",
            x: m,
            y: m,
            size: Self.titleSize,
            bold: true,
            width: w - pageWidth - 20
        )
        canvas.text(pageLabel, x: m + w - pageWidth, y: m + 3, size: 9)
        let gap = "     "
        let line1 = [
            field(labels.organisation, sheet.organisation), field(labels.circle, sheet.circleID.rawValue),
            field(labels.activity, sheet.activityKind.label(sheet.language)), field(labels.term, sheet.termName),
        ]
        var line2 = [field(labels.place, sheet.place), field(labels.leader, sheet.leaderName)]
        if layout.sessionGroups.count > 1, let first = group.first, let last = group.last {
            let a = sheet.sessions[first].number
            let b = sheet.sessions[last].number
            let all = sheet.sessions.count
            let text = sheet.language == .sv ? "\(a)–\(b) av \(all)" : "\(a)–\(b) of \(all)"
            line2.append(field(labels.session, text))
        }
        canvas.text(line1.joined(separator: gap), x: m, y: m + 21, size: Self.infoSize, markup: true, width: w)
        canvas.text(line2.joined(separator: gap), x: m, y: m + 34, size: Self.infoSize, markup: true, width: w)
        canvas.text(labels.instructions, x: m, y: m + 48, size: Self.headSize, width: w, gray: 0.35)
    }

    private func drawTable(on canvas: PDFCanvas, layout: ListPageLayout, group: Range<Int>, chunk: Range<Int>) {
        let m = ListPageLayout.margin
        let top = ListPageLayout.tableTop
        let headHeight = ListPageLayout.columnHeadHeight
        let rowHeight = ListPageLayout.rowHeight
        let sessions = Array(sheet.sessions[group])
        let tableWidth = layout.fixedWidth + Double(sessions.count) * layout.sessionWidth + layout.totalWidth

        // Column edges, left to right.
        var edges = [
            m, m + layout.nameWidth, m + layout.nameWidth + layout.associationWidth,
            m + layout.nameWidth + layout.associationWidth + layout.bornWidth, m + layout.fixedWidth,
        ]
        for i in 0..<sessions.count { edges.append(m + layout.fixedWidth + Double(i + 1) * layout.sessionWidth) }
        edges.append(m + tableWidth)
        let sessionLeft = m + layout.fixedWidth

        // Column heads.
        canvas.fillRect(x: m, y: top, width: tableWidth, height: headHeight, gray: 0.88)
        let headBaseline = top + headHeight - 13
        let fixedHeads = [labels.name, labels.association, labels.born, labels.gender]
        for (i, head) in fixedHeads.enumerated() {
            canvas.text(
                head,
                x: edges[i] + 4,
                y: headBaseline,
                size: Self.headSize,
                bold: true,
                width: edges[i + 1] - edges[i] - 6
            )
        }
        for (i, session) in sessions.enumerated() {
            let x = sessionLeft + Double(i) * layout.sessionWidth
            for (line, text) in headLines(session).enumerated() {
                canvas.text(
                    text,
                    x: x + 1,
                    y: top + 3 + Double(line) * 9.4,
                    size: Self.headSize,
                    bold: line == 0,
                    width: layout.sessionWidth - 2,
                    alignment: .center
                )
            }
        }
        let totalLeft = edges[edges.count - 2]
        canvas.text(
            labels.total,
            x: totalLeft + 1,
            y: top + 3,
            size: Self.headSize,
            bold: true,
            width: layout.totalWidth - 2,
            alignment: .center
        )
        canvas.text(
            labels.studyHoursShort,
            x: totalLeft + 1,
            y: top + 3 + 9.4,
            size: Self.headSize,
            width: layout.totalWidth - 2,
            alignment: .center
        )

        // Participant rows.
        var y = ListPageLayout.rowsTop
        for (n, index) in chunk.enumerated() {
            let p = sheet.participants[index]
            if n % 2 == 1 { canvas.fillRect(x: m, y: y, width: tableWidth, height: rowHeight, gray: 0.95) }
            let textY = y + (rowHeight - 11) / 2
            canvas.text(p.name, x: edges[0] + 4, y: textY, size: Self.bodySize, width: layout.nameWidth - 6)
            canvas.text(
                labels.association(of: p),
                x: edges[1] + 4,
                y: textY,
                size: Self.bodySize,
                width: layout.associationWidth - 6
            )
            canvas.text(
                p.birthYear.map(String.init) ?? "",
                x: edges[2],
                y: textY,
                size: Self.bodySize,
                width: layout.bornWidth,
                alignment: .center
            )
            canvas.text(
                p.gender?.code(sheet.language) ?? "",
                x: edges[3],
                y: textY,
                size: Self.bodySize,
                width: layout.genderWidth,
                alignment: .center
            )
            for i in 0..<sessions.count {
                let cx = sessionLeft + (Double(i) + 0.5) * layout.sessionWidth
                canvas.strokeRect(x: cx - 5, y: y + rowHeight / 2 - 5, width: 10, height: 10, lineWidth: 0.7)
            }
            y += rowHeight
            canvas.line(from: (m, y), to: (m + tableWidth, y), width: 0.3, gray: 0.6)
        }

        // Totals row: study hours per session and for the whole circle.
        canvas.fillRect(x: m, y: y, width: tableWidth, height: ListPageLayout.totalsHeight, gray: 0.88)
        let textY = y + (ListPageLayout.totalsHeight - 11) / 2
        canvas.text(
            labels.totalStudyHours,
            x: m + 4,
            y: textY,
            size: Self.bodySize,
            bold: true,
            width: layout.fixedWidth - 8
        )
        for (i, session) in sessions.enumerated() {
            canvas.text(
                String(session.studyHours),
                x: sessionLeft + Double(i) * layout.sessionWidth,
                y: textY,
                size: Self.bodySize,
                bold: true,
                width: layout.sessionWidth,
                alignment: .center
            )
        }
        canvas.text(
            String(sheet.plannedStudyHours),
            x: totalLeft,
            y: textY,
            size: Self.bodySize,
            bold: true,
            width: layout.totalWidth,
            alignment: .center
        )
        let bottom = y + ListPageLayout.totalsHeight

        // Grid: outer frame, column lines, the line under the heads.
        canvas.strokeRect(x: m, y: top, width: tableWidth, height: bottom - top, lineWidth: 0.8)
        canvas.line(from: (m, top + headHeight), to: (m + tableWidth, top + headHeight), width: 0.8)
        canvas.line(from: (m, y), to: (m + tableWidth, y), width: 0.8)
        for (i, x) in edges.enumerated() where i > 0 && i < edges.count - 1 {
            let isMajor = i == 4 || i == edges.count - 2
            // The totals row's label spans name to gender: no lines through it.
            canvas.line(
                from: (x, top),
                to: (x, i < 4 ? y : bottom),
                width: isMajor ? 0.8 : 0.4,
                gray: isMajor ? 0 : 0.45
            )
        }
    }

    private func drawSignature(on canvas: PDFCanvas) {
        let m = ListPageLayout.margin
        let y = ListPageLayout.pageHeight - m - 14
        let parts: [(String, Double)] = [
            (labels.signature, 280), (labels.nameInCapitals, 220), (labels.signatureDate, 140),
        ]
        var x = m
        for (label, width) in parts {
            canvas.line(from: (x, y), to: (x + width, y), width: 0.6)
            canvas.text(label, x: x, y: y + 2, size: Self.headSize, gray: 0.3)
            x += width + 30
        }
    }
}
