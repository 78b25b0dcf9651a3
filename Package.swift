// swift-tools-version:6.0
import PackageDescription

/// circles: a study-circle and training scheduler.
/// The targets follow `../shared/DESIGN.md`: the data flows one way,
/// Catalogue -> Planner (-> Solver) -> Feeds / Attendance / FeedServer.
let package = Package(
    name: "circles",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "circles", targets: ["circles"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // --- ical branch: State (begin) ---
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // --- ical branch: State (end) ---
    ],
    targets: [
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        .executableTarget(
            name: "circles",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // --- ical branch: ICal and State (begin) ---
        .target(
            name: "ICal",
            dependencies: ["CLibical"]
        ),
        .testTarget(
            name: "ICalTests",
            dependencies: ["ICal"]
        ),
        .target(
            name: "State",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "StateTests",
            dependencies: [
                "State",
                // The tests also read the file directly, as a second opinion on what was written.
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // --- ical branch: ICal and State (end) ---
    ]
)
