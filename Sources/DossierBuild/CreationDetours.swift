import Foundation

/// Where a new build folder's files are created once creating them in their own folder gets slow: in a side folder
/// placed elsewhere on the disk, from which each is renamed into its own folder when written.
///
/// On ext4 without a journal, the kernel gives a new file an inode freed in the last minute only when it finds no
/// other, and on its way it looks at every such inode of the block group, each time it creates a file
/// (`recently_deleted` in `find_inode_bit`). A folder's files take their inodes from one block group, so a folder that
/// lands where many files were just deleted (the previous site, another program's build, a benchmark's emptied output)
/// pays that search of up to 8,192 inodes for each of its files: up to 1 ms a file instead of 10-30 µs.
/// `FolderPlacement` makes that landing less likely, not rare: in a model of the BBC site's layout on this project's
/// machine (`scripts/folder-placement-model.py`), one making in two still had a section whose 4,298 files took 1 to 4 s
/// to create. Here each file's creation is timed (processor time of the creating thread, most of it in the kernel, which
/// waiting for a core does not count: see `create`), and counts as slow when it took longer than `slowCreation`, or
/// than `slowerThanTypical` times the build's typical creation (`TypicalCreationTime`) and at least `slowAtLeast`: a
/// block group where fewer inodes were freed costs less per file, yet far more than an ordinary one. (In a BBC build
/// while other programs were deleting files, on this project's machine: the 2,227 files of `sources/` took 91-136 µs
/// each, 282 ms of the 524 ms that the build's 15,831 creations took, while every other folder's took 7-12 µs; none of
/// them passed 200 µs, so that folder was never moved.) Once a folder's files keep taking long, its next files are created in a side
/// folder of their own, which the build folder's mark (see `FolderPlacement`) puts in a block group picked afresh, and
/// renamed into their folder (a rename takes no inode). A side folder that gets slow in turn is replaced by another.
/// But where the folder holds fewer files than are still to come to it (as `expect` announced them, and at least
/// `filesMovedAtMost`), the folder itself is moved instead (`FolderRelocation`, at most `relocationsAtMost` times): its
/// later files are then created at their paths in the new place, with no rename each.
/// The side folders are empty once every file is placed, and `removeSideFolders` deletes them before the list of files is
/// written: the site holds exactly the same files and bytes either way.
final class CreationDetours: @unchecked Sendable {
    /// A creation that took longer than this (processor time) counts as slow: a creation that searched past a block
    /// group's recently freed inodes took 0.3-1 ms, an ordinary one 10-30 µs.
    static let slowCreation: UInt64 = 200_000
    /// A creation that took this many times the build's typical one (see `TypicalCreationTime`) counts as slow too,
    /// when it took at least `slowAtLeast`: an ordinary creation took 7-12 µs here, one in a block group with some
    /// recently freed inodes 40-140 µs; the floor keeps a build whose every creation is quick (a memory file system)
    /// from counting its slightly slower ones.
    static let slowerThanTypical: UInt64 = 4
    static let slowAtLeast: UInt64 = 40_000
    /// How far a folder's count of slow creations (one up for each, one down for each quick one) must reach before its
    /// files go to a side folder: a few slow ones in a row, not one that the system held up for other reasons.
    static let slowCreationsBeforeDetour = 8
    /// A folder holding at most this many files may be moved however few are still to come to it.
    static let filesMovedAtMost = 64

    /// How many times a folder may be moved before its files go to a side folder instead.
    private let relocationsAtMost: Int

    /// The build folder's descriptor (the side folders are made at its top, where its mark places each anew).
    private let tree: Int32
    /// Nanoseconds of wall time, read through the vDSO without entering the kernel.
    private let wallTime: @Sendable () -> UInt64
    /// The calling thread's processor time in nanoseconds: a system call, about 1 µs on this project's machine.
    private let processorTime: @Sendable () -> UInt64

    // Everything below is guarded by `lock`.
    private let lock = NSLock()
    /// Each folder files were created for, by its path in the tree ("" for the top).
    private var folders: [Substring: FolderState] = [:]
    private var sideFolders: [SideFolder] = []
    /// The empty folders that moved folders left, by name at the top of the tree (see `FolderRelocation`).
    private var retiredFolders: [String] = []
    private var passingNames = 0
    private var typical = TypicalCreationTime()

    private struct FolderState {
        var slowness = 0
        /// How many files were created for the folder so far, and how many `expect` announced.
        var created = 0
        var expected = 0
        /// How many times the folder was moved (see `FolderRelocation`).
        var relocations = 0
        /// Whether a thread is moving the folder now.
        var isMoving = false
        /// The side folder this folder's files are created in, by its number in `sideFolders`.
        var side: Int?
    }

    private struct SideFolder {
        let name: String
        let descriptor: Int32
        var slowness = 0
    }

    /// Detours for the tree `tree`; `creationClock`, when given (by tests), stands for both clocks.
    convenience init(tree: Int32, creationClock: (@Sendable () -> UInt64)? = nil, relocationsAtMost: Int = 3) {
        self.init(tree: tree, wallTime: creationClock ?? Self.monotonicTime, processorTime: creationClock ?? Self.threadProcessorTime,
                  relocationsAtMost: relocationsAtMost)
    }

    init(tree: Int32, wallTime: @escaping @Sendable () -> UInt64, processorTime: @escaping @Sendable () -> UInt64,
         relocationsAtMost: Int = 3) {
        self.tree = tree
        self.wallTime = wallTime
        self.processorTime = processorTime
        self.relocationsAtMost = relocationsAtMost
    }

    /// Announces files about to be created at these paths (each once), so that a folder that gets slow is moved while
    /// that costs fewer renames than sending its files to a side folder.
    func expect(_ paths: [String]) {
        var counts: [Substring: Int] = [:]
        for path in paths { counts[SafePath.folder(of: path), default: 0] += 1 }
        lock.withLock {
            for (folder, count) in counts { folders[folder, default: FolderState()].expected += count }
        }
    }

    /// A new file opened for writing: its descriptor, and where it was created when that is not its path.
    struct Created {
        var descriptor: Int32
        /// The side folder's descriptor and the file's passing name in it; nil for a file created at its path.
        var passing: (folder: Int32, name: String)?
    }

    /// Creates the file for `path` (relative to the tree, where nothing is at that path yet) and opens it for writing;
    /// a descriptor below 0 when it cannot be created (`errno` says why).
    ///
    /// The thread's processor time is read by a system call (about 1 µs here), the wall clock without one; and a
    /// creation takes at least as long by the wall clock as by the processor. So a folder whose count of slow creations
    /// is 0 has its creations timed by the wall clock: a quick one is quick, and a slow one (which may only have waited
    /// for a core) counts as slow. While the count is above 0, and in side folders, they are timed by the processor.
    func create(_ path: String) -> Created {
        let folder = SafePath.folder(of: path)
        let (detour, timedByProcessor) = lock.withLock { () -> ((side: Int, folder: Int32, name: String)?, Bool) in
            guard let state = folders[folder] else { return (nil, false) }
            guard let side = state.side else { return (nil, state.slowness > 0) }
            return ((side, sideFolders[side].descriptor, passingName()), true)
        }
        let clock = timedByProcessor ? processorTime : wallTime
        let start = clock()
        let descriptor: Int32
        if let detour {
            descriptor = openat(detour.folder, detour.name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
        } else {
            descriptor = openat(tree, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
        }
        let took = clock() &- start
        guard descriptor >= 0 else { return Created(descriptor: descriptor) }
        if let limit = lock.withLock({ note(took, creatingIn: folder, side: detour?.side) }) {
            // Outside the lock: other threads create files meanwhile (and see `FolderRelocation` for this folder's).
            let outcome = FolderRelocation.relocate(String(folder), in: tree, holdingAtMost: limit)
            lock.withLock { relocated(folder, outcome) }
        }
        return Created(descriptor: descriptor, passing: detour.map { ($0.folder, $0.name) })
    }

    /// How many times folders were moved.
    var relocationCount: Int {
        lock.withLock { folders.values.reduce(0) { $0 + $1.relocations } }
    }

    /// Moves a file created in a side folder to its path; false (with `errno` set) when it cannot be moved.
    func settle(_ created: Created, at path: String) -> Bool {
        guard let passing = created.passing else { return true }
        return renameat(passing.folder, passing.name, tree, path) == 0
    }

    /// How many side folders this build made.
    var sideFolderCount: Int {
        lock.withLock { sideFolders.count }
    }

    /// Closes and deletes the side folders, which are empty once every file created there is settled, and the folders
    /// moved folders left; returns the first that could not be deleted, with the `errno` it gave.
    func removeSideFolders() -> (name: String, code: Int32)? {
        lock.withLock {
            var failure: (name: String, code: Int32)?
            for side in sideFolders {
                _ = close(side.descriptor)
                if unlinkat(tree, side.name, AT_REMOVEDIR) != 0 && failure == nil { failure = (side.name, errno) }
            }
            for retired in retiredFolders where unlinkat(tree, retired, AT_REMOVEDIR) != 0 && failure == nil {
                failure = (retired, errno)
            }
            sideFolders = []
            retiredFolders = []
            folders = [:]
            return failure
        }
    }

    /// Counts a creation that took `took` nanoseconds for its folder (or its side folder). Once that has been slow long
    /// enough, either returns the most files the caller may move with the folder (the caller moves it, then calls
    /// `relocated`), or gives the folder a new side folder and returns nil.
    private func note(_ took: UInt64, creatingIn folder: Substring, side: Int?) -> Int? {
        let isSlow = took > slowLimit
        typical.add(took)
        func counted(_ slowness: Int) -> Int { isSlow ? slowness + 1 : max(0, slowness - 1) }
        folders[folder, default: FolderState()].created += 1
        let reached: Bool
        if let side {
            sideFolders[side].slowness = counted(sideFolders[side].slowness)
            reached = sideFolders[side].slowness >= Self.slowCreationsBeforeDetour
        } else {
            folders[folder]!.slowness = counted(folders[folder]!.slowness)
            reached = folders[folder]!.slowness >= Self.slowCreationsBeforeDetour
        }
        guard reached else { return nil }
        let state = folders[folder]!
        let coming = state.expected - state.created
        // Nothing more announced for the folder: no move or side folder would pay.
        if state.expected > 0 && coming <= 0 { return nil }
        let movable = max(Self.filesMovedAtMost, coming)
        if !folder.isEmpty, !state.isMoving, state.relocations < relocationsAtMost, state.created <= movable {
            folders[folder]!.isMoving = true
            return movable
        }
        detour(folder)
        return nil
    }

    /// How long a creation may take before it counts as slow: `slowCreation`, or less once the build's creations give
    /// a typical time (see `slowerThanTypical`).
    private var slowLimit: UInt64 {
        guard let median = typical.median else { return Self.slowCreation }
        return min(Self.slowCreation, max(Self.slowAtLeast, Self.slowerThanTypical * median))
    }

    /// Records the move of a folder that `note` asked for: its files are created at their paths again. A folder that
    /// could not be moved gets a side folder.
    private func relocated(_ folder: Substring, _ outcome: FolderRelocation.Outcome) {
        folders[folder]!.isMoving = false
        if let side = folders[folder]!.side { sideFolders[side].slowness = 0 }
        guard case .moved(let retired) = outcome else {
            detour(folder)
            return
        }
        if let retired { retiredFolders.append(retired) }
        folders[folder]!.relocations += 1
        folders[folder]!.slowness = 0
        folders[folder]!.side = nil
    }

    /// Gives the folder a new side folder, where one can be made.
    private func detour(_ folder: Substring) {
        guard let made = makeSideFolder() else { return }
        sideFolders.append(made)
        folders[folder]!.side = sideFolders.count - 1
        folders[folder]!.slowness = 0
    }

    /// A new, empty side folder at the top of the tree, open; nil when none can be made (files stay where they are).
    private func makeSideFolder() -> SideFolder? {
        FolderPlacement.makePassingFolder(in: tree, prefix: ".dossier-side-").map { SideFolder(name: $0.name, descriptor: $0.descriptor) }
    }

    /// A name no file of a side folder has had in this build.
    private func passingName() -> String {
        passingNames += 1
        return String(passingNames)
    }

    /// Nanoseconds since an arbitrary start, never going back.
    @Sendable static func monotonicTime() -> UInt64 { nanoseconds(of: CLOCK_MONOTONIC) }

    /// The calling thread's processor time (user and system) in nanoseconds.
    @Sendable static func threadProcessorTime() -> UInt64 { nanoseconds(of: CLOCK_THREAD_CPUTIME_ID) }

    private static func nanoseconds(of clock: clockid_t) -> UInt64 {
        var time = timespec()
        clock_gettime(clock, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}
