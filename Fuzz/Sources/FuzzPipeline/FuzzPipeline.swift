import DossierBuild
import Foundation

/// A content folder of the fuzzer's own, made once per process: the input is written into it as an article.
let contentFolder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
    return folder
}()

/// The same bytes as a `.txt` and as a `.md` article, through every stage of the build but the write:
/// load (UTF-8, front matter), parse, extract, assemble, Markdown pages, HTML and templates, dossier.json.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let articles = contentFolder.appendingPathComponent("articles")
    try? bytes.write(to: articles.appendingPathComponent("fuzz.txt"))
    try? bytes.write(to: articles.appendingPathComponent("fuzz.md"))
    let options = BuildOptions(content: contentFolder.path, templates: contentFolder.appendingPathComponent("no-templates").path,
                               output: contentFolder.appendingPathComponent("output").path)
    var report = BuildReport()
    _ = Pipeline(options: options).site(report: &report)
    return 0
}
