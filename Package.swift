// swift-tools-version:6.0
import PackageDescription

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
        .target(name: "TextAnalysis", dependencies: ["CPCRE2"]),
        // Documents, paragraphs, sentences and tokens in one buffer; the inverted index; the loaders.
        .target(name: "CorpusModel", dependencies: ["CZlib", "TextAnalysis"]),
        // What is found in the text: quotations, speakers, entities, figures, shared passages.
        // Release builds leave out the run-time exclusivity checks: the extraction reads its per-document
        // model (a class, one per thread) millions of times per corpus, and the checks cost 5 % of it.
        // Debug builds and the tests keep them.
        .target(name: "Annotation", dependencies: ["TextAnalysis", "CorpusModel"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        // The language: lexer, parser, AST, evaluator, verbs, units, compare aspects.
        .target(name: "QueryLanguage", dependencies: ["TextAnalysis", "CorpusModel", "Annotation"]),
        // Results as text: the table view, CSV, TSV, JSON, JSONL, Markdown, line; SVG charts; diagnostics.
        .target(name: "Rendering", dependencies: ["TextAnalysis", "CorpusModel", "Annotation", "QueryLanguage"]),
        // The session (statements, meta-commands, help, completion) and notebooks, behind a line source.
        .target(name: "Shell", dependencies: ["TextAnalysis", "CorpusModel", "Annotation", "QueryLanguage", "Rendering"]),
        // The thin executable: command line, libedit shell, script and notebook runners.
        .executableTarget(
            name: "crq",
            dependencies: [
                "Shell", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Each layer's own tests where they need nothing above it; the rest run through the shell.
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis"]),
        .testTarget(name: "crqTests", dependencies: ["crq", "Shell"]),
        .testTarget(name: "CrqKitTests", dependencies: ["Shell"], resources: [.copy("Golden")]),
    ],
    swiftLanguageModes: [.v6]
)
