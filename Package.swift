// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierCore", targets: ["DossierCore"]),
        // For the fuzz targets in Fuzz/ (a separate package), which drive the cmark wrapper directly.
        .library(name: "CmarkGFM", targets: ["CmarkGFM"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // Only the preview server (DossierServe) uses it; the core and the build stay without it.
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The only Swift code that touches cmark-gfm's C pointers.
        .target(name: "CmarkGFM", dependencies: ["CCmarkGFM"]),
        .target(
            name: "DossierCore",
            dependencies: [
                "CmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `dossier serve`: the preview server, its safe file resolver and live reload.
        .target(
            name: "DossierServe",
            dependencies: [
                "DossierCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "DossierCLI",
            dependencies: [
                "DossierCore",
                "DossierServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // glibc's malloc.h, for one allocator setting made when the executable starts.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .executableTarget(name: "dossier", dependencies: ["DossierCLI", .target(name: "CMalloc", condition: .when(platforms: [.linux]))]),
        // Times ArticleCleaner over folders of articles and dumps its output as a
        // regression oracle (see scripts/bench-cleaner.sh). Not part of the CLI.
        .executableTarget(name: "cleaner-bench", dependencies: ["DossierCore"], path: "Sources/CleanerBench"),
        .testTarget(name: "CmarkGFMTests", dependencies: ["CmarkGFM"]),
        .testTarget(name: "DossierCoreTests", dependencies: ["DossierCore", .product(name: "Mustache", package: "swift-mustache")], exclude: ["Fixtures", "Ingest/Fixtures"]),
        .testTarget(name: "DossierServeTests", dependencies: ["DossierServe", "DossierCore"]),
        .testTarget(name: "DossierCLITests", dependencies: ["DossierCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ]
)
