import Foundation

/// A file of the built site: a path relative to the output folder, and its bytes.
public struct SiteFile: Sendable, Hashable {
    public var path: String
    private var content: Content

    /// The bytes as they were made: a page's Markdown stays its String, whose UTF-8 is written as it is. Copied into a
    /// Data, the 27 MB of the BBC site's Markdown pages were moved once more, into memory freshly faulted in.
    private enum Content: Sendable {
        case data(Data)
        case text(String)
    }

    public init(path: String, data: Data) {
        self.path = path
        content = .data(data)
    }

    public init(path: String, text: String) {
        self.path = path
        content = .text(text)
    }

    /// The file's bytes (for a file made from text, a copy of its UTF-8: the build reads them through `withUnsafeBytes`).
    public var data: Data {
        get {
            switch content {
            case .data(let data): data
            case .text(let text): Data(text.utf8)
            }
        }
        set { content = .data(newValue) }
    }

    /// How many bytes the file holds.
    public var count: Int {
        switch content {
        case .data(let data): data.count
        case .text(let text): text.utf8.count
        }
    }

    /// `body` of the file's bytes, read where they are.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch content {
        case .data(let data): return try data.withUnsafeBytes(body)
        case .text(var text): return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Files are the same when their paths and bytes are, however their bytes were made.
    public static func == (left: SiteFile, right: SiteFile) -> Bool {
        guard left.path == right.path, left.count == right.count else { return false }
        return left.withUnsafeBytes { leftBytes in right.withUnsafeBytes { leftBytes.elementsEqual($0) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
