import Foundation

/// The word-type tables of one tokenizer, lent to one thread at a time and given back: the threads of a parse stage
/// keep their tables from one chunk or article to the next, with a lock taken twice a loan, not once a word.
final class WordTypesPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [WordTypes] = []

    /// `body` run with a table no other thread holds meanwhile.
    func withTable<Result>(_ body: (inout WordTypes) -> Result) -> Result {
        var table = lock.withLock { free.popLast() } ?? WordTypes()
        let result = body(&table)
        lock.withLock { free.append(table) }
        return result
    }
}
