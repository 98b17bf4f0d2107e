import DossierCore
@testable import DossierCorpus
@testable import DossierExtraction
import DossierLanguage

/// The one tokenizer, made once per process as a build makes it once.
let tokenizer = Tokenizer(lexicon: try! Lexicon.load())

/// A line through the reader's date parser and, analysed as one sentence, through the timeline's date finder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = DateParser().firstDate(in: text)
    let sentence = Sentence(id: "s1", text: text, range: 0..<text.unicodeScalars.count, line: 1, tokens: tokenizer.tokens(of: text))
    _ = DateMentionFinder().mentions(in: sentence)
    return 0
}
