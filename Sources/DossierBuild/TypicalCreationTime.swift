/// How long an ordinary file creation takes in this build: the median of the creation times counted so far, against
/// which `CreationDetours` tells a folder whose creations are slow for where its inodes come from (a block group where
/// many files were just deleted) from a disk or a machine that is slow for every folder.
///
/// The times are counted in a histogram of 2 µs steps (up to 256 µs; longer ones in the last step), so that adding one
/// costs an increment and the median is read from at most 128 counts; it is read again every 32 creations.
struct TypicalCreationTime {
    /// The width of a step of the histogram, in nanoseconds, and how many steps there are.
    static let stepWidth: UInt64 = 2_000
    static let stepCount = 128
    /// How many creations are counted before there is a typical time: fewer would let a build's first folder, when it
    /// is the slow one, set the measure.
    static let creationsBeforeTypical = 64

    private var counts = [Int](repeating: 0, count: stepCount)
    private var counted = 0
    /// The median as last read: the upper end of the step that holds it; nil before `creationsBeforeTypical`.
    private(set) var median: UInt64?

    /// Counts a creation that took `nanoseconds`.
    mutating func add(_ nanoseconds: UInt64) {
        counts[Int(min(nanoseconds / Self.stepWidth, UInt64(Self.stepCount - 1)))] += 1
        counted += 1
        if counted >= Self.creationsBeforeTypical && counted % 32 == 0 { median = readMedian() }
    }

    private func readMedian() -> UInt64 {
        var below = 0
        for (step, count) in counts.enumerated() {
            below += count
            if 2 * below >= counted { return UInt64(step + 1) * Self.stepWidth }
        }
        return UInt64(Self.stepCount) * Self.stepWidth
    }
}
