/// What the tokenizer keeps from one sentence to the next on one thread: the word types it has analysed
/// (`WordTypes`), and the buffers it fills again for each sentence (where its tokens lie, a new word's forms), so that
/// a sentence allocates its array of tokens and, for a word not seen before, the word's strings, and nothing else.
public struct TokenizerWorkspace: Sendable {
    var words = WordTypes()
    /// Where each token of the sentence being tokenized lies, in scalars.
    var spans: [Range<Int>] = []
    var forms = WordForms()
    /// The forms of the punctuation marks outside ASCII met so far (`Tokenizer.forms(ofMark:known:)`).
    var marks: [Unicode.Scalar: TokenFormsReference] = [:]

    public init() {}
}
