// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hearsay",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hearsay", targets: ["hearsay"]),
        .executable(name: "hearsay-bench", targets: ["hearsay-bench"]),
        .library(name: "HearsayCore", targets: ["HearsayCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // ncursesw through a module map and a shim header; no pkgConfig (SwiftPM drops its -D flags).
        .systemLibrary(name: "CNCursesw", path: "Sources/CNCursesw"),
        // The model layer: articles, annotation, search, reader state, rendering. No terminal code.
        .target(
            name: "HearsayCore",
            exclude: ["Annotation/Data/build_data.py", "Annotation/Data/ATTRIBUTION.md", "Annotation/Data/cities.in", "Annotation/Data/countries.in", "Annotation/Data/features.in", "Annotation/Data/regions.in", "Annotation/Data/states.in", "Annotation/Data/given.in", "Annotation/Data/demonyms.in"],
            resources: [.copy("Annotation/Data/places.tsv"), .copy("Annotation/Data/given-names.tsv"), .copy("Annotation/Data/surnames.txt"), .copy("Annotation/Data/demonyms.txt"), .copy("Annotation/Data/common-words.txt")]
        ),
        // The only code that calls ncurses: copy a grid to the screen, read keys.
        // Crash and signal handlers that restore the terminal (C, because they run inside signal handlers).
        .target(name: "CTermGuard", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "HearsayTerminal", dependencies: ["CNCursesw", "CTermGuard", "HearsayCore"]),
        .executableTarget(
            name: "hearsay",
            dependencies: [
                "HearsayCore", "HearsayTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark: a generator of news-like articles and the measurements, as a library the tests can run.
        .target(name: "HearsayBench", dependencies: ["HearsayCore"]),
        .executableTarget(
            name: "hearsay-bench",
            dependencies: ["HearsayBench", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Fuzzing the loader and the annotator: libFuzzer's entry point plus a deterministic driver (see .ci/run).
        .executableTarget(name: "hearsay-fuzz", dependencies: ["HearsayCore"], path: "Sources/HearsayFuzz"),
        .testTarget(name: "HearsayCoreTests", dependencies: ["HearsayCore"]),
        .testTarget(name: "HearsayBenchTests", dependencies: ["HearsayBench"]),
        // Depending on the executable makes `swift test` build it first.
        .testTarget(name: "HearsayEndToEndTests", dependencies: ["hearsay"]),
    ]
)
