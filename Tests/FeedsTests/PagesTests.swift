import Foundation
import PublishedLayout
import QRCode
import Testing

@testable import Feeds

/// The public pages of the demo publication, as files: what the browser tests (Tests/web)
/// cannot see as quickly, checked on every page.
@Suite struct PagesTests {
    @Test func everyPublicCalendarHasAPageAndThePagesHaveNoInlineScriptOrStyle() throws {
        let demo = try DemoPublication.get()
        let files = try demo.fixture.files()
        let feeds = files.keys.filter { $0.hasPrefix("\(PublishedLayout.calendarsFolder)/") }
        #expect(feeds.count > 20)
        for feed in feeds {
            // calendars/<kind>/<id>.ics -> <kind>/<id>.html
            let page = String(feed.dropFirst(PublishedLayout.calendarsFolder.count + 1).dropLast(4)) + ".html"
            #expect(files[page] != nil, "no page for \(feed)")
        }
        #expect(files[PublishedLayout.stylesheetFile] != nil)
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == feeds.count + 1)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"), "\(path)")
            #expect(
                html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
                "\(path)"
            )
            #expect(html.contains("<link rel=\"stylesheet\" href=\"/style.css\">"), "\(path)")
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<style"), "\(path)")
            #expect(!html.contains(" style="), "\(path)")
        }
        #expect(demo.report.publicFiles == feeds.count + pages.count + 2)  // style.css, favicon.svg
    }

    @Test func courseCircleAndVenuePagesSayWhenAndWhere() throws {
        let demo = try DemoPublication.get()
        let course = try demo.fixture.text("courses/feministisk-grundkurs.html")
        #expect(course.contains("<h1>Feministisk grundkurs</h1>"))
        #expect(course.contains("<dt>Omfattning</dt><dd>4 träffar à"))
        #expect(course.contains("href=\"webcal://127.0.0.1:8080/calendars/courses/feministisk-grundkurs.ics\""))
        #expect(
            course.contains(
                "href=\"https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2F127.0.0.1%3A8080%2Fcalendars%2Fcourses%2Ffeministisk-grundkurs.ics\""
            )
        )
        #expect(
            course.contains(
                "href=\"https://outlook.live.com/calendar/0/addfromweb?url=http%3A%2F%2F127.0.0.1%3A8080%2Fcalendars%2Fcourses%2Ffeministisk-grundkurs.ics&amp;name=Feministisk%20grundkurs%20%E2%80%93%20V%C3%A4nsterpartiet%20V%C3%A4rmland\""
            )
        )
        #expect(course.contains("<svg class=\"qr\""))
        let circle = try demo.fixture.text("circles/fem-karlstad-var22.html")
        #expect(circle.contains("Träff 1 av 4"))
        #expect(circle.contains("https://www.openstreetmap.org/?mlat="))
        #expect(circle.contains("Drottninggatan 26, 652 24 Karlstad") || circle.contains("Västra Torggatan"))
        let venue = try demo.fixture.text("venues/abf-karlstad.html")
        #expect(venue.contains("Vecka för vecka"))
        #expect(
            venue.contains("https://www.openstreetmap.org/?mlat=59.38000&amp;mlon=13.50100#map=17/59.38000/13.50100")
        )
    }

    @Test func aHybridCirclesPageGivesTheOnlineLinkAndOtherCirclesDoNot() throws {
        let files = try DemoPublication.get().fixture.files()
        let hybrid = files.keys.filter { $0.hasPrefix("circles/kommunikation") && $0.hasSuffix(".html") }
        #expect(!hybrid.isEmpty)
        for path in hybrid {
            let id = String(path.dropFirst("circles/".count).dropLast(".html".count))
            let page = String(decoding: files[path]!, as: UTF8.self)
            #expect(
                page.contains(
                    "<dt>Delta på distans</dt><dd><a href=\"https://meet.example.org/\(id)\">https://meet.example.org/\(id)</a></dd>"
                ),
                "\(path)"
            )
        }
        let inPerson = String(decoding: files["circles/fem-karlstad-var22.html"]!, as: UTF8.self)
        #expect(!inPerson.contains("Delta på distans"))
    }

    @Test func theFrontPageLinksAssociationsKindsAndCoursesByName() throws {
        let index = try DemoPublication.get().fixture.text("index.html")
        #expect(index.contains("<li><a href=\"/associations/karlstad\">Vänsterpartiet Karlstad</a></li>"))
        #expect(index.contains("<li><a href=\"#feminist-training\">Feministisk utbildning</a></li>"))
        #expect(index.contains("<h2 id=\"feminist-training-heading\">Feministisk utbildning</h2>"))
        #expect(index.contains("<h3><a href=\"/courses/feministisk-grundkurs\">Feministisk grundkurs</a></h3>"))
        #expect(index.contains("<li><a href=\"/venues/abf-karlstad\">ABF Värmland, Karlstad</a></li>"))
    }

    @Test func subscribeLinksEncodeEverythingButUnreservedCharacters() {
        #expect(SubscribeRow.encoded("webcal://a.b/c d?x=1&y=å") == "webcal%3A%2F%2Fa.b%2Fc%20d%3Fx%3D1%26y%3D%C3%A5")
        #expect(SubscribeRow.encoded("A-z_0.9~") == "A-z_0.9~")
    }
}

@Suite struct QRCodeTests {
    @Test func aFeedURLBecomesASymbolWithItsThreeFinderPatterns() throws {
        let code = try QRCode(encoding: "https://kalender.example.org/calendars/courses/feministisk-grundkurs.ics")
        // Version v has 17 + 4v modules; a 72-byte URL at level M needs version 5.
        #expect(code.size == 37)
        // Each finder pattern: a dark 7x7 ring around a light ring around a dark 3x3 square.
        for (row, column) in [(0, 0), (0, code.size - 7), (code.size - 7, 0)] {
            for offset in 0..<7 {
                #expect(code.isDark(row: row, column: column + offset))
                #expect(code.isDark(row: row + 6, column: column + offset))
                #expect(code.isDark(row: row + offset, column: column))
                #expect(code.isDark(row: row + offset, column: column + 6))
            }
            #expect(!code.isDark(row: row + 1, column: column + 1))
            #expect(code.isDark(row: row + 3, column: column + 3))
        }
    }

    @Test func theSVGHasAQuietZoneAndNoText() throws {
        let svg = try QRCode(encoding: "https://example.org/x.ics").svg()
        #expect(svg.hasPrefix("<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 33 33\""))
        #expect(svg.contains("<rect width=\"33\" height=\"33\" fill=\"#fff\"/>"))
        #expect(svg.contains("d=\"M4 4h7v1h-7z"))  // the top row of the top-left finder
        #expect(!svg.contains("example.org/x"))
    }

    @Test func emptyAndOversizedTextsAreErrors() {
        #expect(throws: QRCodeError.empty) { try QRCode(encoding: "") }
        #expect(throws: QRCodeError.tooLong(bytes: 3000)) { try QRCode(encoding: String(repeating: "x", count: 3000)) }
    }
}

@Suite struct PublishedLayoutTests {
    @Test func filesAndPathsMirrorEachOther() {
        #expect(PublishedLayout.feedFile(.courses, id: "x") == "calendars/courses/x.ics")
        #expect(PublishedLayout.feedPath(.venues, id: "abf-karlstad") == "/calendars/venues/abf-karlstad.ics")
        #expect(PublishedLayout.pageFile(.circles, id: "k-1") == "circles/k-1.html")
        #expect(PublishedLayout.pagePath(.circles, id: "k-1") == "/circles/k-1")
        #expect(PublishedLayout.requestPath(ofPage: "k-1.html", in: .circles) == "/circles/k-1")
        #expect(PublishedLayout.requestPath(ofPage: "index.html", in: nil) == "/")
        #expect(PublishedLayout.requestPath(ofPage: "style.css", in: nil) == "/style.css")
        #expect(PublishedLayout.requestPath(ofFeed: "k-1.ics", in: .circles) == "/calendars/circles/k-1.ics")
        #expect(PublishedLayout.privateFeedPath(token: "abc") == "/p/abc.ics")
    }

    @Test(arguments: [
        "Upper.html", "-x.html", ".html", "a b.html", "å.html", "x.htm", "x.html.html", "../x.html", "x.ics",
    ])
    func namesThatAreNotPagesAreRefused(_ name: String) {
        #expect(PublishedLayout.requestPath(ofPage: name, in: .courses) == nil)
    }

    @Test func overlongIDsAndNonTokensAreRefused() {
        #expect(PublishedLayout.requestPath(ofPage: String(repeating: "a", count: 161) + ".html", in: .courses) == nil)
        #expect(PublishedLayout.requestPath(ofPage: String(repeating: "a", count: 160) + ".html", in: .courses) != nil)
        // The longest circle id the planner can make: a 64-character course id and venue id.
        let longestCircle = String(repeating: "c", count: 64) + "-" + String(repeating: "v", count: 64) + "-999999"
        #expect(PublishedLayout.requestPath(ofPage: longestCircle + ".html", in: .circles) != nil)
        #expect(PublishedLayout.requestPath(ofFeed: longestCircle + ".ics", in: .circles) != nil)
        #expect(PublishedLayout.token(inFileName: String(repeating: "a", count: 25) + ".ics") == nil)
        #expect(
            PublishedLayout.token(inFileName: String(repeating: "a", count: 32) + ".ics")
                == String(repeating: "a", count: 32)[...]
        )
        #expect(PublishedLayout.requestPath(ofPage: "notes.txt", in: nil) == nil)
    }
}
