extension Token {
    /// A number of four digits within `years`, read as a year (`2017`); nil for any other token. Each reader passes
    /// the span of years it believes in (a figure's `1900...2100`, a date's `1800...2200`).
    public func year(within years: ClosedRange<Int>) -> Int? {
        guard kind == .number, text.utf8.count == 4, let year = Int(text), years.contains(year) else { return nil }
        return year
    }
}
