@testable import DossierBuild
import Testing

@Suite struct SystemAllocatorTests {
    /// The build's growth step reaches glibc's allocator (found by name at run time: a misspelt name or a changed
    /// signature would leave the default, one page at a time, without a word).
    @Test func glibcTakesTheHeapGrowthPad() {
        #if canImport(Glibc)
        #expect(SystemAllocator.configure())
        #endif
    }
}
