/// An event whose text gives a month and day but no year, and no dated source gives one: it keeps its place in
/// calendar order on the timeline, marked so.
extension Event {
    /// The note such an event carries.
    public static let yearNotStated = "year not stated"

    /// A month and day with no year to place them in.
    public var isYearNotStated: Bool { date == nil && note == Self.yearNotStated }
}
