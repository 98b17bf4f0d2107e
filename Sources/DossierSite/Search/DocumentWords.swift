/// Each document's distinct words, by number, side by side in one array: document `d`'s are
/// `numbers[starts[d]..<starts[d + 1]]`. The vocabulary's chunks append to it document by document, so a corpus's
/// documents take two arrays, not one per document (a search index has one document per sentence).
///
/// The numbers are kept as `UInt32` (a vocabulary has far fewer than four billion words): a BBC index holds ~0.8 M
/// numbers in its chunks and again joined, and at eight bytes each they were memory touched for the first time (page
/// faults) and copied as the chunks' arrays grew; they are read back as `Int`.
struct DocumentWords: RandomAccessCollection, Sendable {
    /// The documents' word numbers, one document after the other.
    private(set) var numbers: [UInt32] = []
    /// Where each document's numbers start in `numbers`, and after the last, where they end.
    private(set) var starts: [Int] = [0]

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { starts.count - 1 }

    /// Document `document`'s word numbers, read in place.
    subscript(document: Int) -> LazyMapCollection<ArraySlice<UInt32>, Int> {
        numbers[starts[document]..<starts[document + 1]].lazy.map { Int($0) }
    }

    mutating func reserveCapacity(documents: Int, numbers count: Int) {
        starts.reserveCapacity(documents + 1)
        numbers.reserveCapacity(count)
    }

    /// Adds a number to the document being written (the one after the last ended).
    mutating func append(_ number: Int) {
        numbers.append(UInt32(number))
    }

    /// Ends the document being written: the numbers appended since the last one ended are its words.
    mutating func endDocument() {
        starts.append(numbers.count)
    }

    /// Appends `other`'s documents, each of its numbers written as `renumbered` of it.
    mutating func append(_ other: DocumentWords, renumbered: (Int) -> Int) {
        let offset = numbers.count
        for number in other.numbers { numbers.append(UInt32(renumbered(Int(number)))) }
        for start in other.starts.dropFirst() { starts.append(offset + start) }
    }
}
