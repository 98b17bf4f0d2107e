import Foundation
import Mustache

/// The templates rendered once per kind of page instead of once per page: the pages that share a template, a folder
/// depth and a current section differ only in their own values (title, path, content, view), so their template is
/// rendered once with a `TemplateSlot` for each of those values, and each page's HTML is that shell with the page's
/// values written where the slots printed (escaped where the template escaped them). swift-mustache looks every
/// variable up through dynamic casts, a few microseconds each, and the navigation bar alone holds two dozen.
///
/// A shell is used only when it makes what the whole template makes: its template printed each slot and did nothing
/// else with it, and the first page rendered with it came out the same rendered whole (in a build, with a stand-in
/// content of the page's content's shape: `standInContent`). Otherwise (a user's template that transforms the title,
/// reads the view, …) its pages are rendered whole. Any number of threads may ask at once.
final class PageShells: @unchecked Sendable {
    /// What a page's HTML is made of: the template's own text and the page's values.
    enum Part {
        case text(String)
        case value(PageValue, escaped: Bool)
    }

    /// A page's own values, in the order of `Key.shapes`.
    enum PageValue: Int, CaseIterable {
        case title, path, content
    }

    /// How a value ends, which is all swift-mustache's rendering looks at besides the value's text (an indented partial
    /// indents the token after one that ends a line): the pages of one shell have values of one shape.
    enum Shape: Hashable {
        case empty, endsLine, other

        /// The shape of a value given as UTF-8: the same as of its String (a `\n` after a `\r` is one Character with it).
        init?(utf8 value: UnsafeBufferPointer<UInt8>) {
            guard let last = value.last else {
                self = .empty
                return
            }
            if last == UInt8(ascii: "\n") {
                self = value.count > 1 && value[value.count - 2] == UInt8(ascii: "\r") ? .other : .endsLine
            } else if last == UInt8(ascii: "\r") {
                return nil
            } else {
                self = .other
            }
        }

        init?(_ value: String) {
            guard let last = value.unicodeScalars.last else {
                self = .empty
                return
            }
            if value.last == "\n" {
                self = .endsLine
            } else if last == "\r" {
                // `\r` and a template's `\n` after it are one Character: not a shape a marker can take.
                return nil
            } else {
                self = .other
            }
        }
    }

    /// A page content of the shape, to check a shell with (`SiteRenderer`): HTML as cmark-gfm writes it, with a line
    /// inside, a character beyond ASCII and each character that escaping changes.
    static func standInContent(shaped shape: Shape) -> String {
        switch shape {
        case .empty: ""
        case .endsLine: "<h1>A &amp; B</h1>\n<p>&lt;\"c\"&gt; 'd' é</p>\n"
        case .other: "<h1>A &amp; B</h1>\n<p>&lt;\"c\"&gt; 'd' é</p>"
        }
    }

    /// What the rendering of a page's template depends on besides its own values.
    struct Key: Hashable {
        var template: String
        var root: String
        var isIndex: Bool
        var currentSection: Int?
        var shapes: [Shape]
    }

    private enum Entry {
        /// Made, not yet compared with a page rendered whole.
        case unchecked([Part])
        case checked([Part])
        case unusable
    }

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    /// How swift-mustache prints a value into HTML (`{{.}}`), for the markers of the values a shell prints escaped.
    private static let escaper = try! MustacheTemplate(string: "{{.}}")

    /// The page's HTML from its shell, or nil when its shell is not usable. `values` are the page's, in the order of
    /// `PageValue`; `render` renders the page's template with a title, path, content and view (here, slots), and
    /// `whole` with the page's own.
    func html(values: [String], key: Key, templateNames: Set<String>,
              render: (_ title: Any, _ path: Any, _ content: Any, _ view: Any) -> String, whole: () -> String) -> String? {
        guard !values.contains(where: { Self.namesTemplate($0, in: templateNames) }) else { return nil }
        switch entry(for: key, render: render) {
        case .unusable:
            return nil
        case .checked(let parts):
            return Self.html(parts, values: values)
        case .unchecked(let parts):
            let whole = whole()
            let isSame = Self.makes(whole, from: parts, values: values)
            lock.withLock { entries[key] = isSame ? .checked(parts) : .unusable }
            return whole
        }
    }

    /// The parts of `key`'s shell, checked on these values if no page has checked them yet (see `html`); nil when the
    /// shell is not usable, or a value names a template.
    func checkedParts(for key: Key, values: [String], templateNames: Set<String>,
                      render: (_ title: Any, _ path: Any, _ content: Any, _ view: Any) -> String, whole: () -> String) -> [Part]? {
        guard !values.contains(where: { Self.namesTemplate($0, in: templateNames) }) else { return nil }
        switch entry(for: key, render: render) {
        case .unusable:
            return nil
        case .checked(let parts):
            return parts
        case .unchecked(let parts):
            let isSame = Self.makes(whole(), from: parts, values: values)
            lock.withLock { entries[key] = isSame ? .checked(parts) : .unusable }
            return isSame ? parts : nil
        }
    }

    /// The entry of `key`, its shell made (by `render`, with slots) when it has none yet.
    private func entry(for key: Key, render: (_ title: Any, _ path: Any, _ content: Any, _ view: Any) -> String) -> Entry {
        lock.withLock { () -> Entry in
            if let known = entries[key] { return known }
            let made = Self.shell(key: key, render: render).map(Entry.unchecked) ?? .unusable
            entries[key] = made
            return made
        }
    }

    /// Whether the shell with these values makes `html`, byte for byte: read along `html`, not made and then compared
    /// (the first page of a shell is often the only one, and the largest: the figures table, the who's who).
    static func makes(_ html: String, from parts: [Part], values: [String]) -> Bool {
        var html = html
        return html.withUTF8 { expected in
            var offset = 0
            func matches(_ text: String) -> Bool {
                var text = text
                return text.withUTF8 { bytes in
                    guard bytes.count <= expected.count - offset else { return false }
                    guard bytes.isEmpty || memcmp(bytes.baseAddress!, expected.baseAddress! + offset, bytes.count) == 0 else { return false }
                    offset += bytes.count
                    return true
                }
            }
            for part in parts {
                switch part {
                case .text(let text): guard matches(text) else { return false }
                case .value(let value, escaped: false): guard matches(values[value.rawValue]) else { return false }
                case .value(let value, escaped: true): guard matches(HTMLText.escape(values[value.rawValue])) else { return false }
                }
            }
            return offset == expected.count
        }
    }

    /// Whether a page's value is the name of a template: a template that names a partial by a variable
    /// (`{{>*page.title}}`) would include the one so named, so such a page is not made from a shell.
    static func namesTemplate(_ value: String, in templateNames: Set<String>) -> Bool {
        value.utf8.count < 256 && templateNames.contains(value)
    }

    /// `namesTemplate` of a value given as UTF-8.
    static func namesTemplate(utf8 value: UnsafeBufferPointer<UInt8>, in templateNames: Set<String>) -> Bool {
        value.count < 256 && templateNames.contains(String(decoding: value, as: UTF8.self))
    }

    /// The shell of `key` when it has made a page the same as the whole template made it; nil when it has not yet,
    /// or is not usable.
    func checkedParts(for key: Key) -> [Part]? {
        lock.withLock {
            guard case .checked(let parts) = entries[key] else { return nil }
            return parts
        }
    }

    /// The page's HTML, written straight into its file's bytes: the shell's text with the page's values in place, the
    /// content given as UTF-8 (as cmark-gfm rendered it), a value printed escaped is escaped once, by `HTMLText`, which
    /// escapes as the template does (`{{.}}` rendered for each page was a few microseconds of dynamic casts).
    static func data(_ parts: [Part], title: String, path: String, content: UnsafeBufferPointer<UInt8>) -> Data {
        var escaped: [PageValue: String] = [:]
        func escapedText(_ value: PageValue) -> String {
            if let known = escaped[value] { return known }
            let text = HTMLText.escape(value == .title ? title : value == .path ? path : String(decoding: content, as: UTF8.self))
            escaped[value] = text
            return text
        }
        var count = 0
        for part in parts {
            switch part {
            case .text(let text): count += text.utf8.count
            case .value(.content, escaped: false): count += content.count
            case .value(.title, escaped: false): count += title.utf8.count
            case .value(.path, escaped: false): count += path.utf8.count
            case .value(let value, escaped: true): count += escapedText(value).utf8.count
            }
        }
        var data = Data(capacity: count)
        func append(_ text: String) {
            var text = text
            text.withUTF8 { data.append($0) }
        }
        for part in parts {
            switch part {
            case .text(let text): append(text)
            case .value(.content, escaped: false): if !content.isEmpty { data.append(content) }
            case .value(.title, escaped: false): append(title)
            case .value(.path, escaped: false): append(path)
            case .value(let value, escaped: true): append(escapedText(value))
            }
        }
        return data
    }

    /// The page's HTML: the shell's text with the page's values (in the order of `PageValue`) in place.
    static func html(_ parts: [Part], values: [String]) -> String {
        var content = values[PageValue.content.rawValue]
        let (title, path) = (values[PageValue.title.rawValue], values[PageValue.path.rawValue])
        let bytes: Data = content.withUTF8 { Self.data(parts, title: title, path: path, content: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Renders the template with slots and cuts its output at the slots' markers; nil when a slot was misused or
    /// the output cannot be cut.
    static func shell(key: Key, render: (_ title: Any, _ path: Any, _ content: Any, _ view: Any) -> String) -> [Part]? {
        var markers: [(bytes: [UInt8], part: Part)] = []
        var slots: [Any] = []
        var used: [TemplateSlot] = []
        for (value, shape) in zip(PageValue.allCases, key.shapes) {
            // An empty value prints nothing and is the same on every page of the shell: it stands for itself.
            guard shape != .empty else {
                slots.append("")
                continue
            }
            let marker = markerPrefix + "\(value.rawValue)&\u{E000}" + (shape == .endsLine ? "\n" : "")
            let slot = TemplateSlot(marker: marker)
            slots.append(slot)
            used.append(slot)
            markers.append((Array(marker.utf8), .value(value, escaped: false)))
            markers.append((Array(escaper.render(marker).utf8), .value(value, escaped: true)))
        }
        let view = TemplateSlot(marker: nil)
        used.append(view)
        let output = render(slots[0], slots[1], slots[2], view)
        guard !used.contains(where: \.misused) else { return nil }
        return cut(Array(output.utf8), at: markers)
    }

    /// The output as text between markers; nil when something that starts like a marker is none.
    static func cut(_ output: [UInt8], at markers: [(bytes: [UInt8], part: Part)]) -> [Part]? {
        let prefix = Array(markerPrefix.utf8)
        var parts: [Part] = []
        var textStart = 0
        var index = 0
        while index + prefix.count <= output.count {
            guard output[index] == prefix[0], output[index..<index + prefix.count].elementsEqual(prefix) else {
                index += 1
                continue
            }
            guard let marker = markers.first(where: { output[index...].starts(with: $0.bytes) }) else { return nil }
            if textStart < index { parts.append(.text(String(decoding: output[textStart..<index], as: UTF8.self))) }
            parts.append(marker.part)
            index += marker.bytes.count
            textStart = index
        }
        if textStart < output.count { parts.append(.text(String(decoding: output[textStart...], as: UTF8.self))) }
        return parts
    }

    /// Private-use characters, which templates and escaping leave alone; the `&` after the number is escaped in a slot
    /// printed with `{{…}}`, so its two printings are told apart.
    static let markerPrefix = "\u{E000}dossier-slot-"
}
