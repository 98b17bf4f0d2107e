import Foundation

/// WordNet 3.0 as Debian's `wordnet-base` installs it, read in place: lemmas (the morphological exception lists
/// and detachment rules of WordNet's `morphy`), word classes, lexicographer classes, hypernyms and synonyms.
///
/// The index and data files are memory-mapped and searched, never read whole, so opening the database costs a
/// few milliseconds; only the exception lists (about 6,000 lines) are read into memory.
public final class WordNet: Sendable {
    /// Where Debian's `wordnet-base` puts the database.
    public static let defaultFolder = "/usr/share/wordnet"
    /// The environment variable that points dossier at another copy of the database.
    public static let folderVariable = "DOSSIER_WORDNET"

    public let folder: String
    private let indexes: PerWordClass<SortedLineFile>
    private let data: PerWordClass<OffsetLineFile>
    private let exceptions: PerWordClass<[String: [String]]>
    /// The keys of each class's exception list, by their bytes' hash (`exceptionKeyFilter`): the lemmatizer asks every
    /// word it meets whether the list has it, and few are there; the filter tells most of them so without hashing the
    /// word for the dictionary. Nil for a list with a key outside ASCII (the dictionary alone answers then).
    private let exceptionKeys: PerWordClass<KeyFilter>
    private let lexicographerClasses: [String]
    /// Senses already read, by word and class and by data-file offset: extractors ask about the same few thousand
    /// words many times, and parsing a data line each time was the largest cost of the extract stage.
    private let sensesOfWords = LookupCache<WordInClass, [Synset]>()
    private let sensesAtOffsets = LookupCache<OffsetInClass, Synset?>()
    /// For each word asked about as an ancestor (`isKind`), whether a noun synset is a kind of it, by the synset's offset.
    private let kindsOfAncestors = LookupCache<String, LookupCache<Int, Bool>>()

    /// Opens the database in `folder`; `lexicographerClasses` are the names of its lexicographer files, by number.
    public convenience init(folder: String, lexicographerClasses: [String]) throws(WordNetUnavailable) {
        try self.init(folder: folder, lexicographerClassesBeside: { lexicographerClasses })
    }

    /// Opens the database in `folder`, its word classes at once on the cores, and gets the names of its lexicographer
    /// files from `lexicographerClasses` beside them (the lexicon reads its bundled word lists there): a build's parse
    /// stage waits for the lexicon, and opening the classes one after another, then reading the lists, on one thread
    /// was most of that wait. The nouns' index holds three in four of all index lines: it is opened on a core of its
    /// own, the other classes in turn on another.
    init(folder: String, lexicographerClassesBeside lexicographerClasses: @Sendable () -> [String]) throws(WordNetUnavailable) {
        self.folder = folder
        let opened = ConcurrentSlots<OpenedWordClass?>(count: WordClass.allCases.count)
        let names = ConcurrentSlots<[String]>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            switch task {
            case 0: opened.put(OpenedWordClass(.noun, in: folder), at: WordClass.noun.position)
            case 1:
                for wordClass in WordClass.allCases where wordClass != .noun {
                    opened.put(OpenedWordClass(wordClass, in: folder), at: wordClass.position)
                }
            default: names.put(lexicographerClasses(), at: 0)
            }
        }
        self.lexicographerClasses = names.all[0] ?? []
        var indexes = PerWordClass<SortedLineFile>()
        var data = PerWordClass<OffsetLineFile>()
        var exceptions = PerWordClass<[String: [String]]>()
        var exceptionKeys = PerWordClass<KeyFilter>()
        let all = opened.all
        for wordClass in WordClass.allCases {
            guard let found = all[wordClass.position], let found else { throw WordNetUnavailable(folder: folder) }
            indexes[wordClass] = found.index
            data[wordClass] = found.data
            exceptions[wordClass] = found.exceptions
            exceptionKeys[wordClass] = found.exceptionKeys
        }
        self.indexes = indexes
        self.data = data
        self.exceptions = exceptions
        self.exceptionKeys = exceptionKeys
    }

    /// The database folder: `$DOSSIER_WORDNET` when set, else `/usr/share/wordnet`.
    public static func folder(environment: [String: String]) -> String {
        if let given = environment[folderVariable], !given.isEmpty { return given }
        return defaultFolder
    }

    /// Whether WordNet lists `word` (lower case, spaces or underscores) in this class.
    public func contains(_ word: String, as wordClass: WordClass) -> Bool {
        indexes[wordClass]?.hasLine(for: Self.key(word)) == true
    }

    /// The base forms WordNet's `morphy` finds for `word` in this class, the word itself first when listed:
    /// `mice` → `mouse`; `ran` → `run`; `talks` → `talks`, `talk`.
    public func baseForms(of word: String, as wordClass: WordClass) -> [String] {
        let word = Self.key(word)
        var forms: [String] = []
        func add(_ form: String) {
            if !forms.contains(form), contains(form, as: wordClass) { forms.append(form) }
        }
        add(word)
        if let listed = exceptions[wordClass]?[word] {
            listed.forEach(add)
            return forms.map { $0.replacingUnderscores() }
        }
        if wordClass == .noun, word.hasSuffix("ss") { return forms.map { $0.replacingUnderscores() } }
        for rule in MorphologyRules.detachments(for: wordClass) where word.hasSuffix(rule.suffix) && word.count > rule.suffix.count {
            add(String(word.dropLast(rule.suffix.count)) + rule.ending)
        }
        return forms.map { $0.replacingUnderscores() }
    }

    /// The lemma of `word` in this class: the shortest base form (`talks` → `talk`, as NLTK's WordNet lemmatizer
    /// does), but never a form of fewer than three letters made by a rule (`gas` is not `ga`; `was` is `be`, listed).
    public func lemma(of word: String, as wordClass: WordClass) -> String? {
        // A word of the exception list (few are) takes the general path: the fast one knows only the rules.
        if Self.isPlainKey(word), !isException(word, as: wordClass) { return plainLemma(of: word, as: wordClass) }
        let word = word.lowercased()
        let listed = listedForms(of: word, as: wordClass)
        let forms = baseForms(of: word, as: wordClass).filter {
            $0 == word || $0.count >= MorphologyRules.shortestRuleBase || listed.contains($0)
        }
        return forms.min { $0.count < $1.count }
    }

    /// Whether the class's exception list has `word` (a plain key: ASCII): a word whose hash the list's filter lacks is
    /// not there (a plain key is equal to a key only with the same bytes when all keys are ASCII).
    private func isException(_ word: String, as wordClass: WordClass) -> Bool {
        if let filter = exceptionKeys[wordClass],
           let hash = word.utf8.withContiguousStorageIfAvailable(FNV1a.mixedHash(of:)), !filter.mayContain(hash: hash) {
            return false
        }
        return exceptions[wordClass]?[word] != nil
    }

    /// A filter of an exception list's keys by their bytes, or nil when a key is not ASCII (such a key could equal
    /// a word of other bytes as a `String`).
    static func exceptionKeyFilter(_ list: [String: [String]]) -> KeyFilter? {
        var filter = KeyFilter(keys: list.count)
        for key in list.keys {
            var key = key
            guard let hash = key.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? FNV1a.mixedHash(of: bytes) : nil }) else { return nil }
            filter.add(hash: hash)
        }
        return filter
    }

    /// The base forms the exception list gives for `word` in this class (`mice` → `mouse`), as listed (with underscores).
    func listedForms(of word: String, as wordClass: WordClass) -> [String] {
        exceptions[wordClass]?[Self.key(word)] ?? []
    }

    /// `lemma(of:as:)` for a word that is its own index key (ASCII, lower case, no space or underscore: most words)
    /// and not in the class's exception list, with the same answer: the base forms are tried in `baseForms`' order,
    /// and a form is looked up in the index only when it could be the answer (accepted by the filter, and shorter than
    /// the shortest found so far: of equally short forms the first wins), so a word's rule forms are made and looked
    /// up only while they could win.
    ///
    /// The word's bytes are read in place (a short word's are inside the string; a native string's are always
    /// contiguous), and the best form so far is a local of the reading closure: as variables it captured, it and its
    /// length were boxed on the heap and checked for exclusive access at every use.
    private func plainLemma(of word: String, as wordClass: WordClass) -> String? {
        guard let index = indexes[wordClass] else { return nil }
        let whole: String? = index.hasLine(for: word) ? word : nil
        let rules = MorphologyRules.detachments(for: wordClass)
        func lemma(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            var best = whole
            var bestLength = whole == nil ? Int.max : bytes.count
            if wordClass == .noun, bytes.holds("ss".utf8, at: bytes.count - 2) { return best }
            for rule in rules where bytes.count > rule.suffixBytes.count {
                let stem = bytes.count - rule.suffixBytes.count
                let length = stem + rule.endingBytes.count
                guard length < bestLength, length >= MorphologyRules.shortestRuleBase, bytes.holds(rule.suffixBytes, at: stem) else { continue }
                let form = String(unsafeUninitializedCapacity: length) { buffer in
                    _ = buffer.initialize(from: bytes[..<stem])
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[stem...]).initialize(from: rule.endingBytes)
                    return length
                }
                guard index.hasLine(for: form) else { continue }
                best = form
                bestLength = length
            }
            return best
        }
        if let found = word.utf8.withContiguousStorageIfAvailable(lemma) { return found }
        var bytes = word
        return bytes.withUTF8(lemma)
    }

    /// The lemma of `word` as a noun if WordNet has one, else as a verb, an adjective, an adverb; nil if none.
    public func lemma(of word: String) -> String? {
        lemma(of: word, in: WordClass.allCases)
    }

    /// The lemma of `word` in the first of `classes` that has one; nil if none.
    public func lemma(of word: String, in classes: [WordClass]) -> String? {
        for wordClass in classes {
            if let lemma = lemma(of: word, as: wordClass) { return lemma }
        }
        return nil
    }

    /// The senses of `word` (or of its lemma) in this class, most frequent first.
    public func synsets(of word: String, as wordClass: WordClass) -> [Synset] {
        sensesOfWords.value(for: WordInClass(word: word, wordClass: wordClass)) { readSynsets(of: word, as: wordClass) }
    }

    private func readSynsets(of word: String, as wordClass: WordClass) -> [Synset] {
        guard let lemma = lemma(of: word, as: wordClass),
              let offsets = indexes[wordClass]?.withLine(for: Self.key(lemma), Self.synsetOffsets) else { return [] }
        return offsets.compactMap { synset(at: $0, as: wordClass) }
    }

    /// An index line's synset offsets: `pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…`,
    /// the offsets are the last synset_cnt fields (those that are numbers).
    static func synsetOffsets(_ line: UnsafeRawBufferPointer) -> [Int] {
        var fields = ByteFields(line)
        let total = fields.count
        guard total > 1, let count = synsetCount(fields), count <= total else { return [] }
        var offsets: [Int] = []
        offsets.reserveCapacity(count)
        fields.skip(total - count)
        while let field = fields.next() {
            if let offset = ByteFields.integer(field) { offsets.append(offset) }
        }
        return offsets
    }

    /// An index line's synset_cnt (its field 1), read by a copy of `fields`, which stand at the line's start.
    private static func synsetCount(_ fields: ByteFields) -> Int? {
        var head = fields
        head.skip(1)
        return head.nextInteger()
    }

    /// How many senses of `word` (or of its lemma) in this class occur in WordNet's tagged corpus (SemCor): the
    /// `tagsense_cnt` of its index line. Common words of general English have several (`decision` 4, `face` 8);
    /// words of a special field have none or one (`lawsuit` 0, `tariff` 1). 0 when WordNet lacks the word.
    public func taggedSenseCount(of word: String, as wordClass: WordClass) -> Int {
        guard let lemma = lemma(of: word, as: wordClass),
              let tagged = indexes[wordClass]?.withLine(for: Self.key(lemma), Self.taggedSenseCount) else { return 0 }
        return tagged
    }

    /// `… sense_cnt tagsense_cnt synset_offset…`: the field before the synset_cnt offsets.
    static func taggedSenseCount(_ line: UnsafeRawBufferPointer) -> Int {
        var fields = ByteFields(line)
        let total = fields.count
        guard total > 2, let count = synsetCount(fields), count + 1 < total else { return 0 }
        fields.skip(total - count - 1)
        return fields.nextInteger() ?? 0
    }

    /// The synset at a byte offset of a data file.
    public func synset(at offset: Int, as wordClass: WordClass) -> Synset? {
        sensesAtOffsets.value(for: OffsetInClass(offset: offset, wordClass: wordClass)) { readSynset(at: offset, as: wordClass) }
    }

    private func readSynset(at offset: Int, as wordClass: WordClass) -> Synset? {
        data[wordClass]?.withSynsetFields(at: offset) { Synset(bytes: $0, lexicographerClasses: lexicographerClasses) } ?? nil
    }

    /// The lexicographer classes of the senses of `word`, most frequent sense first, each once
    /// (`spokesman` → `noun.person`; `rocket` → `noun.artifact`, `noun.plant`…).
    public func lexicographerClasses(of word: String, as wordClass: WordClass = .noun) -> [String] {
        var classes: [String] = []
        for synset in synsets(of: word, as: wordClass) where !classes.contains(synset.lexicographerClass) {
            classes.append(synset.lexicographerClass)
        }
        return classes
    }

    /// Whether some sense of the noun `word` is a kind of `ancestor`, through hypernyms
    /// (`rocket` is a kind of `projectile` and of `vehicle`; `hostage` of `person`).
    public func isKind(_ word: String, of ancestor: String) -> Bool {
        let ancestor = ancestor.lowercased()
        let kinds = kindsOfAncestors.value(for: ancestor) { LookupCache<Int, Bool>() }
        return synsets(of: word, as: .noun).contains { isKind($0, of: ancestor, kinds: kinds, depth: 0) }
    }

    /// Whether the noun synset, or a synset above it, has `ancestor` among its words; remembered in `kinds` for each
    /// synset, as the words asked about share most of the hierarchy above them (every person is an organism…).
    /// The hypernyms form no cycle in WordNet; a path longer than any of its own is not followed.
    private func isKind(_ synset: Synset, of ancestor: String, kinds: LookupCache<Int, Bool>, depth: Int) -> Bool {
        guard depth < Self.deepestHypernymPath else { return false }
        return kinds.value(for: synset.offset) {
            synset.words.contains(ancestor) || synset.hypernyms.contains { offset in
                self.synset(at: offset, as: .noun).map { isKind($0, of: ancestor, kinds: kinds, depth: depth + 1) } ?? false
            }
        }
    }

    /// Far more hypernyms than WordNet 3.0's longest path from a noun to `entity` (about 20).
    private static let deepestHypernymPath = 100

    /// The other words of the senses of `word` in this class, most frequent sense first, each once.
    public func synonyms(of word: String, as wordClass: WordClass) -> [String] {
        let lemma = lemma(of: word, as: wordClass) ?? word.lowercased()
        var words: [String] = []
        for synset in synsets(of: word, as: wordClass) {
            for other in synset.words where other != lemma && !words.contains(other) { words.append(other) }
        }
        return words
    }

    /// Index keys are lower case with underscores for spaces.
    private static func key(_ word: String) -> String {
        if isPlainKey(word) { return word }
        let lower = word.lowercased()
        guard lower.utf8.contains(UInt8(ascii: " ")) else { return lower }
        return String(lower.map { $0 == " " ? "_" : $0 })
    }

    /// Whether `word` is its own index key and its own lower case: ASCII without capitals, spaces or underscores.
    /// Read in the string's own bytes (a short word's are inside it), not through the UTF-8 view's iterator, which
    /// went into the standard library a byte; a native string's bytes are always contiguous (no bridged strings on
    /// Linux), and the view is read otherwise.
    static func isPlainKey(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPlainKeyByte) } ?? word.utf8.allSatisfy(isPlainKeyByte)
    }

    private static func isPlainKeyByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "_")
    }

    /// `inflected base [base…]` per line. An ASCII list without carriage returns (WordNet's are) is read on its bytes,
    /// with the same fields: splitting its text as characters cost more than opening an index file of 100,000 lines.
    static func exceptionList(_ text: String) -> [String: [String]] {
        var text = text
        if let list = text.withUTF8(asciiExceptionList) { return list }
        var list: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count > 1 else { continue }
            list[String(fields[0]), default: []].append(contentsOf: fields.dropFirst().map(String.init))
        }
        return list
    }

    /// `exceptionList` of a text's bytes, nil when one is not ASCII or is a carriage return (a character of its own, or
    /// one with the line feed after it, which would not split there).
    private static func asciiExceptionList(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: [String]]? {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else { return nil }
        var list: [String: [String]] = [:]
        var fields: [String] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            fields.removeAll(keepingCapacity: true)
            var position = lineStart
            while position < lineEnd {
                guard bytes[position] != UInt8(ascii: " ") else {
                    position += 1
                    continue
                }
                let fieldEnd = bytes[position..<lineEnd].firstIndex(of: UInt8(ascii: " ")) ?? lineEnd
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<fieldEnd]), as: UTF8.self))
                position = fieldEnd
            }
            if fields.count > 1 { list[fields[0], default: []].append(contentsOf: fields[1...]) }
            lineStart = lineEnd + 1
        }
        return list
    }
}

/// One word class's files, opened: its index, its data file and its exception list.
private struct OpenedWordClass: Sendable {
    let index: SortedLineFile
    let data: OffsetLineFile
    let exceptions: [String: [String]]
    let exceptionKeys: KeyFilter?

    /// The class's files in `folder`, or nil when one is missing or unreadable.
    init?(_ wordClass: WordClass, in folder: String) {
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            index = try SortedLineFile(url: base.appendingPathComponent("index.\(wordClass.rawValue)"))
            data = try OffsetLineFile(url: base.appendingPathComponent("data.\(wordClass.rawValue)"))
            let exc = try String(contentsOf: base.appendingPathComponent("\(wordClass.rawValue).exc"), encoding: .utf8)
            exceptions = WordNet.exceptionList(exc)
            exceptionKeys = WordNet.exceptionKeyFilter(exceptions)
        } catch {
            return nil
        }
    }
}

/// Values made by the iterations of one `concurrentPerform`, each put at its own position; read after it returned.
private final class ConcurrentSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func put(_ value: Value, at position: Int) {
        lock.lock()
        values[position] = value
        lock.unlock()
    }

    var all: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}

/// WordNet is not installed where dossier looks for it.
/// A cache key: a word asked about in one word class.
private struct WordInClass: Hashable, Sendable {
    let word: String
    let wordClass: WordClass
}

/// A cache key: a synset's byte offset in one word class's data file.
private struct OffsetInClass: Hashable, Sendable {
    let offset: Int
    let wordClass: WordClass
}

public struct WordNetUnavailable: Error, Sendable, CustomStringConvertible {
    public let folder: String
    public init(folder: String) { self.folder = folder }
    public var description: String {
        "WordNet 3.0 not found in \(folder) (index.noun, data.noun, noun.exc…): install the Debian package wordnet-base "
            + "(sudo apt-get install wordnet-base), or set \(WordNet.folderVariable) to the folder that holds its files"
    }
}
