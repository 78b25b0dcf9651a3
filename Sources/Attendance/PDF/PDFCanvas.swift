internal import CPangoCairo

/// The only code that touches cairo and pango pointers: a PDF being drawn in memory.
///
/// It owns the surface, the cairo context, one pango layout and the font
/// descriptions it made; each is freed exactly once, in `deinit`, after the
/// document was finished. Nothing it owns leaves it: callers pass Swift strings
/// and numbers and get bytes back. Fonts come from fontconfig ("DejaVu Sans",
/// which has å, ä, ö), sized in PDF points with `set_absolute_size` so the
/// layout does not depend on pango's 96-dpi default.
final class PDFCanvas {
    /// Receives the PDF bytes from cairo's write callback; the canvas keeps it alive
    /// for as long as the surface may call back.
    private final class Sink {
        var bytes: [UInt8] = []
    }

    enum Alignment { case left, center, right }

    static let family = "DejaVu Sans"

    private let sink = Sink()
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private let layout: OpaquePointer
    private var fonts: [FontKey: OpaquePointer] = [:]
    private var finished = false

    private struct FontKey: Hashable {
        let size: Double
        let bold: Bool
    }

    /// A document whose pages are `width` × `height` points.
    init(width: Double, height: Double, title: String) throws(AttendancePDFError) {
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream(write, closure, width, height) else {
            throw .drawing("cairo could not create a PDF surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .drawing(String(cString: cairo_status_to_string(status)))
        }
        guard let cr = cairo_create(surface) else {
            cairo_surface_destroy(surface)
            throw .drawing("cairo could not create a drawing context")
        }
        guard let layout = pango_cairo_create_layout(cr) else {
            cairo_destroy(cr)
            cairo_surface_destroy(surface)
            throw .drawing("pango could not create a text layout")
        }
        self.surface = surface
        self.cr = cr
        self.layout = layout
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "circles")
        // Same sheets, same bytes: cairo would stamp the wall clock as CreationDate;
        // an empty date is not a valid ISO 8601 date, so cairo leaves the entry out.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "")
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        for font in fonts.values { pango_font_description_free(font) }
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    // MARK: Text

    private func font(size: Double, bold: Bool) -> OpaquePointer {
        let key = FontKey(size: size, bold: bold)
        if let font = fonts[key] { return font }
        let font = pango_font_description_new()!
        pango_font_description_set_family(font, Self.family)
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        fonts[key] = font
        return font
    }

    private func prepare(_ text: String, size: Double, bold: Bool, markup: Bool, width: Double?, alignment: Alignment) {
        pango_layout_set_font_description(layout, font(size: size, bold: bold))
        if let width {
            pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        } else {
            pango_layout_set_width(layout, -1)
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        if markup {
            pango_layout_set_markup(layout, text, -1)
        } else {
            // set_text keeps the attributes an earlier set_markup left (byte ranges of
            // another text, which can split a multi-byte letter): drop them first.
            pango_layout_set_attributes(layout, nil)
            pango_layout_set_text(layout, text, -1)
        }
    }

    /// The size of one line of text in points.
    func measure(
        _ text: String,
        size: Double,
        bold: Bool = false,
        markup: Bool = false
    ) -> (width: Double, height: Double) {
        prepare(text, size: size, bold: bold, markup: markup, width: nil, alignment: .left)
        var w: Int32 = 0
        var h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return (Double(w) / Double(PANGO_SCALE), Double(h) / Double(PANGO_SCALE))
    }

    /// Draws text with its top-left corner at (x, y); inside `width` (ellipsised if longer) when given.
    /// With `markup`, `<b>` and friends apply; values must go through `escape`.
    func text(
        _ text: String,
        x: Double,
        y: Double,
        size: Double,
        bold: Bool = false,
        markup: Bool = false,
        width: Double? = nil,
        alignment: Alignment = .left,
        gray: Double = 0
    ) {
        prepare(text, size: size, bold: bold, markup: markup, width: width, alignment: alignment)
        cairo_set_source_rgb(cr, gray, gray, gray)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
    }

    /// Escapes text for pango markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }

    // MARK: Shapes

    func line(from a: (Double, Double), to b: (Double, Double), width: Double = 0.5, gray: Double = 0) {
        cairo_set_source_rgb(cr, gray, gray, gray)
        cairo_set_line_width(cr, width)
        cairo_move_to(cr, a.0, a.1)
        cairo_line_to(cr, b.0, b.1)
        cairo_stroke(cr)
    }

    func strokeRect(x: Double, y: Double, width: Double, height: Double, lineWidth: Double = 0.5, gray: Double = 0) {
        cairo_set_source_rgb(cr, gray, gray, gray)
        cairo_set_line_width(cr, lineWidth)
        cairo_rectangle(cr, x, y, width, height)
        cairo_stroke(cr)
    }

    func fillRect(x: Double, y: Double, width: Double, height: Double, gray: Double) {
        cairo_set_source_rgb(cr, gray, gray, gray)
        cairo_rectangle(cr, x, y, width, height)
        cairo_fill(cr)
    }

    // MARK: Pages

    /// Ends the current page and starts a new one.
    func nextPage() {
        cairo_show_page(cr)
    }

    /// Ends the last page and returns the document. The canvas cannot draw afterwards.
    func finish() throws(AttendancePDFError) -> [UInt8] {
        precondition(!finished, "PDFCanvas.finish called twice")
        finished = true
        cairo_show_page(cr)
        let drawing = cairo_status(cr)
        guard drawing == CAIRO_STATUS_SUCCESS else {
            throw .drawing(String(cString: cairo_status_to_string(drawing)))
        }
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .drawing(String(cString: cairo_status_to_string(status)))
        }
        return sink.bytes
    }
}

/// Cairo contexts and pango layouts must not be used from two threads at once.
@available(*, unavailable)
extension PDFCanvas: Sendable {}
