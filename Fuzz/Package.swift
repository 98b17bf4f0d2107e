// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The root package's identity: SwiftPM names a path dependency after its folder (`dossier`, a worktree's name).
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent.lowercased()

/// libFuzzer targets for dossier's readers, one per parser, kept out of the root package so that
/// `swift build` and `swift test` there never see `-sanitize=fuzzer`. Build and run them with
/// `scripts/fuzz.sh TARGET SECONDS` (it passes `--sanitize fuzzer --sanitize address -Xswiftc -parse-as-library -Xswiftc -enable-testing`).
/// Each target is one file exporting `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`.
/// The root package compiles its modules for release against the static Swift runtime and Foundation
/// (`-static-stdlib`, see its Package.swift); executables made of them link that runtime too.
let staticRuntime: [LinkerSetting] = [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]

let package = Package(
    name: "dossier-fuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // ArticleReader().read on a plain-text article: title, date, byline, boilerplate, paragraphs, sentences.
        .executableTarget(name: "FuzzArticleReader", dependencies: [.product(name: "DossierCorpus", package: root), .product(name: "DossierLanguage", package: root)], linkerSettings: staticRuntime),
        // FrontMatterParser.split: the `---` YAML block of a Markdown article.
        .executableTarget(name: "FuzzFrontMatter", dependencies: [.product(name: "DossierCorpus", package: root)], linkerSettings: staticRuntime),
        // The quantity recogniser of the figures table, on the shared tokenizer's tokens.
        .executableTarget(name: "FuzzQuantities", dependencies: [.product(name: "DossierExtraction", package: root), .product(name: "DossierLanguage", package: root)], linkerSettings: staticRuntime),
        // The date parsers: the reader's DateParser and the timeline's DateMentionFinder.
        .executableTarget(name: "FuzzDates", dependencies: [.product(name: "DossierCorpus", package: root), .product(name: "DossierExtraction", package: root), .product(name: "DossierLanguage", package: root)], linkerSettings: staticRuntime),
        // SentenceSplitter.split.
        .executableTarget(name: "FuzzSentences", dependencies: [.product(name: "DossierCorpus", package: root)], linkerSettings: staticRuntime),
        // The whole build of one article file, from its bytes on disk to the rendered site in memory.
        .executableTarget(name: "FuzzPipeline", dependencies: [.product(name: "DossierBuild", package: root)], linkerSettings: staticRuntime),
    ]
)
