@testable import DossierCorpus
@testable import DossierExtraction

/// A line through the reader's date parser and a sentence through the timeline's date finder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = DateParser().firstDate(in: text)
    _ = DateMentionFinder().mentions(in: text)
    return 0
}
