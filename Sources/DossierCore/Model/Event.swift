/// A dated event of the timeline.
public struct Event: Sendable, Hashable {
    /// ISO date `yyyy-mm-dd`; nil when a relative date could not be resolved (undated article).
    public var date: String?
    /// The date as written (`on Sunday`, `March 1`).
    public var dateText: String
    public var text: String
    public var references: [SentenceReference]

    public init(date: String?, dateText: String, text: String, references: [SentenceReference]) {
        self.date = date
        self.dateText = dateText
        self.text = text
        self.references = references
    }

    public var sources: [String] { Array(Set(references.map(\.source))).sorted() }
}
