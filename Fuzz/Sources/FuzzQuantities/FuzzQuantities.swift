@testable import DossierExtraction

/// One sentence through the figure tokenizer and the quantity recogniser, with and without a publication year.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuantities(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let tokens = FigureTokenizer.tokens(of: text)
    _ = QuantityRecognizer(publishedYear: nil).quantities(in: tokens)
    _ = QuantityRecognizer(publishedYear: 2025).quantities(in: tokens)
    return 0
}
