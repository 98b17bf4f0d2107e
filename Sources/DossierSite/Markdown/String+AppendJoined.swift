extension String {
    /// The items written one after the other into the text, the separator between them: what appending
    /// `items.map { … }.joined(separator:)` gives, without a string made for each item or the array of them.
    mutating func appendJoined<Items: Sequence>(_ items: Items, separator: String, _ write: (inout String, Items.Element) -> Void) {
        var isFirst = true
        for item in items {
            if !isFirst { self += separator }
            isFirst = false
            write(&self, item)
        }
    }

    /// `items.joined(separator:)` appended to the text.
    mutating func appendJoined(_ items: [String], separator: String) {
        appendJoined(items, separator: separator) { text, item in text += item }
    }
}
