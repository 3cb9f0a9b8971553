// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "crq",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "crq", targets: ["crq"]),
        .library(name: "CrqKit", targets: ["CrqKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System C libraries, each behind a small shim header.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // The core: corpus model, text analysis, query language, rendering. No terminal code.
        .target(
            name: "CrqKit",
            dependencies: ["CPCRE2", "CZlib"]
        ),
        // The thin executable: command line, libedit shell, script and notebook runners.
        .executableTarget(
            name: "crq",
            dependencies: [
                "CrqKit", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "crqTests", dependencies: ["crq"]),
        .testTarget(name: "CrqKitTests", dependencies: ["CrqKit"], resources: [.copy("Golden")]),
    ],
    swiftLanguageModes: [.v6]
)
