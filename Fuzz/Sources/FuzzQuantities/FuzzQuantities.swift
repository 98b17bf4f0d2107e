@testable import DossierExtraction
import DossierLanguage

/// The one tokenizer, made once per process as a build makes it once.
let tokenizer = Tokenizer(lexicon: try! Lexicon.load())

/// One sentence through the shared tokenizer and the quantity recogniser, with and without a publication year.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuantities(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let tokens = tokenizer.tokens(of: text)
    _ = QuantityRecognizer(publishedYear: nil).quantities(in: tokens)
    _ = QuantityRecognizer(publishedYear: 2025).quantities(in: tokens)
    return 0
}
