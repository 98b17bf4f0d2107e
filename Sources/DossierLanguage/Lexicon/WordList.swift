/// The word lists dossier knows, one data file each in `Resources/lexicon/<file>.txt`.
///
/// A list exists once: every reader and extractor that needs months or speech verbs asks for the same list.
public enum WordList: String, Sendable, CaseIterable {
    /// Abbreviations that keep their full stop in a token (`Mr.`, `Sen.`, `Jr.`).
    case abbreviations = "abbreviations"
    /// Auxiliaries and modals after which a name is its clause's subject (`Labour would spend`); figures use it.
    case subjectAuxiliaries = "subject-auxiliaries"
    /// WordNet's lexicographer file names by number (`noun.person` is 18).
    case wordNetLexicographerFiles = "wordnet-lexicographer-files"

    /// The file name, without `.txt`.
    public var fileName: String { rawValue }
}
