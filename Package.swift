// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-bench", targets: ["dossier-bench"]),
        .executable(name: "dossier-train", targets: ["dossier-train"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
        .library(name: "DossierStore", targets: ["DossierStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
    ],
    targets: [
        // System libraries: a module map and a small shim header each, nothing else.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),

        // The document model and pipeline: no terminal, no database.
        .target(
            name: "DossierKit",
            dependencies: ["CLibXML2", "CZlib"],
            resources: [.copy("Resources")]
        ),
        // Processed records, the mention index, full-text search and reading state in SQLite.
        .target(
            name: "DossierStore",
            dependencies: ["DossierKit", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // The reader as pure logic: state, reducer, layout, rendering into a ScreenBuffer.
        .target(name: "DossierReader", dependencies: ["DossierKit"]),
        // The settings file: read from TOML into the reader's key bindings, colours and options.
        .target(name: "DossierSettings", dependencies: ["DossierReader", "DossierKit", "TOMLKit"]),

        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit", "DossierStore", "DossierReader", "DossierSettings", "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Samples")]
        ),
        .executableTarget(
            name: "dossier-bench",
            dependencies: [
                "DossierKit", "DossierStore", "DossierReader",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Trains the shipped recognition model from CoNLL data.
        .executableTarget(
            name: "dossier-train",
            dependencies: [
                "DossierKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit"]),
        .testTarget(name: "DossierStoreTests", dependencies: ["DossierStore", "DossierKit"]),
        // The whole-screen snapshots are read from the source tree by path, not as resources.
        .testTarget(name: "DossierReaderTests", dependencies: ["DossierReader", "DossierKit"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "DossierSettingsTests", dependencies: ["DossierSettings", "DossierReader", "DossierKit"]),
        // Runs the built `dossier` in tmux; depends on it so that `swift test` builds it.
        .testTarget(name: "DossierEndToEndTests", dependencies: ["dossier", "DossierKit"]),
    ]
)
