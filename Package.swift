// swift-tools-version:6.0
import PackageDescription

// Release builds on Linux link the Swift runtime and libraries into the executable: the runtime's entry points
// (retain, release, the one-time set-up of a static) are then called directly, not through the dynamic linker's
// table, and the extraction calls them a great many times (3 % of its time). Every module is compiled against
// the static libraries, so that it asks the linker for what they need in turn.
let staticStdlib: SwiftSetting = .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))

let package = Package(
    name: "crq",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "crq", targets: ["crq"]),
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
        // The layers, each built only on those above it here. No terminal code below the executable.
        // Text: UTF-8 decoding, character classes, tokens, the scanner, sentences, word keys, the abbreviation list, regex.
        .target(name: "TextAnalysis", dependencies: ["CPCRE2"], swiftSettings: [staticStdlib]),
        // Documents, paragraphs, sentences and tokens in one buffer; the inverted index; the loaders.
        .target(name: "CorpusModel", dependencies: ["CZlib", "TextAnalysis"], swiftSettings: [staticStdlib]),
        // What is found in the text: quotations, speakers, entities, figures, shared passages.
        // Release builds leave out the run-time exclusivity checks: the extraction reads its per-document
        // model (a class, one per thread) millions of times per corpus, and the checks cost 5 % of it.
        // Debug builds and the tests keep them.
        .target(name: "Annotation", dependencies: ["TextAnalysis", "CorpusModel"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)), staticStdlib]),
        // The language: lexer, parser, AST, evaluator, verbs, units, compare aspects.
        .target(name: "QueryLanguage", dependencies: ["TextAnalysis", "CorpusModel", "Annotation"], swiftSettings: [staticStdlib]),
        // Results as text: the table view, CSV, TSV, JSON, JSONL, Markdown, line; SVG charts; diagnostics.
        .target(name: "Rendering", dependencies: ["TextAnalysis", "CorpusModel", "Annotation", "QueryLanguage"], swiftSettings: [staticStdlib]),
        // The session (statements, meta-commands, help, completion) and notebooks, behind a line source.
        .target(name: "Shell", dependencies: ["TextAnalysis", "CorpusModel", "Annotation", "QueryLanguage", "Rendering"], swiftSettings: [staticStdlib]),
        // The thin executable: command line, libedit shell, script and notebook runners.
        .executableTarget(
            name: "crq",
            dependencies: [
                "Shell", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [staticStdlib],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        // Each layer's own tests where they need nothing above it; the rest run through the shell.
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(name: "crqTests", dependencies: ["crq", "Shell"]),
        .testTarget(name: "CrqKitTests", dependencies: ["Shell"], resources: [.copy("Golden")]),
    ],
    swiftLanguageModes: [.v6]
)
