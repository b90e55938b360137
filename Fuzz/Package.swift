// swift-tools-version:6.0
// libFuzzer targets for Vista, in a package of their own so that `swift build` and `swift test`
// of Vista never need the fuzzer runtime. Build and run them with `make fuzz` (scripts/fuzz/run.sh):
//   swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
// Each target is an executable whose main.swift hands one function to libFuzzer (FuzzDriver).
import PackageDescription

let package = Package(
    name: "VistaFuzz",
    dependencies: [.package(name: "Vista", path: "..")],
    targets: [
        .target(name: "FuzzDriver", swiftSettings: [.enableExperimentalFeature("Extern")]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzDriver", .product(name: "VistaContent", package: "Vista")]),
        .executableTarget(name: "FuzzTaskFile", dependencies: ["FuzzDriver", .product(name: "VistaContent", package: "Vista")]),
        .executableTarget(name: "FuzzMetricFile", dependencies: ["FuzzDriver", .product(name: "VistaContent", package: "Vista")]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzDriver", .product(name: "VistaContent", package: "Vista")]),
        .executableTarget(name: "FuzzXLSX", dependencies: ["FuzzDriver", .product(name: "VistaContent", package: "Vista")]),
        .executableTarget(name: "FuzzPeriod", dependencies: ["FuzzDriver", .product(name: "VistaContent", package: "Vista")]),
        .executableTarget(name: "FuzzMarkdown", dependencies: [
            "FuzzDriver", .product(name: "VistaContent", package: "Vista"), .product(name: "VistaSite", package: "Vista"),
        ]),
    ]
)
