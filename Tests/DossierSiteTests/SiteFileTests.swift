@testable import DossierSite
import Foundation
import Testing

/// A file is its path and its bytes, whether they were made as a Data or a String.
@Suite struct SiteFileTests {
    @Test func filesOfTheSameBytesAreEqualHoweverTheyWereMade() {
        let text = "# Title\n\nCafé — a page.\n"
        let files = [SiteFile(path: "a.md", data: Data(text.utf8)), SiteFile(path: "a.md", text: text)]
        for file in files {
            #expect(file == files[0])
            #expect(file.hashValue == files[0].hashValue)
            #expect(file.count == text.utf8.count)
            #expect(file.data == Data(text.utf8))
            #expect(file.withUnsafeBytes { Array($0) } == Array(text.utf8))
        }
        #expect(SiteFile(path: "a.md", text: text + " ") != files[0])
        #expect(SiteFile(path: "b.md", text: text) != files[0])
        // A file given new bytes holds them, whatever it held before.
        var changed = files[1]
        changed.data = Data("other".utf8)
        #expect(changed == SiteFile(path: "a.md", text: "other"))
    }
}
