// swift-tools-version: 6.0
import PackageDescription

/// dossier's own modules are compiled for release against the static Swift runtime and Foundation, which the release
/// binary then carries in itself (see `staticRuntime`). (`-cross-module-optimization` was tried beside it: a BBC build
/// ran 0.1% more instructions, not fewer.)
let staticRuntimeImports: [SwiftSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

/// The release binary carries the Swift runtime and Foundation in itself: no dynamic linking of some 15 Swift libraries
/// at each start, and direct calls into the runtime (`swift_retain` and the like, called some 90 million times in a BBC
/// build) instead of calls through the procedure linkage table: a BBC build runs 1.5% fewer instructions (20.62 G → 20.38 G). The binary
/// also runs where no Swift toolchain is installed (the C libraries, cmark-gfm and zlib, stay shared).
let staticRuntime: [LinkerSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

/// Targets are listed in pipeline order: the model, then load/parse, extract/assemble,
/// the site (Markdown → HTML → templates), the build that runs them, the dev server, the CLI.
let package = Package(
    name: "dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        // The stages as libraries, for the fuzz targets in Fuzz/ (a package of its own that depends on this one).
        .library(name: "DossierLanguage", targets: ["DossierLanguage"]),
        .library(name: "DossierCorpus", targets: ["DossierCorpus"]),
        .library(name: "DossierExtraction", targets: ["DossierExtraction"]),
        .library(name: "DossierBuild", targets: ["DossierBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.20.0"),
    ],
    targets: [
        // The system library cmark-gfm (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The system library zlib (Debian: zlib1g-dev, which Swift itself needs): compresses the search index.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The system library mimalloc (Debian: libmimalloc-dev): the process's memory allocator, in place of the C
        // library's (see `SystemAllocator`).
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // The language layer: one tokenizer, the word lists (Resources/lexicon) and WordNet (Debian: wordnet-base).
        .target(name: "DossierLanguage", resources: [.copy("Resources/lexicon")], swiftSettings: staticRuntimeImports),
        // The model (articles, people, figures, topics, events, the dossier), diagnostics, slugs, stage names.
        .target(name: "DossierCore", dependencies: ["DossierLanguage"], swiftSettings: staticRuntimeImports),
        // Stages 1–2, load and parse: files → front matter → Article (metadata, boilerplate, sentences, flags).
        .target(name: "DossierCorpus", dependencies: ["DossierCore", "DossierLanguage", "Yams"], swiftSettings: staticRuntimeImports),
        // Stages 3–4, extract and assemble: people, figures, topics, events → Dossier.
        .target(name: "DossierExtraction", dependencies: ["DossierCore", "DossierLanguage", "Yams"],
                resources: [.process("Resources")], swiftSettings: staticRuntimeImports),
        // Stages 5–7: Markdown pages, HTML through cmark-gfm, templates, dossier.json.
        .target(
            name: "DossierSite",
            dependencies: [
                "DossierCore", "DossierLanguage", "CCmarkGFM", "CZlib",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["DefaultTemplates/README.md"],
            resources: [
                .embedInCode("DefaultTemplates/base.mustache"),
                .embedInCode("DefaultTemplates/index.mustache"),
                .embedInCode("DefaultTemplates/source.mustache"),
                .embedInCode("DefaultTemplates/section.mustache"),
                .embedInCode("DefaultTemplates/search.mustache"),
                .embedInCode("DefaultTemplates/style.css"),
                .embedInCode("DefaultTemplates/search.js"),
            ],
            swiftSettings: staticRuntimeImports
        ),
        // The pipeline written down in one place, and the atomic write of output/.
        .target(name: "DossierBuild", dependencies: ["DossierCore", "DossierLanguage", "DossierCorpus", "DossierExtraction", "DossierSite", "CMimalloc", "Yams"],
                swiftSettings: staticRuntimeImports),
        // The dev server: serves the output folder safely, rebuilds on change, live reload.
        .target(name: "DossierServer", dependencies: [
            "DossierBuild", "DossierSite", "DossierCore", "FlyingFox",
            .product(name: "FlyingSocks", package: "FlyingFox"),
        ], swiftSettings: staticRuntimeImports),
        // The command-line interface: one file per subcommand.
        .executableTarget(
            name: "dossier",
            dependencies: ["DossierBuild", "DossierServer", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: staticRuntimeImports,
            linkerSettings: staticRuntime
        ),

        // Tests: one target per source target, plus end-to-end builds and runs of the binary, and what several share.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DossierLanguageTests", dependencies: ["DossierLanguage"]),
        .testTarget(name: "DossierCoreTests", dependencies: ["DossierCore", "TestSupport"]),
        .testTarget(name: "DossierCorpusTests", dependencies: ["DossierCorpus", "DossierCore", "DossierLanguage", "TestSupport"]),
        .testTarget(name: "DossierExtractionTests", dependencies: ["DossierExtraction", "DossierCorpus", "DossierCore", "DossierLanguage", "TestSupport"]),
        .testTarget(name: "DossierSiteTests", dependencies: ["DossierSite", "DossierCore", "DossierLanguage", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierBuildTests", dependencies: ["DossierBuild", "DossierSite", "DossierCore", "DossierCorpus", "DossierLanguage", "dossier"],
                    exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "DossierServerTests", dependencies: ["DossierServer", "DossierBuild", "DossierCore"]),
    ]
)
