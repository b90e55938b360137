// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Vista",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vista", targets: ["vista"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // cmark-gfm, the C library, as installed by Debian's packages.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The only code that touches cmark pointers.
        .target(name: "VistaMarkdown", dependencies: ["CCmarkGFM"]),
        // Chart specs to SVG: pure Swift, no I/O, no dependencies.
        .target(name: "VistaCharts"),
        // The content model, its loading and validation, the cost model and metric figures.
        .target(name: "VistaContent", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The build: resolve, render through templates, write atomically.
        .target(
            name: "VistaSite",
            dependencies: [
                "VistaContent", "VistaMarkdown", "VistaCharts",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Theme")]
        ),
        // The command line.
        .target(
            name: "VistaCLI",
            dependencies: [
                "VistaSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "vista", dependencies: ["VistaCLI"]),

        .testTarget(name: "VistaMarkdownTests", dependencies: ["VistaMarkdown"]),
        .testTarget(name: "VistaChartsTests", dependencies: ["VistaCharts"], exclude: ["Snapshots"]),
        .testTarget(name: "VistaContentTests", dependencies: ["VistaContent"], exclude: ["Fixtures"]),
        .testTarget(name: "VistaSiteTests", dependencies: ["VistaSite"], exclude: ["Fixtures", "Snapshots"]),
    ]
)
