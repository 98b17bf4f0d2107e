extension FigureGrouper {
    /// What a first look at a group needs, kept for every group side by side in one array: most candidate groups of a
    /// large corpus are another story's, with another number, and this says so without touching the group itself (its
    /// object and a dozen arrays and sets, each a cache miss when the grouper goes from one candidate to the next).
    ///
    /// It only ever rules a group out where `score` would: a mention from a source not in the group, stating a number
    /// the group does not have, joins no group whose first sources tell another story.
    struct Glance {
        /// The group's first three sources (its sources are kept in corpus order); -1 past the group's count.
        private(set) var firstSources: (Int, Int, Int)
        /// One bit for each of the group's numbers (`bit(of:)`): a number whose bit is not set is not one of them.
        private(set) var numberBits: UInt64

        /// A group of one mention. `sources`: the group's sources in corpus order (at least one); `value`: the
        /// mention's number (nil for a vague amount).
        init(sources: [Int], value: Double?) {
            firstSources = (-1, -1, -1)
            numberBits = 0
            update(sources: sources, adding: value)
        }

        /// After the group took a mention stating `value`: its sources now, and the number.
        mutating func update(sources: [Int], adding value: Double?) {
            firstSources = (sources[0], sources.count > 1 ? sources[1] : -1, sources.count > 2 ? sources[2] : -1)
            if let value { numberBits |= Self.bit(of: value) }
        }

        /// The bit of a number: equal numbers (`0` and `-0` too, as `Set<Double>` takes them) get the same bit.
        static func bit(of number: Double) -> UInt64 {
            let bits = (number == 0 ? 0 : number).bitPattern
            return 1 << ((bits &* 0x9E37_79B9_7F4A_7C15) >> 58)
        }

        /// Whether a mention from `source`, a source after the group's last (so not in the group), stating `value`,
        /// surely cannot join the group: the group surely has no such number, and one of the group's first sources
        /// tells another story (`sameStory`).
        func rulesOut(laterSource source: Int, value: Double?, sameStory: inout SameStoryAnswers) -> Bool {
            if let value, numberBits & Self.bit(of: value) != 0 { return false }
            if !sameStory.sameStory(firstSources.0, source) { return true }
            if firstSources.1 >= 0, !sameStory.sameStory(firstSources.1, source) { return true }
            if firstSources.2 >= 0, !sameStory.sameStory(firstSources.2, source) { return true }
            return false
        }
    }

    /// The glances of a class's groups, by group, and each group's last source apart and packed: a glance rules out only
    /// a mention from a source after the group's last (mentions come in corpus order, so this is the common case), and
    /// where every mention has the group's source (one long article) the last source is all that is read of a group.
    struct Glances {
        private var lastSources: [Int] = []
        private var glances: [Glance] = []

        /// A new group of one mention (`Glance.init`), the group after the last.
        mutating func append(sources: [Int], value: Double?) {
            lastSources.append(sources[sources.count - 1])
            glances.append(Glance(sources: sources, value: value))
        }

        /// After `group` took a mention stating `value`: its sources now, and the number.
        mutating func update(_ group: Int, sources: [Int], adding value: Double?) {
            lastSources[group] = sources[sources.count - 1]
            glances[group].update(sources: sources, adding: value)
        }

        /// Whether a mention from `source` stating `value` surely cannot join `group` (see `Glance`).
        func rulesOut(_ group: Int, source: Int, value: Double?, sameStory: inout SameStoryAnswers) -> Bool {
            source > lastSources[group] && glances[group].rulesOut(laterSource: source, value: value, sameStory: &sameStory)
        }

        /// The glance of `group`.
        subscript(group: Int) -> Glance { glances[group] }
    }
}
