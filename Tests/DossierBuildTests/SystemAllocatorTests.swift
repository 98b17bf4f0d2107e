@testable import DossierBuild
import Testing

@Suite struct SystemAllocatorTests {
    /// mimalloc serves `malloc` in this process: linked after the C library, it would be in the binary and serve
    /// nothing, without a word.
    @Test func mimallocServesMalloc() {
        #if canImport(Glibc)
        #expect(SystemAllocator.servesMalloc)
        #endif
    }
}
