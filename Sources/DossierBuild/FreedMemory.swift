import Foundation

/// Gives back to the system the memory a stage has freed. glibc's allocator keeps what each thread frees in that
/// thread's arena for reuse, so without this the resident size after a stage would still count its temporaries
/// (about 150 MB after extracting the BBC corpus), and the next stage's peak would sit on top of them.
enum FreedMemory {
    static func release() {
        _ = trim?(0)
    }

    private typealias Trim = @convention(c) (Int) -> Int32

    /// `malloc_trim` where the C library has it (looked up at run time: Swift's Glibc module does not declare it).
    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()
}
