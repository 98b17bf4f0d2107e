import DossierCore
import DossierLanguage
/// Cuts sentences into the phrases topics are made of: runs of one to three words inside a clause,
/// neither opening nor closing with a stop word, each with a key its variants share.
struct PhraseScanner: Sendable {
    /// Tokenizes the keywords of `topics.yml` as sentences were tokenized (keywords are not corpus sentences).
    let keywordTokenizer: Tokenizer
    /// Word keys are WordNet noun lemmas.
    let lexicon: Lexicon
    /// The longest phrase, in words (at most `PhraseWords.capacity`).
    var maximumWords = 3

    init(lexicon: Lexicon, maximumWords: Int = 3) {
        precondition((1...PhraseWords.capacity).contains(maximumWords), "phrases of 1 to \(PhraseWords.capacity) words")
        keywordTokenizer = Tokenizer(lexicon: lexicon)
        self.lexicon = lexicon
        self.maximumWords = maximumWords
    }

    /// What a word's text tells, with the key its variants share (one per distinct word of a run: `PhraseWordCache`).
    struct Word: Sendable {
        var surface: String
        var key: String
        /// Capitalised inside the sentence: part of a name.
        var isName: Bool
        /// Lower-case inside the sentence: a common word.
        var isCommon: Bool
        /// A stop word as written (`right` is one, `rights` is not).
        var isStop: Bool
        /// The key is letters only (see `isWordLike`); kept because every phrase around the word asks again.
        var isWordLike = false
        /// The key may open a phrase but not end one (`StopWords.isModifier`); kept for the same reason.
        var isModifier = false
        /// The key has three letters or more, as a phrase of one word needs.
        var isLongEnoughAlone = false
    }

    /// One phrase where it occurs.
    struct Occurrence: Sendable {
        /// Word keys without spaces, so `cease-fire`, `cease fire` and `ceasefires` meet (`ceasefire`).
        var key: String
        /// Word keys with spaces (`direct talk`).
        var words: String
        var surface: String
        var wordCount: Int
        /// Every word is capitalised inside the sentence (`White House`).
        var isName: Bool
        /// Ends in a lower-case word: a theme, maybe with a name in it (`direct talks`, `ID cards`, `Iraq war`).
        var isCommon: Bool
        /// Stands where a noun does: closing a noun phrase after a determiner or a modifier (`the talks were`,
        /// `59 hostages.`, `a long-term ceasefire.`); adjectives (`direct`, `local`) seldom do.
        var isNounLike: Bool
        /// Every word is inside quotation marks: the phrase is someone's words.
        var isQuoted = false
    }

    /// A word of a clause: the number of its reading in the run's `PhraseWordCache`, and what depends on where it stands.
    struct ClauseWord: Sendable {
        var number: Int32
        /// The reading's traits (`PhraseWordCache.traits`), copied beside its number (in bytes the word had spare): the
        /// candidates ask them of the words around every phrase, and read them here rather than through the number.
        var traits: PhraseWordCache.Traits
        /// Follows a determiner, a number, `of` or a possessive (`the talks`, `59 hostages`, `Trump's threats`).
        var followsDeterminer: Bool
        /// Inside quotation marks.
        var isQuoted: Bool
    }

    /// One phrase where it occurs, its words told by their numbers in the run's `PhraseWordCache`: what a phrase's
    /// strings (`Occurrence`) are made from, once per distinct phrase rather than at every use.
    struct Candidate: Sendable {
        var words: PhraseWords
        /// `Occurrence.isNounLike`.
        var isNounLike: Bool
        /// Every word is inside quotation marks.
        var isQuoted: Bool
    }

    /// The phrases that may name a topic in a sentence's words and clauses (`clauses(of:words:into:clauses:)`), by the
    /// numbers of their words in the run's `PhraseWordCache`, put in `found` in place of what it held (its storage
    /// kept: a run of sentences refills one array, where an array per sentence was several allocations as it grew);
    /// `occurrence` makes a phrase's strings.
    func numberedCandidates(_ all: [ClauseWord], clauses: [Range<Int>], into found: inout [Candidate]) {
        found.removeAll(keepingCapacity: true)
        forEachCandidate(all, clauses: clauses) { found.append($0) }
    }

    /// `body` of each candidate `numberedCandidates(_:clauses:into:)` finds, in the same order, as it is found: what
    /// the phrase counts read (`PhraseStatistics.count`), each candidate counted at once rather than gathered into an
    /// array first and read out of it again.
    @inline(__always)
    func forEachCandidate(_ all: [ClauseWord], clauses: [Range<Int>], _ body: (Candidate) -> Void) {
        // The words' traits (`ClauseWord.traits`), not their readings: a reading read out of its array was copied, its
        // strings retained and released, for each of the several phrases around every word.
        for clause in clauses {
            for start in clause {
                // The phrases from `start` grow one word at a time, and what they share is asked once: the first word
                // (which may open none of them), the word before, and the words inside, each added once as it comes
                // inside; a word inside that may not stand there ends every longer phrase too.
                let first = all[start], firstTraits = first.traits
                guard !firstTraits.contains(.stop), firstTraits.contains(.wordLike) else { continue }
                let modified = start > clause.lowerBound && !all[start - 1].traits.contains(.stop)
                let opensNounLike = first.followsDeterminer || modified
                var words = PhraseWords(first: first.number)
                var isQuoted = first.isQuoted
                for end in (start + 1)...min(start + maximumWords, clause.upperBound) {
                    let last = all[end - 1]
                    if end > start + 1 {
                        if end > start + 2, !Self.mayStandInside(all[end - 2].traits) { break }
                        words.append(last.number)
                        isQuoted = isQuoted && last.isQuoted
                    }
                    let lastTraits = last.traits
                    guard Self.mayClose(lastTraits), end > start + 1 || firstTraits.contains(.longEnoughAlone) else { continue }
                    let closes = end == clause.upperBound || all[end].traits.contains(.stop)
                    body(Candidate(words: words, isNounLike: closes && opensNounLike, isQuoted: isQuoted))
                }
            }
        }
    }

    /// A word that may end a phrase: no stop word, letters only, and not a modifier (which may open one only).
    private static func mayClose(_ word: PhraseWordCache.Traits) -> Bool {
        !word.contains(.stop) && word.contains(.wordLike) && !word.contains(.modifier)
    }

    /// A word that may stand inside a phrase, between its first and last: `of`, or a word-like word that is no stop word.
    private static func mayStandInside(_ word: PhraseWordCache.Traits) -> Bool {
        word.contains(.of) || (!word.contains(.stop) && word.contains(.wordLike))
    }

    /// The key a user's keyword (`topics.yml`) matches: words as in running text, capitalised ones as names.
    func key(ofKeyword keyword: String) -> String {
        keywordTokenizer.tokens(of: keyword).filter { $0.kind != .punctuation }
            .map { WordForm.key(Substring($0.text.filter { $0 != "-" }), isName: $0.startsUppercase, lexicon: lexicon) }.joined()
    }

    /// The hash (`StringPlaces.hash`) of the key of `occurrence`, made of `candidate`: a phrase of one word has its
    /// word's key, hashed once per reading (`PhraseWordCache.keyHashes`); a longer one's key is hashed here.
    func keyHash(of occurrence: Occurrence, _ candidate: Candidate, words cache: PhraseWordCache) -> UInt64 {
        candidate.words.count == 1 ? cache.keyHashes[candidate.words.number(at: 0)] : StringPlaces.hash(occurrence.key)
    }

    /// The phrase a candidate's words make, with its keys and surface.
    func occurrence(_ candidate: Candidate, words cache: PhraseWordCache) -> Occurrence {
        // The words' numbers read in place (`PhraseWords.number(at:)`), not gathered into an array per phrase, and their
        // readings read in place through the buffer: a reading bound to a name was copied, its strings retained and
        // released, for each word of every distinct phrase of every run.
        let words = candidate.words, count = words.count
        return cache.entries.withUnsafeBufferPointer { entries in
            let last = words.number(at: count - 1)
            guard count > 1 else {
                // Most phrases are one word, which needs no new strings.
                return Occurrence(key: entries[last].word.key, words: entries[last].word.key, surface: entries[last].word.surface,
                                  wordCount: 1, isName: entries[last].word.isName, isCommon: entries[last].word.isCommon,
                                  isNounLike: candidate.isNounLike, isQuoted: candidate.isQuoted)
            }
            // Longer ones are joined without arrays between, each string made at its full length at once (one
            // allocation, not one more each time it outgrows its storage). When every word is written as its key
            // (`direct talk`), the surface is the spaced keys, byte for byte, and shares their storage instead of being
            // made again. (Whether a word is written as its key is a trait of its reading, asked once per reading.)
            var keyLength = 0, surfaceLength = 0
            var surfaceIsSpaced = true, isName = true
            for position in 0..<count {
                let number = words.number(at: position)
                keyLength += entries[number].word.key.utf8.count
                surfaceLength += entries[number].word.surface.utf8.count
                surfaceIsSpaced = surfaceIsSpaced && cache.traits[number].contains(.writtenAsKey)
                isName = isName && entries[number].word.isName
            }
            var key = "", spaced = "", surface = ""
            key.reserveCapacity(keyLength)
            spaced.reserveCapacity(keyLength + count - 1)
            if !surfaceIsSpaced { surface.reserveCapacity(surfaceLength + count - 1) }
            for position in 0..<count {
                let number = words.number(at: position)
                if !spaced.isEmpty {
                    spaced += " "
                    if !surfaceIsSpaced { surface += " " }
                }
                key += entries[number].word.key
                spaced += entries[number].word.key
                if !surfaceIsSpaced { surface += entries[number].word.surface }
            }
            if surfaceIsSpaced { surface = spaced }
            return Occurrence(key: key, words: spaced, surface: surface, wordCount: count, isName: isName,
                              isCommon: entries[last].word.isCommon, isNounLike: candidate.isNounLike, isQuoted: candidate.isQuoted)
        }
    }

    /// Words between punctuation (`cease-fire` and `long-term` are one token); numbers end a clause. The sentence's
    /// words in one array, and each clause's place in it (an array per clause cost an allocation each), put in `words`
    /// and `clauses` in place of what they held: their storage is kept, so a run of sentences refills the same two
    /// arrays instead of making two per sentence.
    func clauses(of sentence: Sentence, words cache: inout PhraseWordCache, into words: inout [ClauseWord], clauses: inout [Range<Int>]) {
        self.clauses(ofTokens: sentence.tokens, words: &cache, into: &words, clauses: &clauses)
    }

    /// `clauses(of:words:into:clauses:)` of a sentence's tokens: what a caller that reads its sentences in place passes
    /// (a sentence passed whole was copied first, its id, text and tokens retained and released, for every sentence).
    func clauses(ofTokens sentenceTokens: [Token], words cache: inout PhraseWordCache, into words: inout [ClauseWord],
                 clauses: inout [Range<Int>]) {
        clauses.removeAll(keepingCapacity: true)
        // A place for each token's word, written in place through the array's buffer and then cut to the words
        // written: appended one by one, each word checked the array's uniqueness and capacity, for every word of
        // every sentence. (A sentence has at most a word per token, so every place written is inside the buffer.)
        words.removeAll(keepingCapacity: true)
        words.append(contentsOf: repeatElement(ClauseWord(number: 0, traits: [], followsDeterminer: false, isQuoted: false), count: sentenceTokens.count))
        var wordCount = 0
        var clauseStart = 0
        var afterDeterminer = false
        words.withUnsafeMutableBufferPointer { written in
            // Through the buffer: each token read in place, not copied (a copy retains and releases its strings).
            sentenceTokens.withUnsafeBufferPointer { tokens in
                for index in tokens.indices {
                    if tokens[index].kind == .word {
                        let number = cache.number(of: tokens[index]) { token in
                            PhraseWordCache.Entry(word: word(token), isDeterminer: Self.determiners.contains(token.lower), lower: token.lower)
                        }
                        let traits = cache.traits[number]
                        written[wordCount] = ClauseWord(number: Int32(number), traits: traits, followsDeterminer: afterDeterminer,
                                                        isQuoted: tokens[index].isQuoted)
                        wordCount += 1
                        afterDeterminer = traits.contains(.determiner) || tokens[index].isPossessive
                    } else {
                        if !Self.isApostrophe(tokens[index].text) {
                            if wordCount > clauseStart { clauses.append(clauseStart..<wordCount) }
                            clauseStart = wordCount
                        }
                        afterDeterminer = tokens[index].kind == .number
                    }
                }
            }
        }
        words.removeLast(words.count - wordCount)
        if wordCount > clauseStart { clauses.append(clauseStart..<wordCount) }
    }

    /// The token is an apostrophe alone (`'` or `’`), which ends no clause. Told by its bytes: no other spelling is
    /// canonically equivalent to either, and `==` with each called the string comparison twice for every other mark.
    /// The bytes are read in the string's own storage (a mark's are inside it): `elementsEqual` with the literal's
    /// UTF-8 view went through the views' iterators, some four hundred instructions for every three-byte mark.
    static func isApostrophe(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            switch bytes.count {
            case 1: bytes[0] == UInt8(ascii: "'")
            // U+2019 in UTF-8.
            case 3: bytes[0] == 0xE2 && bytes[1] == 0x80 && bytes[2] == 0x99
            default: false
            }
        } ?? (text.utf8.elementsEqual("'".utf8) || text.utf8.elementsEqual("\u{2019}".utf8))
    }

    /// A word token's key, and its `bare` form as written without hyphens (`cease-fire` → `ceasefire`).
    private func keyAndBare(_ token: Token) -> (key: String, bare: String) {
        let surface = token.text
        let joined = surface.holdsByte(UInt8(ascii: "-")) ? Substring(surface.filter { $0 != "-" }) : Substring(surface)
        let written = WordForm.bare(joined)
        return (WordForm.key(of: token, bare: written, opensSentence: token.index == 0, lexicon: lexicon), written)
    }

    private func word(_ token: Token) -> Word {
        let (key, written) = keyAndBare(token)
        let capitalised = token.startsUppercase, opensSentence = token.index == 0
        // A stop word as written: `right` is one, `rights` is not (its key, `right`, is not asked).
        let isStop = StopWords.contains(written)
        let isWordLike = Self.isWordLike(key)
        return Word(surface: token.text, key: key, isName: capitalised && !opensSentence, isCommon: !capitalised,
                    isStop: isStop, isWordLike: isWordLike,
                    // Asked only of a word that can end a phrase, as `numberedCandidates` does (`mayClose`).
                    isModifier: !isStop && isWordLike && StopWords.isModifier(key), isLongEnoughAlone: key.characterCount >= 3)
    }

    /// (A `WordSet`, asked of every word type a phrase cache reads: a `Set` hashed each by SipHash.)
    static let determiners = WordSet(WordList.determiners.words)

    /// Letters only (no digits, at least two letters).
    static func isWordLike(_ key: String) -> Bool {
        let bytes = key.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every key): one byte is one character, so bytes answer without reading characters.
            return bytes.count >= 2 && bytes.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == UInt8(ascii: "'") }
        }
        return key.count >= 2 && key.allSatisfy { $0.isLetterFast || $0 == "'" }
    }
}
