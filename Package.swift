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
    ]
)

// MARK: - FeedServer (branch `server`): HTTP for the published Calendars/ folder.
// Kept as one appended block so the lead can merge it beside the other branches.
package.dependencies += [
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
]
package.targets += [
    // zlib for gzip bodies computed once per snapshot, not per request.
    .systemLibrary(
        name: "CZlib",
        pkgConfig: "zlib",
        providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
        name: "FeedServer",
        dependencies: [
            "CZlib",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]
    ),
    .testTarget(
        name: "FeedServerTests",
        dependencies: [
            "FeedServer",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        ]
    ),
]
// `circles serve` lives in the executable; it only parses arguments and starts a FeedServer.
package.targets.first { $0.name == "circles" }?.dependencies += [
    "FeedServer",
    .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
]
