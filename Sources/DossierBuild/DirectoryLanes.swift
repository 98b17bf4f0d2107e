import DossierCore
import Foundation

/// Entries on their way into a folder tree, in one lane per folder: any thread may hand entries in, and the entries of
/// one folder are written by one thread at a time, while other threads write into other folders or go back to making
/// entries. Creating a file holds its folder's lock in the kernel: two threads creating files in one folder take turns
/// and the waiting one spins, burning the core the other could use; in two folders they create side by side.
final class DirectoryLanes<Entry: Sendable, Outcome: Sendable>: @unchecked Sendable {
    /// A folder's entries, by the folder's number in `folders`.
    private struct Lane {
        var waiting: [Entry] = []
        var isBusy = false
    }

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var lanes: [Lane] = []
    private var folders = Numbering<Substring>()
    private var waitingCount = 0
    private var outcomes: [Outcome] = []
    private var stopped = false

    private let path: @Sendable (Entry) -> String
    private let write: @Sendable ([Entry]) -> Outcome
    private let isFailure: @Sendable (Outcome) -> Bool
    private let waitingLimit: Int

    /// `write` writes entries of one folder, in order; once an outcome `isFailure`, nothing more is written.
    /// A thread that hands entries in while more than `waitingLimit` wait and every lane with waiting entries is being
    /// written waits for a lane, so that entries are not made much faster than they are written.
    init(path: @escaping @Sendable (Entry) -> String, waitingLimit: Int = 1024,
         isFailure: @escaping @Sendable (Outcome) -> Bool, write: @escaping @Sendable ([Entry]) -> Outcome) {
        self.path = path
        self.write = write
        self.isFailure = isFailure
        self.waitingLimit = waitingLimit
    }

    /// Puts entries in their folders' lanes, then writes every lane no other thread is writing, until none is left.
    func hand(_ entries: [Entry]) {
        condition.lock()
        for entry in entries {
            let (lane, isNew) = folders.number(of: SafePath.folder(of: path(entry)))
            if isNew { lanes.append(Lane()) }
            lanes[lane].waiting.append(entry)
        }
        waitingCount += entries.count
        condition.unlock()
        drain()
    }

    /// Writes the waiting entries of each lane no other thread is writing, until no lane it may take has any.
    func drain() {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopped {
                for index in lanes.indices { lanes[index].waiting = [] }
                waitingCount = 0
                return
            }
            if let lane = freeLane() {
                let batch = lanes[lane].waiting
                lanes[lane].waiting = []
                lanes[lane].isBusy = true
                waitingCount -= batch.count
                condition.unlock()
                let outcome = write(batch)
                condition.lock()
                outcomes.append(outcome)
                if isFailure(outcome) { stopped = true }
                lanes[lane].isBusy = false
                condition.broadcast()
                continue
            }
            guard waitingCount > waitingLimit else { return }
            condition.wait()
        }
    }

    /// What each write gave, in the order the writes ended; call once every thread that hands entries in is done.
    func finish() -> [Outcome] {
        drain()
        condition.lock()
        defer { condition.unlock() }
        return outcomes
    }

    /// Of the lanes with waiting entries that no thread is writing, the one with the most (the first such, on a tie).
    private func freeLane() -> Int? {
        var best: Int?
        for index in lanes.indices where !lanes[index].isBusy && !lanes[index].waiting.isEmpty {
            if best == nil || lanes[index].waiting.count > lanes[best!].waiting.count { best = index }
        }
        return best
    }
}
