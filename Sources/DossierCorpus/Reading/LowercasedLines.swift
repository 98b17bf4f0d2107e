/// Lines of an article lowercased (`lowercasedFast`) as a reader asks for them, each made once: the outlet reader
/// looks at the header and footer lines for a signature, then again for an origin credit. Only the lines asked for
/// are lowercased and kept, a few an article. (The boilerplate filter lowercases the lines it tests for itself, so a
/// line both readers look at is lowercased twice: a few lines an article, against a copy of every body line kept for both.)
struct LowercasedLines {
    private var made: [Int: String] = [:]

    /// `layout.text(index).lowercasedFast()`.
    mutating func text(_ index: Int, in layout: ArticleLayout) -> String {
        if let text = made[index] { return text }
        let text = layout.text(index).lowercasedFast()
        made[index] = text
        return text
    }
}
