// swift-tools-version: 6.0
import PackageDescription

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
        // The language layer: one tokenizer, the word lists (Resources/lexicon) and WordNet (Debian: wordnet-base).
        .target(name: "DossierLanguage", resources: [.copy("Resources/lexicon")]),
        // The model (articles, people, figures, topics, events, the dossier), diagnostics, slugs, stage names.
        .target(name: "DossierCore", dependencies: ["DossierLanguage"]),
        // Stages 1–2, load and parse: files → front matter → Article (metadata, boilerplate, sentences, flags).
        .target(name: "DossierCorpus", dependencies: ["DossierCore", "DossierLanguage", "Yams"]),
        // Stages 3–4, extract and assemble: people, figures, topics, events → Dossier.
        .target(name: "DossierExtraction", dependencies: ["DossierCore", "DossierLanguage", "Yams"],
                resources: [.process("Resources")]),
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
            ]
        ),
        // The pipeline written down in one place, and the atomic write of output/.
        .target(name: "DossierBuild", dependencies: ["DossierCore", "DossierLanguage", "DossierCorpus", "DossierExtraction", "DossierSite", "Yams"]),
        // The dev server: serves the output folder safely, rebuilds on change, live reload.
        .target(name: "DossierServer", dependencies: [
            "DossierBuild", "DossierSite", "DossierCore", "FlyingFox",
            .product(name: "FlyingSocks", package: "FlyingFox"),
        ]),
        // The command-line interface: one file per subcommand.
        .executableTarget(
            name: "dossier",
            dependencies: ["DossierBuild", "DossierServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
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
