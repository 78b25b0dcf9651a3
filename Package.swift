// swift-tools-version:6.0
import PackageDescription

/// circles: a study-circle and training scheduler.
///
/// The targets follow `../shared/DESIGN.md`; the data flows one way:
/// Catalogue -> Planner (-> Solver) -> Feeds / Attendance / FeedServer, with
/// State (SQLite) beside them (the Planner keeps its last schedule there) and the
/// `circles` executable on top.
/// The Solver checks its incremental score against a full one as it searches
/// (`State+InternalChecks.swift`), in debug builds only: the tests run with it,
/// release builds pay nothing (as swift-collections' COLLECTIONS_INTERNAL_CHECKS).
let solverInternalChecks: SwiftSetting = .define("SOLVER_INTERNAL_CHECKS", .when(configuration: .debug))

let package = Package(
    name: "circles",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "circles", targets: ["circles"]),
        .executable(name: "itc2007", targets: ["itc2007"]),
        .executable(name: "schedule-audit", targets: ["schedule-audit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // System libraries from Debian (scripts/setup installs them).
        .systemLibrary(name: "CLibical", pkgConfig: "libical", providers: [.apt(["libical-dev"])]),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        // zlib for gzip bodies computed once per snapshot, not per request.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // libcurl speaks SMTP with STARTTLS/TLS and AUTH: no protocol client of our own.
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // QR codes of the feed URLs on the public pages.
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),

        // RFC 4180 CSV, read with line numbers for messages and written with BOM and CRLF:
        // the workspace's people.csv and enrolments.csv, attendance lists, study reports.
        .target(name: "CSV"),
        // FNV-1a: hashes that are the same in every run (event content, workspace fingerprint, mail ids).
        .target(name: "StableHash"),

        // The workspace: model, loading, validation, Swedish holidays.
        .target(name: "Catalogue", dependencies: ["CSV", "StableHash", .product(name: "Yams", package: "Yams")]),
        // One file written atomically with its mode from the start (plan JSON, feeds.csv, lists).
        .target(name: "AtomicFiles"),
        // What the tests of several modules share: the workspace builder (a workspace written into
        // a temporary folder), the seeded random source for test data and the runner of the
        // built binary and of the tools that read our output back.
        .target(name: "CirclesTesting", dependencies: ["Catalogue"]),

        // Which published file is at which URL path: written by Feeds, served by FeedServer and nginx.
        .target(name: "PublishedLayout"),
        // A QR code as inline SVG (the only code that touches libqrencode).
        .target(name: "QRCode", dependencies: ["CQRencode"]),

        // The generic timetabling engine: knows no courses, people or calendars.
        .target(
            name: "Solver",
            dependencies: [.product(name: "HeapModule", package: "swift-collections")],
            swiftSettings: [solverInternalChecks]
        ),

        // The schedule a plan hands on (format circles-schedule/1): circles, sessions, what was not
        // placed, with typed ids and times, and its JSON. Written by the Planner and read back by
        // what comes after it, and by Signups (retention), which comes before it and so cannot
        // import it.
        .target(name: "ScheduleFormat", dependencies: ["Catalogue"]),

        // The workspace mapped onto the engine: circle formation, the schedule, explanations,
        // and the last schedule kept in State.
        .target(name: "Planner", dependencies: ["Catalogue", "ScheduleFormat", "Solver", "State"]),

        // The only code that touches libical.
        .target(name: "ICal", dependencies: ["CLibical"]),

        // The private SQLite store in the workspace's .circles/.
        .target(name: "State", dependencies: ["StableHash", .product(name: "GRDB", package: "GRDB.swift")]),

        // Sign-ups from the web in the workspace's terms: confirmation, the workspace of files
        // and State, merge into the files, export, retention. No HTTP.
        .target(
            name: "Signups",
            dependencies: [
                "AtomicFiles", "CSV", "Catalogue", "ScheduleFormat", "State",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // Närvarolistor as PDF (cairo + pango) and CSV, and the ABF study report.
        .target(
            name: "Attendance",
            dependencies: ["AtomicFiles", "CPangoCairo", "CSV", "Catalogue", "Planner", "State"]
        ),

        // HTTP: public feeds and private feeds by token, ETag / 304, gzip, HEAD.
        .target(
            name: "FeedServer",
            dependencies: [
                "CZlib", "PublishedLayout",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // Which calendars and public pages exist, what each says, UID/SEQUENCE via State, atomic publish.
        // The page templates and the stylesheet are resources, loaded once per process.
        .target(
            name: "Feeds",
            dependencies: [
                "AtomicFiles", "Catalogue", "Planner", "ICal", "State", "PublishedLayout", "QRCode",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Web")]
        ),

        // E-mail: what is due to whom, the outbox in State, composing (MIME) and sending (SMTP via libcurl).
        .target(
            name: "Mail",
            dependencies: [
                "AtomicFiles", "Catalogue", "CCurl", "PublishedLayout", "Signups", "StableHash", "State",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),

        // The pages that act (sign-up, confirmation, the personal page): requests in, State
        // changes and pages out; served by FeedServer, rendered with the Feeds templates.
        .target(
            name: "Web",
            dependencies: [
                "Attendance", "Catalogue", "FeedServer", "Feeds", "Mail", "Planner", "PublishedLayout", "Signups",
                "State",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),

        // The command line: arguments, progress, exit codes; no logic of its own.
        .executableTarget(
            name: "circles",
            dependencies: [
                "AtomicFiles", "Catalogue", "Planner", "State", "Feeds", "Attendance", "FeedServer", "Mail", "Signups",
                "Web",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),

        // ITC-2007 track 3 on the same engine (Benchmarks/).
        .target(name: "ITC2007", dependencies: ["Solver"], path: "Benchmarks/ITC2007/Sources/ITC2007"),
        .executableTarget(
            name: "itc2007",
            dependencies: ["ITC2007", "Solver", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/ITC2007/Sources/itc2007"
        ),

        // A plan checked from the workspace and the schedule alone, sharing no code with the
        // planner: the planner's tests use it, and `schedule-audit` runs it on benchmark plans.
        .target(
            name: "ScheduleAudit",
            dependencies: ["Catalogue", "ScheduleFormat"],
            path: "Benchmarks/ScheduleAudit/Sources/ScheduleAudit"
        ),
        .executableTarget(
            name: "schedule-audit",
            dependencies: [
                "Catalogue", "ScheduleAudit", "ScheduleFormat",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/ScheduleAudit/Sources/schedule-audit"
        ),

        .testTarget(name: "AtomicFilesTests", dependencies: ["AtomicFiles"]),
        .testTarget(name: "CSVTests", dependencies: ["CSV"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "CirclesTesting"]),
        .testTarget(
            name: "CirclesCommandTests",
            dependencies: ["circles", "CirclesTesting", "Signups", "State"]
        ),
        .testTarget(name: "SolverTests", dependencies: ["Solver"], swiftSettings: [solverInternalChecks]),
        .testTarget(
            name: "PlannerTests",
            dependencies: ["Planner", "Catalogue", "CirclesTesting", "ScheduleAudit", "Solver"]
        ),
        .testTarget(name: "ICalTests", dependencies: ["ICal", "CirclesTesting"]),
        // The State tests also read the file with GRDB directly, as a second opinion on what was written.
        .testTarget(name: "StateTests", dependencies: ["State", .product(name: "GRDB", package: "GRDB.swift")]),
        // Feeds read back by libical, Python icalendar and calcurse.
        .testTarget(
            name: "FeedsTests",
            dependencies: [
                "Feeds", "Catalogue", "CirclesTesting", "Planner", "ICal", "State",
                "PublishedLayout",
                "QRCode",
            ]
        ),
        .testTarget(
            name: "SignupsTests",
            dependencies: [
                "Signups", "Catalogue", "CirclesTesting", "ScheduleFormat", "State",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "AttendanceTests",
            dependencies: ["Attendance", "Catalogue", "CirclesTesting", "Planner", "State"]
        ),
        .testTarget(
            name: "FeedServerTests",
            dependencies: [
                "FeedServer", "CirclesTesting", "PublishedLayout", .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "WebTests", dependencies: ["Web"]),
        .testTarget(
            name: "MailTests",
            dependencies: [
                "Mail", "Catalogue", "CirclesTesting", "State", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "ITC2007Tests",
            dependencies: ["ITC2007", "Solver"],
            path: "Benchmarks/ITC2007/Tests/ITC2007Tests",
            exclude: ["Fixtures"]
        ),
    ]
)
