/// A dated event of the timeline.
public struct Event: Sendable, Hashable {
    /// ISO date `yyyy-mm-dd`; nil when a relative date could not be resolved (undated article).
    public var date: String?
    /// The date as written (`on Sunday`, `March 1`).
    public var dateText: String
    public var text: String
    public var references: [SentenceReference]
    /// How the date was placed when the text does not state it whole (`year assumed from …`), or why it could not be.
    public var note: String?

    public init(date: String?, dateText: String, text: String, references: [SentenceReference], note: String? = nil) {
        self.date = date
        self.dateText = dateText
        self.text = text
        self.references = references
        self.note = note
    }

    public var sources: [String] { references.map(\.source).sortedOnce() }
}
