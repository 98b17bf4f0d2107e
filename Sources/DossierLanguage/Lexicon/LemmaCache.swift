import Foundation

/// Lemmas already looked up, per word type: a word is looked up in WordNet once per build, whichever thread asks.
final class LemmaCache: @unchecked Sendable {
    private let lock = NSLock()
    private var lemmas: [String: String] = [:]

    func lemma(of word: String, compute: () -> String) -> String {
        lock.lock()
        if let known = lemmas[word] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let lemma = compute()
        lock.lock()
        lemmas[word] = lemma
        lock.unlock()
        return lemma
    }
}
