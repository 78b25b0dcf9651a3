import Foundation
import Mustache
import PublishedLayout

/// The page templates, the stylesheet and the icon, read from the target's resources once per process.
///
/// Resources (`Bundle.module`) rather than strings in Swift: the templates stay files a
/// designer can edit and diff, and SwiftPM copies them beside every binary it builds
/// (`circles_Feeds.resources/`). swift-mustache escapes every `{{value}}` for HTML; the only
/// unescaped value is the QR code's SVG (`{{{qrSVG}}}`), which our own code makes.
struct PageTemplates: Sendable {
    let library: MustacheLibrary
    /// `style.css` and `favicon.svg`, published as they are.
    let assets: [FeedFile]

    /// The names of the page templates; the rest are partials.
    static let pages = ["index", "course", "circle", "place"]

    /// Loaded on first use; a broken resource is reported at every publish, not hidden.
    static let shared: Result<PageTemplates, FeedsError> = Result { () throws(FeedsError) in try load() }

    static func load() throws(FeedsError) -> PageTemplates {
        guard let folder = Bundle.module.url(forResource: "Web", withExtension: nil) else {
            throw .template(
                name: "Web",
                reason: "the resource folder is missing beside the binary (circles_Feeds.resources)"
            )
        }
        var library = MustacheLibrary()
        let templates = folder.appendingPathComponent("templates")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: templates.path)
                .filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw .template(name: templates.path, reason: error.localizedDescription)
        }
        for file in names {
            let name = String(file.dropLast(".mustache".count))
            do {
                let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
                try library.register(text, named: name)
            } catch {
                throw .template(name: file, reason: "\(error)")
            }
        }
        for page in pages + SitePages.names where library.getTemplate(named: page) == nil {
            throw .template(name: "\(page).mustache", reason: "missing")
        }
        var assets: [FeedFile] = []
        for name in PublishedLayout.assetFiles {
            do {
                assets.append(
                    FeedFile(
                        path: name,
                        data: try Data(contentsOf: folder.appendingPathComponent(name)),
                        isPrivate: false
                    )
                )
            } catch {
                throw .template(name: name, reason: error.localizedDescription)
            }
        }
        return PageTemplates(library: library, assets: assets)
    }

    /// Renders `context` with the page template `name`.
    func render(_ context: Any, page name: String) throws(FeedsError) -> String {
        guard let html = library.render(context, withTemplate: name) else {
            throw .template(name: name, reason: "missing")
        }
        return html
    }
}
