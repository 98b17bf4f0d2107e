@testable import DossierBuild
import Foundation
import Testing

@Suite struct SiteManifestTests {
    /// The manifest's bytes are `JSONEncoder`'s (pretty-printed, keys sorted, slashes unescaped) and a line feed, for
    /// paths that need escaping, paths beyond ASCII, and no files at all; and the manifest reads back.
    @Test(arguments: [
        [SiteManifest.Entry(path: "style.css", bytes: 5576), SiteManifest.Entry(path: "people/ann.html", bytes: 0)],
        [SiteManifest.Entry(path: "originals/a \"quoted\" \\ name.txt", bytes: 12),
         SiteManifest.Entry(path: "originals/tab\there/é ñ 中文.md", bytes: 1_234_567_890),
         SiteManifest.Entry(path: "originals/\u{1}bell.txt", bytes: 1)],
        [],
    ])
    func encodesAsJSONEncoderDoes(entries: [SiteManifest.Entry]) throws {
        let manifest = SiteManifest(entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(manifest) + Data([UInt8(ascii: "\n")])
        let encoded = manifest.encoded()
        #expect(encoded == expected, "\(String(decoding: encoded, as: UTF8.self))\n---\n\(String(decoding: expected, as: UTF8.self))")
        #expect(try JSONDecoder().decode(SiteManifest.self, from: encoded) == manifest)
    }
}
