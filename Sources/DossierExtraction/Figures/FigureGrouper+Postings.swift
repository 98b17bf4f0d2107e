extension FigureGrouper {
    /// What the groups of one class are found by: the groups each word (by its number) and each value went into, and
    /// the groups in the order they last took a mention (`recent`). A group is listed again only when another came
    /// in between, so the last entries of a list are the groups that took the word most recently.
    struct Postings {
        /// Indexed by word number: numbers are given densely from 0 (places in a `StringPlaces`), so no hashing.
        private var byWord: [[Int]] = []
        /// By the value's bits: equal keys for equal values (and `0` apart from `-0`, as their text would keep them).
        private var byValue: [UInt64: [Int]] = [:]
        private(set) var recent: [Int] = []

        func groups(withWord word: Int) -> ArraySlice<Int> {
            word < byWord.count ? byWord[word][...] : []
        }

        func groups(withValue bits: UInt64) -> ArraySlice<Int> {
            byValue[bits]?[...] ?? []
        }

        /// Records that `group` took a mention with these words and value.
        mutating func add(_ group: Int, words: [Int], value bits: UInt64?) {
            for word in words {
                if word >= byWord.count { byWord.append(contentsOf: repeatElement([], count: word + 1 - byWord.count)) }
                if byWord[word].last != group { byWord[word].append(group) }
            }
            if let bits, byValue[bits]?.last != group { byValue[bits, default: []].append(group) }
            if recent.last != group { recent.append(group) }
        }
    }

    /// The groups a mention is compared with, each once, in the order they were first gathered: a mark per group says
    /// whether it is already a candidate of this mention, instead of a set made for every mention.
    struct Candidates {
        /// For each group, the number of the last mention that took it as a candidate.
        private var markedBy: [Int] = []
        private var mention = 0
        private(set) var groups: [Int] = []

        /// Starts the candidates of the next mention, of `groupCount` groups so far.
        mutating func start(groupCount: Int) {
            mention += 1
            groups.removeAll(keepingCapacity: true)
            if markedBy.count < groupCount { markedBy.append(contentsOf: repeatElement(0, count: groupCount - markedBy.count)) }
        }

        mutating func add(_ some: ArraySlice<Int>) {
            for group in some where markedBy[group] != mention {
                markedBy[group] = mention
                groups.append(group)
            }
        }
    }
}
