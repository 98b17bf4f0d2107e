/// Neighbouring positions put together: the runs of one source among a topic's sorted references, or among a person's
/// mentions in order. The caller's closure reads its own array in place, so nothing is copied into groups.
public enum Runs {
    /// The positions `0..<count` in runs, in order: a run goes on while `same(first, next)` holds of its first position
    /// and the next one.
    public static func of(count: Int, same: (_ first: Int, _ next: Int) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        while start < count {
            var end = start + 1
            while end < count, same(start, end) { end += 1 }
            runs.append(start..<end)
            start = end
        }
        return runs
    }
}
