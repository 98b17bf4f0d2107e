/// A row of the figures table before it becomes a `Figure`: what curation works on.
struct FigureDraft: Sendable {
    var id: String
    var measure: String
    /// Indices into the corpus's mentions.
    var members: [Int]
}
