import DossierCorpus
import DossierLanguage

/// The one tokenizer, made once per process as a build makes it once.
let tokenizer = Tokenizer(lexicon: try! Lexicon.load())

/// One plain-text article through the reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = ArticleReader(tokenizer: tokenizer).read(SourceFile(path: "fuzz.txt", body: text), id: "fuzz")
    return 0
}
