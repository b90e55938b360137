// swift-tools-version:6.0
import PackageDescription

/// Generic types made from concrete ones (a model's `KeyedEncodingContainer`, a `Set` of ids) are
/// reached through their metadata accessors instead of by mangled name: the first use of each
/// then needs no demangling and no search of every conformance in the process, which was a fifth
/// of a small build (docs/PERFORMANCE.md, item 13).
let directMetadata: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

let package = Package(
    name: "Vista",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vista", targets: ["vista"]),
        // For the fuzz targets in Fuzz/, a package of their own that depends on this one.
        .library(name: "VistaContent", targets: ["VistaContent"]),
        .library(name: "VistaSite", targets: ["VistaSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // .xlsx data: the ZIP container (the XML inside is read by Vista's own XMLTree).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // swift-mustache 2.1.1 with three speed fixes (Vendor/swift-mustache/PATCHES.md).
        .package(path: "Vendor/swift-mustache"),
        // The dev server (`vista serve`) only.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        // cmark-gfm, the C library, as installed by Debian's packages or Homebrew.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // SQLite, the C library, as installed by Debian's packages: metric data from a database.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // What several targets need and none owns: the civil calendar, the worker pool, a lock.
        .target(name: "VistaSupport", swiftSettings: directMetadata),
        // The only code that touches cmark pointers.
        .target(name: "VistaMarkdown", dependencies: ["CCmarkGFM", "VistaSupport"], swiftSettings: directMetadata),
        // Chart specs to SVG: pure Swift, no I/O, no dependencies.
        .target(name: "VistaCharts", dependencies: ["VistaSupport"], swiftSettings: directMetadata),
        // The content model, its loading and validation, the cost model and metric figures.
        .target(name: "VistaContent", dependencies: [
            "VistaSupport", .product(name: "Yams", package: "Yams"), "CSQLite",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: directMetadata),
        // The build: resolve, render through templates, write atomically.
        .target(
            name: "VistaSite",
            dependencies: [
                "VistaSupport", "VistaContent", "VistaMarkdown", "VistaCharts",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Theme")],
            swiftSettings: directMetadata
        ),
        // `vista serve`: the built site over HTTP, rebuilt on change, with live reload. The only
        // target that sees the HTTP server library.
        .target(
            name: "VistaServer",
            dependencies: [
                "VistaSupport", "VistaContent", "VistaSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: directMetadata
        ),
        // The command line.
        .target(
            name: "VistaCLI",
            dependencies: [
                "VistaSupport", "VistaCharts", "VistaContent", "VistaMarkdown", "VistaSite", "VistaServer",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: directMetadata
        ),
        .executableTarget(name: "vista", dependencies: ["VistaCLI"], swiftSettings: directMetadata),

        // What every test target shares: golden files, temporary folders.
        .target(name: "VistaTestSupport", path: "Tests/VistaTestSupport"),
        .testTarget(name: "VistaSupportTests", dependencies: ["VistaSupport"]),
        .testTarget(name: "VistaMarkdownTests", dependencies: ["VistaMarkdown"]),
        .testTarget(name: "VistaChartsTests", dependencies: ["VistaCharts", "VistaSupport", "VistaContent", "VistaTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "VistaContentTests", dependencies: ["VistaContent", "VistaTestSupport", "CSQLite"], exclude: ["Fixtures"]),
        .testTarget(name: "VistaSiteTests", dependencies: ["VistaSite", "VistaTestSupport"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "VistaServerTests", dependencies: ["VistaServer", "VistaSupport"]),
        .testTarget(name: "VistaCLITests", dependencies: ["VistaCLI", "VistaTestSupport"]),
    ]
)
