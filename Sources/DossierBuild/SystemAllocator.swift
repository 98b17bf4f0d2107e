import Foundation

/// How a build asks the C library's allocator (glibc's malloc) to handle its memory: in large steps as it grows, and
/// given back to the system between stages.
public enum SystemAllocator {
    /// How much each heap of glibc's allocator grows by at once: the largest heap a thread's arena has (64 MB).
    ///
    /// By default a thread's arena grows its heap by exactly what an allocation needs, one page or a few at a time,
    /// each step a `mprotect` call that takes the process's address-space lock, which the other threads' page faults
    /// wait on. A BBC build (whose memory grows to ~350 MB, most of it tokens kept until the end) made 43,000 such calls;
    /// with this pad it makes about 80, and its processor time in the kernel fell from 0.90 s to 0.75 s (medians of 6
    /// alternating runs). Room reserved this way costs no memory until it is written to: the peak stayed the same.
    static let heapGrowthPad = 64 << 20

    /// Sets the allocator's growth step (`heapGrowthPad`), once per process; whether the C library took it (false where
    /// it has no `mallopt`). An arena takes the pad when it is made, so the sooner the better: the command calls this
    /// first thing, and the build again for other callers (the arenas made before then grow page by page).
    @discardableResult
    public static func configure() -> Bool {
        configured
    }

    private static let configured: Bool = {
        guard let mallopt = symbol("mallopt", as: Mallopt.self) else { return false }
        return mallopt(topPadParameter, Int32(heapGrowthPad)) == 1
    }()

    /// Gives back to the system the memory a stage has freed. glibc's allocator keeps what each thread frees in that
    /// thread's arena for reuse, so without this the resident size after a stage would still count its temporaries
    /// (about 150 MB after extracting the BBC corpus), and the next stage's peak would sit on top of them.
    static func releaseFreedMemory() {
        _ = trim?(0)
    }

    /// glibc's `M_TOP_PAD`.
    private static let topPadParameter: Int32 = -2

    private typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    private typealias Trim = @convention(c) (Int) -> Int32

    /// `malloc_trim` where the C library has it.
    private static let trim = symbol("malloc_trim", as: Trim.self)

    /// A function of the C library looked up at run time (Swift's Glibc module declares neither `mallopt` nor
    /// `malloc_trim`); nil where there is none (another C library).
    private static func symbol<Function>(_ name: String, as type: Function.Type) -> Function? {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
        #else
        return nil
        #endif
    }
}
