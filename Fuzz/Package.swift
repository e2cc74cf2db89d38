// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for dossier, kept out of the root package so that `swift build` and
// `swift test` there never see them. Built only by scripts/fuzz.sh, which passes
// `--sanitize=fuzzer` and `-enable-testing` (the targets use `@testable import DossierCore`
// to reach the loader's internal types without making them public).
let package = Package(
    name: "DossierFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // `name:` pins the identity: a path dependency is otherwise named after its folder,
        // which differs between checkouts and worktrees.
        .package(name: "dossier", path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(
            name: "FuzzFrontMatter",
            dependencies: ["FuzzSupport", .product(name: "DossierCore", package: "dossier")]
        ),
        .executableTarget(
            name: "FuzzCleaner",
            dependencies: [
                "FuzzSupport",
                .product(name: "DossierCore", package: "dossier"),
                .product(name: "CmarkGFM", package: "dossier"),
            ]
        ),
        .executableTarget(
            name: "FuzzTextFastPaths",
            dependencies: [
                "FuzzSupport",
                .product(name: "DossierCore", package: "dossier"),
                .product(name: "CmarkGFM", package: "dossier"),
            ]
        ),
        .executableTarget(
            name: "FuzzMarkdownLinking",
            dependencies: [
                "FuzzSupport",
                .product(name: "DossierCore", package: "dossier"),
                .product(name: "CmarkGFM", package: "dossier"),
            ]
        ),
    ]
)
