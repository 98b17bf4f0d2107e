import DossierCorpus

/// A Markdown article's text through the front-matter splitter; broken YAML must be a diagnostic, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? FrontMatterParser.split(text, path: "fuzz.md")
    return 0
}
