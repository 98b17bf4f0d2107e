/// The `Content-Type` of a served file, from its extension; text types say `charset=utf-8`.
enum ContentType {
    /// Text types the build writes as UTF-8.
    private static let text: [String: String] = [
        "html": "text/html",
        "htm": "text/html",
        "css": "text/css",
        "js": "text/javascript",
        "mjs": "text/javascript",
        "json": "application/json",
        "csv": "text/csv",
        "svg": "image/svg+xml",
        "md": "text/markdown",
        "txt": "text/plain",
        "xml": "application/xml",
        "yml": "text/yaml",
        "yaml": "text/yaml",
    ]

    private static let binary: [String: String] = [
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "avif": "image/avif",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "pdf": "application/pdf",
    ]

    /// `text/css; charset=utf-8` for `style.css`; `application/octet-stream` for what we do not know.
    static func forFile(named name: String) -> String {
        let ext = fileExtension(of: name)
        if let type = text[ext] { return "\(type); charset=utf-8" }
        return binary[ext] ?? "application/octet-stream"
    }

    /// True for pages the live-reload script goes into.
    static func isHTML(_ name: String) -> Bool {
        let ext = fileExtension(of: name)
        return ext == "html" || ext == "htm"
    }

    private static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
