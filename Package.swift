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

// MARK: - Attendance (branch `attendance`): närvarolistor as PDF (cairo + pango) and CSV, ABF study hours.
package.targets += [
    .systemLibrary(
        name: "CPangoCairo",
        pkgConfig: "pangocairo",
        providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
    ),
    .target(
        name: "Attendance",
        dependencies: ["CPangoCairo"]
    ),
    .testTarget(
        name: "AttendanceTests",
        dependencies: ["Attendance"]
    ),
]
