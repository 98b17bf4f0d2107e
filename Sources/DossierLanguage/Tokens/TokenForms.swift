/// A token's four strings: as written, lower, and its two lemmas.
@usableFromInline struct TokenForms: Hashable {
    @usableFromInline let text: String
    @usableFromInline let lower: String
    @usableFromInline let lemma: String
    @usableFromInline let nounLemma: String
}

/// Where a token's strings are: a pointer to forms stored once for the whole process (`TokenForms.interned`), so that
/// a `Token` holds no reference-counted field and copies as plain bytes.
///
/// Why not the strings themselves: a build copies tokens some three million times (into sentences, out of arrays by
/// the extractors), and a token holding three strings and a class reference made four retains and four releases a
/// copy, a ninth of all the build's reference counting. The forms a pointer leads to are never changed and never
/// freed, and every token whose four strings read the same points to the same forms: two references are equal exactly
/// when their forms are.
@usableFromInline struct TokenFormsReference: @unchecked Sendable, Equatable {
    // Sendable: the forms it points to are written once, before the pointer is handed out (under the store's lock),
    // and never written or freed after.
    @usableFromInline let pointer: UnsafePointer<TokenForms>

    @inlinable static func == (left: Self, right: Self) -> Bool { left.pointer == right.pointer }

    /// The one reference for these four strings, stored on first use. `textHash`: `TokenFormsStore.hash(ofText:)` of
    /// `text`, when the caller has it.
    static func interned(text: String, lower: String, lemma: String, nounLemma: String, textHash: UInt64? = nil) -> Self {
        TokenFormsStore.shared.reference(to: TokenForms(text: text, lower: lower, lemma: lemma, nounLemma: nounLemma),
                                         textHash: textHash ?? TokenFormsStore.hash(ofText: text))
    }

    /// The forms of a punctuation mark (or any token) whose lower form and lemmas are its text.
    static func interned(mark text: String) -> Self {
        interned(text: text, lower: text, lemma: text, nounLemma: text)
    }
}
