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
        // --- solver helper: engine + ITC-2007 benchmark ---
        .library(name: "Solver", targets: ["Solver"]),
        .executable(name: "itc2007", targets: ["itc2007"]),
        // --- end solver helper ---
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
        // --- solver helper: generic engine, ITC-2007 adapter and benchmark, tests ---
        .target(name: "Solver"),
        .target(
            name: "ITC2007",
            dependencies: ["Solver"],
            path: "Benchmarks/ITC2007/Sources/ITC2007"
        ),
        .executableTarget(
            name: "itc2007",
            dependencies: [
                "ITC2007", "Solver",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/ITC2007/Sources/itc2007"
        ),
        .testTarget(name: "SolverTests", dependencies: ["Solver"]),
        .testTarget(
            name: "ITC2007Tests",
            dependencies: ["ITC2007", "Solver"],
            path: "Benchmarks/ITC2007/Tests/ITC2007Tests",
            exclude: ["Fixtures"]
        ),
        // --- end solver helper ---
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

// MARK: - Catalogue (branch `catalogue`): the workspace model, loading and validation.
package.dependencies += [
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
]
package.targets += [
    .target(
        name: "Catalogue",
        dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // A valid workspace written into a temporary folder, for the tests of every module that reads one.
    .target(name: "CatalogueFixtures", dependencies: ["Catalogue"]),
    .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "CatalogueFixtures"]),
    .testTarget(name: "CirclesCommandTests", dependencies: ["circles", "CatalogueFixtures"]),
]
package.targets.first { $0.name == "circles" }?.dependencies.append("Catalogue")

// MARK: - Planner: the workspace mapped onto the solver, circle formation, the schedule.
package.targets += [
    .target(name: "Planner", dependencies: ["Catalogue", "Solver"]),
    .testTarget(name: "PlannerTests", dependencies: ["Planner", "Catalogue", "Solver"]),
]
package.targets.first { $0.name == "circles" }?.dependencies.append("Planner")
