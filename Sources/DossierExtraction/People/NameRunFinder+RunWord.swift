import DossierLanguage

extension NameRunFinder {
    /// What a word token is to the start of a name run, which its type decides (its kind, shape, text and `lower`):
    /// capitalised (`Token.isCapitalised`: a run starts there), a particle written in lower case (`de la Cruz`: a run
    /// starts there when a capitalised word follows the particles), or neither.
    struct RunWord: Equatable, BitwiseCopyable {
        private let raw: UInt8

        static let neither = RunWord(raw: 0)
        static let capitalised = RunWord(raw: 1)
        static let particle = RunWord(raw: 2)
        /// Not worked out yet (`WordTypeMemo`).
        static let unknown = RunWord(raw: 0xFF)

        private init(raw: UInt8) { self.raw = raw }

        /// What the token at `index` (a word or a number) is to a run's start, its fields read in place.
        init(_ tokens: [Token], at index: Int) {
            if Token.isCapitalised(tokens, at: index) {
                self = .capitalised
            } else if NameLexicon.particleWords.contains(tokens[index].lower) {
                self = .particle
            } else {
                self = .neither
            }
        }
    }
}
