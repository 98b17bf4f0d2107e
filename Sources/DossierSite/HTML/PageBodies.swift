import Foundation

/// The cmark-gfm HTML of each page of one build, by page path, made from the previous build's where a page's Markdown
/// and fragments did not change: the dev server keeps one per build, so a template edit reruns only the templates.
/// Any number of threads may ask for bodies at once.
public final class PageBodies: @unchecked Sendable {
    private struct Entry {
        var source: PageSource
        var html: String
    }

    private let lock = NSLock()
    private let previous: [String: Entry]
    private var current: [String: Entry] = [:]
    private var converted = 0

    /// Bodies taken from `previous` where the page did not change; an empty store without it.
    public init(previous: PageBodies? = nil) {
        self.previous = previous.map { kept in kept.lock.withLock { kept.current } } ?? [:]
    }

    /// The body of `page`: the previous build's when the page's Markdown and fragments are unchanged, else `convert`'s.
    public func body(for page: MarkdownPage, convert: () -> String) -> String {
        let source = PageSource(page)
        let kept = lock.withLock { () -> String? in
            guard let entry = previous[page.path], entry.source == source else { return nil }
            current[page.path] = entry
            return entry.html
        }
        if let kept { return kept }
        let html = convert()
        lock.withLock {
            current[page.path] = Entry(source: source, html: html)
            converted += 1
        }
        return html
    }

    /// Carries the previous build's body of a page this build does not render (its HTML did not change) to the next.
    public func keep(_ page: MarkdownPage) {
        lock.withLock {
            if let entry = previous[page.path] { current[page.path] = entry }
        }
    }

    /// How many bodies this build converted from Markdown (the others were kept).
    public var convertedCount: Int { lock.withLock { converted } }
}

/// What a page's body is made from, as a count and a 64-bit SipHash of the Markdown's and the fragments' bytes.
/// `Hasher` is seeded afresh in every process, so no input can be made to collide on purpose.
struct PageSource: Equatable {
    var count: Int
    var hash: Int

    init(_ page: MarkdownPage) {
        var hasher = Hasher()
        var count = Self.combine(page.markdown, into: &hasher)
        for name in page.fragments.keys.sorted() {
            count += Self.combine(name, into: &hasher) + Self.combine(page.fragments[name] ?? "", into: &hasher)
        }
        self.count = count
        hash = hasher.finalize()
    }

    /// Hashes the text's UTF-8 bytes and their count (so that "ab"+"c" and "a"+"bc" differ); returns the count.
    private static func combine(_ text: String, into hasher: inout Hasher) -> Int {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
        return text.utf8.count
    }
}
