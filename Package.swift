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

// MARK: - Catalogue (branch `catalogue`): the workspace model, loading and validation.
package.dependencies += [
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
]
package.targets += [
    .target(
        name: "Catalogue",
        dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    .testTarget(name: "CatalogueTests", dependencies: ["Catalogue"]),
    .testTarget(name: "CirclesCommandTests", dependencies: ["circles", "Catalogue"]),
]
package.targets.first { $0.name == "circles" }?.dependencies.append("Catalogue")
