import CCmarkGFM
import Foundation

/// The memory cmark-gfm uses to parse and render one page, handed out from large blocks ("slabs") that each thread
/// keeps, and taken back all at once when the page is done.
///
/// cmark-gfm allocates every node, text and buffer of a page one by one and frees them one by one at the end: with the
/// system allocator that was about a third of its time (a tree of a few hundred thousand nodes of ~150 bytes goes past
/// glibc's per-thread caches, so most of them are split off and merged back in its bins). Here an allocation is a bump
/// of the thread's slab and a free is nothing (or a step back, for the most recent allocation); allocations larger than
/// `largeSize` (the rendered page, a long paragraph) go to the system allocator, so that growing them does not leave
/// copies behind in the slabs. A freed block waits in a list by its size for the next block of that size (without
/// merging neighbours, which is what cost the time), so the page's peak stays what it was with the system allocator.
/// The blocks from the system allocator are listed, so that when the page is done everything is given back at once:
/// the tree, the parser and the rendered HTML need not be freed block by block (see `HTMLRenderer`).
///
/// The tree's nodes are cut from slabs of their own: cmark-gfm walks the whole tree five or six times per page (inlines,
/// text consolidation, the autolink extension, our rewriting, the rendering), reading a few fields of each node, and
/// on a page of a few megabytes each walk waited on memory for every node when the nodes lay among the texts and
/// buffers allocated between them. Packed together, in the order they were made, they are read as a stream.
///
/// cmark-gfm's `cmark_mem` callbacks get no context. Each thread's arena is made on its first page (found again through
/// a thread-local key) and, while there is one free, takes one of a few allocators of its own (`ArenaSlots`), whose
/// callbacks read the arena from a static variable: an allocation then needs no thread-local look-up (`pthread_getspecific`
/// was a fifth of the arena's work). The threads past those share an allocator that looks the arena up each time.
/// All of a page's cmark-gfm calls must run on one thread, inside `withArena`.
enum CmarkArena {
    /// Runs `body` with the allocator to give cmark-gfm (`cmark_parser_new_with_mem`, `cmark_render_html_with_mem`,
    /// `cmark_node_new_with_mem`); every block it handed out must be done with when `body` returns, and is given back
    /// then (when this is the outermost `withArena` of the thread), freed or not.
    static func withArena<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) -> Result) -> Result {
        _ = setUp
        let arena = Arena.current
        arena.pointee.depth += 1
        defer {
            arena.pointee.depth -= 1
            if arena.pointee.depth == 0 { Arena.reset(arena) }
        }
        return body(arena.pointee.memory)
    }

    /// The key of the threads' arenas (`Arena.makeKey`) and the slots' allocators, made once: every `withArena` reads
    /// it before anything is allocated.
    private static let setUp: Void = {
        Arena.makeKey()
        ArenaSlots.makeAllocators()
    }()

    /// The callbacks of the threads without a slot: each allocation goes to the calling thread's arena, looked up.
    nonisolated(unsafe) static let sharedAllocator: UnsafeMutablePointer<cmark_mem> = {
        let mem = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        mem.initialize(to: cmark_mem(
            calloc: { count, size in Arena.allocate(count: count, size: size, zeroed: true, in: Arena.current) },
            realloc: { block, size in Arena.reallocate(block, size: size, in: Arena.current) },
            free: { block in Arena.release(block) }))
        return mem
    }()

    /// Blocks larger than this come from the system allocator.
    static let largeSize = 32 * 1024
    /// The size of each slab: the first of each region is kept by its thread for the next page, the others are given back.
    static let slabSize = 1024 * 1024
    /// The size of a node of cmark-gfm's tree: blocks of this size have slabs of their own.
    static var nodeSize: Int { Arena.nodeSize }
    /// How many blocks from the system allocator the calling thread's arena holds.
    static var systemBlockCount: Int {
        _ = setUp
        return Arena.current.pointee.systemBlocks.count
    }

    /// Whether the calling thread's arena has an allocator of its own (a slot), rather than the shared one.
    static var hasOwnAllocator: Bool {
        _ = setUp
        return Arena.current.pointee.memory != sharedAllocator
    }
}

/// A few allocators, each bound to the arena of one thread at a time: slot `n`'s callbacks allocate from
/// `arenas[n]`, a static variable, not through the thread-local key. A thread takes a free slot when its arena is made
/// and gives it back when it ends (the key's destructor); a slot's arena is written only then, by that thread, and read
/// only by the allocations of that thread's pages. Cmark-gfm's callbacks take no context, so each slot's callbacks
/// are written out, one pair per slot.
private enum ArenaSlots {
    static let count = 8

    /// Each slot's arena; nil while no thread holds the slot. Made once (`makeAllocators`), before any allocation;
    /// without the run-time exclusivity check, like `Arena.key`.
    @exclusivity(unchecked) nonisolated(unsafe) static var arenas: UnsafeMutablePointer<UnsafeMutablePointer<Arena>?>? = nil
    /// Each slot's allocator.
    @exclusivity(unchecked) nonisolated(unsafe) static var allocators: UnsafeMutablePointer<cmark_mem>? = nil
    /// Guards the taking and giving back of slots.
    private static let lock = NSLock()

    /// The arena of slot `n` (held by the calling thread).
    @inline(__always)
    static func arena(_ n: Int) -> UnsafeMutablePointer<Arena> { arenas.unsafelyUnwrapped[n].unsafelyUnwrapped }

    static func makeAllocators() {
        let free: @convention(c) (UnsafeMutableRawPointer?) -> Void = { block in Arena.release(block) }
        let slots: [cmark_mem] = [
            cmark_mem(calloc: { Arena.allocate(count: $0, size: $1, zeroed: true, in: ArenaSlots.arena(0)) },
                      realloc: { Arena.reallocate($0, size: $1, in: ArenaSlots.arena(0)) }, free: free),
            cmark_mem(calloc: { Arena.allocate(count: $0, size: $1, zeroed: true, in: ArenaSlots.arena(1)) },
                      realloc: { Arena.reallocate($0, size: $1, in: ArenaSlots.arena(1)) }, free: free),
            cmark_mem(calloc: { Arena.allocate(count: $0, size: $1, zeroed: true, in: ArenaSlots.arena(2)) },
                      realloc: { Arena.reallocate($0, size: $1, in: ArenaSlots.arena(2)) }, free: free),
            cmark_mem(calloc: { Arena.allocate(count: $0, size: $1, zeroed: true, in: ArenaSlots.arena(3)) },
                      realloc: { Arena.reallocate($0, size: $1, in: ArenaSlots.arena(3)) }, free: free),
            cmark_mem(calloc: { Arena.allocate(count: $0, size: $1, zeroed: true, in: ArenaSlots.arena(4)) },
                      realloc: { Arena.reallocate($0, size: $1, in: ArenaSlots.arena(4)) }, free: free),
            cmark_mem(calloc: { Arena.allocate(count: $0, size: $1, zeroed: true, in: ArenaSlots.arena(5)) },
                      realloc: { Arena.reallocate($0, size: $1, in: ArenaSlots.arena(5)) }, free: free),
            cmark_mem(calloc: { Arena.allocate(count: $0, size: $1, zeroed: true, in: ArenaSlots.arena(6)) },
                      realloc: { Arena.reallocate($0, size: $1, in: ArenaSlots.arena(6)) }, free: free),
            cmark_mem(calloc: { Arena.allocate(count: $0, size: $1, zeroed: true, in: ArenaSlots.arena(7)) },
                      realloc: { Arena.reallocate($0, size: $1, in: ArenaSlots.arena(7)) }, free: free),
        ]
        precondition(slots.count == count, "one allocator per slot")
        let allocators = UnsafeMutablePointer<cmark_mem>.allocate(capacity: count)
        allocators.initialize(from: slots, count: count)
        let arenas = UnsafeMutablePointer<UnsafeMutablePointer<Arena>?>.allocate(capacity: count)
        arenas.initialize(repeating: nil, count: count)
        self.arenas = arenas
        self.allocators = allocators
    }

    /// A free slot's allocator, bound to `arena` until `giveBack`; nil when all are taken.
    static func take(for arena: UnsafeMutablePointer<Arena>) -> UnsafeMutablePointer<cmark_mem>? {
        lock.withLock {
            guard let arenas, let allocators, let slot = (0..<count).first(where: { arenas[$0] == nil }) else { return nil }
            arenas[slot] = arena
            return allocators + slot
        }
    }

    /// Frees the slot whose allocator this is, if it is one.
    static func giveBack(_ memory: UnsafeMutablePointer<cmark_mem>) {
        lock.withLock {
            guard let arenas, let allocators, memory >= allocators, memory < allocators + count else { return }
            arenas[memory - allocators] = nil
        }
    }
}

/// One chain of slabs of a thread, and where the next block starts.
private struct Region {
    /// The slab blocks are cut from, and how far it is used.
    var slab: UnsafeMutableRawPointer
    var used: Int
    /// The most recent block from the slab, while it is still in use: freeing it gives its bytes back, and it can grow
    /// in place.
    var last: UnsafeMutableRawPointer?
}

/// One thread's slabs and where the next block starts.
///
/// A block is 16 bytes of header and its bytes, 16-byte aligned. A block of a slab has in its header the arena it was
/// cut for, then its kind and size in one word (`slabBlock` shifted past `sizeBits`, or'ed with its size, at most
/// `CmarkArena.largeSize`): it is freed or grown without asking the thread for its arena, a thread-local lookup that
/// was a third of the arena's work. A block from the system allocator has in its header the arena that lists it, for
/// the same reason, then its kind (`systemBlock`).
/// A slab starts with 16 bytes: the next slab (older) and nothing. A freed block holds the next free block of its size class.
private struct Arena {
    /// Two regions: the first for every block but the nodes of the tree, the second for those (see `region(for:)`).
    var regions: UnsafeMutablePointer<Region>
    /// The freed blocks of the slabs by size class (their size rounded up to 16 bytes, over 16): the first of each.
    var freed: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    /// `Arena.nodeSize`, kept here so that an allocation need not ask whether it was worked out yet.
    let nodeSize: Int
    /// The allocator `withArena` hands to cmark-gfm on this thread: a slot's, or the shared one (see `ArenaSlots`).
    var memory = CmarkArena.sharedAllocator
    /// How many `withArena` calls are running on this thread.
    var depth = 0
    /// The blocks from the system allocator not freed yet, given back by `reset`.
    var systemBlocks: [UnsafeMutableRawPointer] = []

    static let headerSize = 16
    /// Marks in the header, to tell the two kinds of block apart (and from any other memory).
    static let slabBlock = 0x5EED_A2E4_A5AB
    static let systemBlock = 0x5EED_A2E4_5757
    /// The low bits of a slab block's kind word that hold its size.
    static let sizeBits = 16

    /// The thread-local key of each thread's arena, made once by `makeKey` (from `CmarkArena.allocator`'s initializer,
    /// which every `withArena` passes through before anything is allocated) and only read afterwards. A plain variable,
    /// not a `static let`: a lazy global is reached through `swift_once` on every read, and every allocation reads it;
    /// without the run-time exclusivity check (`swift_beginAccess`) of a variable, since it is written only once.
    @exclusivity(unchecked) nonisolated(unsafe) private static var key: pthread_key_t = 0

    static func makeKey() {
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            let arena = pointer.assumingMemoryBound(to: Arena.self)
            ArenaSlots.giveBack(arena.pointee.memory)
            Arena.reset(arena)
            for region in 0..<Arena.regionCount { free(arena.pointee.regions[region].slab) }
            arena.pointee.regions.deallocate()
            arena.pointee.freed.deallocate()
            arena.deinitialize(count: 1)
            arena.deallocate()
        }
    }

    /// The calling thread's arena, made on its first use. Read in place (a call and `swift_once` around the
    /// thread-local look-up cost more than the look-up) by each `withArena`, and by each allocation of a thread without
    /// a slot.
    static var current: UnsafeMutablePointer<Arena> {
        @inline(__always) get {
            if let pointer = pthread_getspecific(key) { return pointer.assumingMemoryBound(to: Arena.self) }
            return madeForThisThread()
        }
    }

    @inline(never)
    private static func madeForThisThread() -> UnsafeMutablePointer<Arena> {
        let arena = UnsafeMutablePointer<Arena>.allocate(capacity: 1)
        let freed = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: sizeClasses)
        freed.initialize(repeating: nil, count: sizeClasses)
        let regions = UnsafeMutablePointer<Region>.allocate(capacity: regionCount)
        for region in 0..<regionCount {
            (regions + region).initialize(to: Region(slab: newSlab(after: nil), used: headerSize, last: nil))
        }
        assert(CmarkArena.largeSize < 1 << sizeBits, "a slab block's size fits in its kind word")
        arena.initialize(to: Arena(regions: regions, freed: freed, nodeSize: nodeSize))
        if let slot = ArenaSlots.take(for: arena) { arena.pointee.memory = slot }
        pthread_setspecific(key, arena)
        return arena
    }

    private static func newSlab(after previous: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer {
        guard let slab = malloc(CmarkArena.slabSize) else { fatalError("out of memory") }
        slab.storeBytes(of: previous, as: UnsafeMutableRawPointer?.self)
        return slab
    }

    /// Gives back every block from the system allocator and every slab of each region but the first; the next page
    /// starts at its beginning.
    static func reset(_ arena: UnsafeMutablePointer<Arena>) {
        for block in arena.pointee.systemBlocks { free(block - headerSize) }
        arena.pointee.systemBlocks.removeAll(keepingCapacity: true)
        for index in 0..<regionCount {
            let region = arena.pointee.regions + index
            var slab = region.pointee.slab
            while let older = slab.load(as: UnsafeMutableRawPointer?.self) {
                free(slab)
                slab = older
            }
            region.pointee = Region(slab: slab, used: headerSize, last: nil)
        }
        arena.pointee.freed.update(repeating: nil, count: sizeClasses)
    }

    private static let regionCount = 2

    /// The size of a node of the tree, as cmark-gfm asks for it (`cmark_node` is not in its public headers): seen by
    /// making one with an allocator that only notes the size.
    static let nodeSize: Int = {
        let probe = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        defer { probe.deallocate() }
        probe.initialize(to: cmark_mem(
            calloc: { count, size in
                if NodeSizeProbe.size == 0 { NodeSizeProbe.size = count * size }
                return calloc(count, size)
            },
            realloc: { block, size in realloc(block, size) },
            free: { block in free(block) }))
        guard let node = cmark_node_new_with_mem(CMARK_NODE_PARAGRAPH, probe) else { return -1 }
        cmark_node_free(node)
        return NodeSizeProbe.size
    }()

    /// The region a block of this size comes from: nodes from the second, all else from the first.
    private static func region(for size: Int, in arena: UnsafeMutablePointer<Arena>) -> UnsafeMutablePointer<Region> {
        arena.pointee.regions + (size == arena.pointee.nodeSize ? 1 : 0)
    }

    /// The region whose newest block this is, if any.
    private static func region(withLast block: UnsafeMutableRawPointer, in arena: UnsafeMutablePointer<Arena>) -> UnsafeMutablePointer<Region>? {
        for index in 0..<regionCount where arena.pointee.regions[index].last == block { return arena.pointee.regions + index }
        return nil
    }

    private static let sizeClasses = CmarkArena.largeSize / 16 + 1

    /// A block's room: at least 16 bytes, for the link to the next free block when it is freed.
    private static func rounded(_ size: Int) -> Int { max(16, (size + 15) & ~15) }

    /// A block from `arena`, the calling thread's.
    @inline(__always)
    static func allocate(count: Int, size: Int, zeroed: Bool, in arena: UnsafeMutablePointer<Arena>) -> UnsafeMutableRawPointer? {
        let (total, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow else { return nil }
        return allocate(total, zeroed: zeroed, in: arena)
    }

    private static func allocate(_ size: Int, zeroed: Bool, in arena: UnsafeMutablePointer<Arena>) -> UnsafeMutableRawPointer {
        if size > CmarkArena.largeSize {
            guard let base = zeroed ? calloc(1, headerSize + size) : malloc(headerSize + size) else { fatalError("out of memory") }
            base.storeBytes(of: arena, as: UnsafeMutablePointer<Arena>.self)
            base.storeBytes(of: systemBlock, toByteOffset: 8, as: Int.self)
            let block = base + headerSize
            arena.pointee.systemBlocks.append(block)
            return block
        }
        let sizeClass = rounded(size) / 16
        if let reused = arena.pointee.freed[sizeClass] {
            arena.pointee.freed[sizeClass] = reused.load(as: UnsafeMutableRawPointer?.self)
            setSize(size, ofSlabBlock: reused)
            if zeroed { memset(reused, 0, size) }
            return reused
        }
        let region = region(for: size, in: arena)
        let needed = headerSize + rounded(size)
        if region.pointee.used + needed > CmarkArena.slabSize {
            region.pointee.slab = newSlab(after: region.pointee.slab)
            region.pointee.used = headerSize
        }
        let base = region.pointee.slab + region.pointee.used
        base.storeBytes(of: arena, as: UnsafeMutablePointer<Arena>.self)
        let block = base + headerSize
        setSize(size, ofSlabBlock: block)
        region.pointee.used += needed
        region.pointee.last = block
        if zeroed { memset(block, 0, size) }
        return block
    }

    /// The word of a block's header that says its kind (and a slab block's size).
    private static func kindWord(of block: UnsafeMutableRawPointer) -> Int { (block - 8).load(as: Int.self) }
    private static func isSlabBlock(kindWord: Int) -> Bool { kindWord >> sizeBits == slabBlock }

    private static func size(ofSlabBlock block: UnsafeMutableRawPointer) -> Int { kindWord(of: block) & (1 << sizeBits - 1) }
    private static func setSize(_ size: Int, ofSlabBlock block: UnsafeMutableRawPointer) {
        (block - 8).storeBytes(of: slabBlock << sizeBits | size, as: Int.self)
    }
    /// The arena a block was cut for or is listed by (the calling thread's), from its header.
    private static func arena(of block: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Arena> {
        let arena = (block - headerSize).load(as: UnsafeMutablePointer<Arena>.self)
        assert(arena == current, "a block is freed or grown on the thread that allocated it")
        return arena
    }

    /// `realloc` of a block of `arena`, the calling thread's (any block for nil).
    @inline(__always)
    static func reallocate(_ block: UnsafeMutableRawPointer?, size: Int, in arena: @autoclosure () -> UnsafeMutablePointer<Arena>) -> UnsafeMutableRawPointer? {
        guard let block else { return allocate(size, zeroed: false, in: arena()) }
        return reallocate(block, size: size)
    }

    private static func reallocate(_ block: UnsafeMutableRawPointer, size: Int) -> UnsafeMutableRawPointer? {
        let kind = kindWord(of: block)
        if kind == systemBlock {
            let arena = arena(of: block)
            guard let base = realloc(block - headerSize, headerSize + size) else { fatalError("out of memory") }
            if let index = arena.pointee.systemBlocks.lastIndex(of: block) { arena.pointee.systemBlocks[index] = base + headerSize }
            return base + headerSize
        } else if isSlabBlock(kindWord: kind) {
            let old = Self.size(ofSlabBlock: block)
            if size <= old { return block }
            // The newest block of a slab grows where it is while the slab has room.
            if size <= CmarkArena.largeSize, let region = region(withLast: block, in: arena(of: block)) {
                let start = block - region.pointee.slab
                if start + rounded(size) <= CmarkArena.slabSize {
                    setSize(size, ofSlabBlock: block)
                    region.pointee.used = start + rounded(size)
                    return block
                }
            }
            let moved = allocate(size, zeroed: false, in: arena(of: block))
            moved.copyMemory(from: block, byteCount: old)
            release(block)
            return moved
        } else {
            // Not one of ours (cmark-gfm gave us a block from the system allocator): leave it to that.
            return realloc(block, size)
        }
    }

    static func release(_ block: UnsafeMutableRawPointer?) {
        guard let block else { return }
        let kind = kindWord(of: block)
        if kind == systemBlock {
            let arena = arena(of: block)
            if let index = arena.pointee.systemBlocks.lastIndex(of: block) { arena.pointee.systemBlocks.remove(at: index) }
            free(block - headerSize)
        } else if isSlabBlock(kindWord: kind) {
            let arena = arena(of: block)
            if let region = region(withLast: block, in: arena) {
                region.pointee.used = block - headerSize - region.pointee.slab
                region.pointee.last = nil
            } else {
                let sizeClass = rounded(size(ofSlabBlock: block)) / 16
                block.storeBytes(of: arena.pointee.freed[sizeClass], as: UnsafeMutableRawPointer?.self)
                arena.pointee.freed[sizeClass] = block
            }
        } else {
            free(block)
        }
    }
}

/// Where `Arena.nodeSize`'s allocator notes the size (cmark-gfm's callbacks take no context); written once, while the
/// size is worked out.
private enum NodeSizeProbe {
    nonisolated(unsafe) static var size = 0
}
