import Foundation

/// A request target's path, decoded once and checked, as the names of the folders and file it asks for.
/// Anything that could step outside the served folder is refused here, before the disk is touched:
/// `..` and `.` segments (plain or percent-encoded), encoded slashes and backslashes, backslashes, NUL,
/// control characters and hidden names. Symlinks are checked later, against the resolved path.
struct RequestPath: Equatable {
    /// Why a path was refused.
    enum Refusal: Error, Equatable {
        /// The path tries to leave the folder or hide its meaning (`..`, `%2f`, `\`, NUL…).
        case unsafe
        /// The path is not a path: no leading `/`, or percent-encoding that is not UTF-8.
        case malformed
    }

    /// The decoded names, in order; empty for the root.
    let segments: [String]
    /// True when the request ended with `/` (a folder, answered with its `index.html`).
    let endsWithSlash: Bool

    /// Checks a raw, still percent-encoded path (the request target without its query).
    init(percentEncoded raw: String) throws(Refusal) {
        guard raw.hasPrefix("/") else { throw .malformed }
        let lowered = raw.lowercased()
        // An encoded separator or NUL would turn into structure only after decoding.
        for encoded in ["%2f", "%5c", "%00"] where lowered.contains(encoded) { throw .unsafe }
        guard !raw.contains("\\") else { throw .unsafe }
        guard let decoded = raw.removingPercentEncoding else { throw .malformed }
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else { throw .unsafe }
        let names = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard names.allSatisfy({ !$0.hasPrefix(".") }) else { throw .unsafe }
        segments = names
        endsWithSlash = decoded.hasSuffix("/")
    }

    /// The path relative to the served folder, `a/b.html`.
    var relative: String { segments.joined(separator: "/") }

    /// The path to redirect a folder to, with its trailing slash and each name percent-encoded again.
    var folderLocation: String {
        "/" + segments.map { $0.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters) ?? $0 }.joined(separator: "/") + "/"
    }

    private static let segmentCharacters: CharacterSet = {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(0x7F)))
        allowed.insert(charactersIn: "-._~!$&'()*+,;=:@")
        return allowed
    }()
}
