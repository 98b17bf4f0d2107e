import DossierCore
import Foundation

/// The cmark-gfm HTML of each page of one build, by page path, made from the previous build's where a page's Markdown
/// and fragments did not change: the dev server keeps one per build, so a template edit reruns only the templates.
/// Any number of threads may ask for bodies at once.
public final class PageBodies: @unchecked Sendable {
    private struct Entry {
        var source: ContentFingerprint
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
        let source = ContentFingerprint(page: page)
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

extension ContentFingerprint {
    /// What a page's body is made from: its Markdown and its fragments, by name.
    init(page: MarkdownPage) {
        self.init(texts: [page.markdown] + page.fragments.keys.sorted().flatMap { [$0, page.fragments[$0] ?? ""] })
    }
}
