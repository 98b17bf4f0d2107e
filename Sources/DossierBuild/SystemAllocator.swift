import CMimalloc
#if canImport(Glibc)
import Glibc
#endif

/// The memory allocator every allocation of the process goes through: mimalloc (Debian: libmimalloc-dev), linked into
/// the binary ahead of the C library, so that its `malloc` and `free` are the ones the Swift runtime, Foundation and
/// cmark-gfm call.
///
/// A build makes some 2.6 million allocations on both cores at once (strings, arrays, dictionaries' storage), most of
/// them small and freed within the stage. glibc's allocator spent about 7% of a BBC build's processor time in them,
/// much of it merging freed neighbours (`unlink_chunk`, `malloc_consolidate`) and taking its arenas' locks; it also
/// needed tuning by hand (a heap growth step, so that its arenas did not grow a page at a time, each step taking the
/// address-space lock, and a trim between stages, so that a stage's freed temporaries did not raise the next one's peak).
/// mimalloc keeps each thread's free blocks in pages of one size, with no merging and no locks: user+system time of a
/// BBC build fell by about 15% with the same output, and its peak memory by about 10%. It gives memory back to the
/// system by itself, page by page, a short while after it is freed.
public enum SystemAllocator {
    /// Whether `malloc` is mimalloc's: false when the link order put the C library's first (then mimalloc's own
    /// functions still work, but nothing allocates through them). The tests ask it.
    public static let servesMalloc: Bool = {
        #if canImport(Glibc)
        guard let block = malloc(64) else { return false }
        defer { free(block) }
        return mi_is_in_heap_region(block)
        #else
        return false
        #endif
    }()

    /// Gives back to the system what the process has freed and mimalloc still holds: the dev server asks after each
    /// rebuild, so that it idles small between builds; a build does not need to (mimalloc returns freed pages itself).
    static func releaseFreedMemory() {
        mi_collect(true)
    }
}
