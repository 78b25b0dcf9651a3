extension QRCode {
    /// The symbol as an inline SVG element: one path of unit squares on a white square with
    /// the quiet zone of four modules that readers need, scaled by CSS (`viewBox`).
    ///
    /// Only presentation attributes, no `style`: the pages' Content-Security-Policy forbids
    /// inline styles. Hidden from screen readers: the page says in text what it encodes, and
    /// so the SVG holds no text at all (nothing in it to escape).
    public func svg() -> String {
        let quiet = 4
        let side = size + 2 * quiet
        var path = ""
        path.reserveCapacity(size * size * 4)
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                // A run of dark modules on one row is one rectangle.
                var end = column
                while end < size, isDark(row: row, column: end) { end += 1 }
                path += "M\(column + quiet) \(row + quiet)h\(end - column)v1h-\(end - column)z"
                column = end
            }
        }
        return """
            <svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" aria-hidden="true" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }
}
