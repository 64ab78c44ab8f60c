// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Dossier's parsers, kept out of the main package so that `swift build`
// and `swift test` never build them. `scripts/fuzz.sh` builds them with the fuzzer and
// AddressSanitizer and runs them.
//
// Each target is an executable whose entry point (`<Module>_main`, the name SwiftPM links an
// executable's code under) hands control to libFuzzer's `LLVMFuzzerRunDriver`: building with
// `-parse-as-library` and libFuzzer's own `main` does not link under SwiftPM
// (swiftlang/swift-package-manager#8731).
let package = Package(
    name: "DossierFuzz",
    dependencies: [
        .package(name: "Dossier", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's driver entry point; nothing else.
        .target(name: "CFuzzerDriver"),
        // What every target shares: the driver call and a scratch file.
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "DossierKit", package: "Dossier")]),
    ] + ["FuzzDecoding", "FuzzHTML", "FuzzPlainText", "FuzzJSONLines", "FuzzTagging"].map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "DossierKit", package: "Dossier")],
            // The system's gold linker fails with an internal error on these instrumented
            // objects; the toolchain's lld links them.
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
        )
    }
)
