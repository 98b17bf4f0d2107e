/// The default templates, carried inside the binary so that `dossier init` works anywhere and a
/// template missing from a user's folder falls back to the built-in one.
/// They are the files of `templates/`, embedded at build time (see Package.swift).
public enum DefaultTemplates {
    /// Template names (file name without `.mustache`) and their text.
    public static let templates: [String: String] = [
        "base": text(PackageResources.base_mustache),
        "index": text(PackageResources.index_mustache),
        "source": text(PackageResources.source_mustache),
        "section": text(PackageResources.section_mustache),
        "search": text(PackageResources.search_mustache),
    ]

    /// Files copied to the site as they are (stylesheet, search script), by name.
    public static let assets: [String: String] = [
        "style.css": text(PackageResources.style_css),
        "search.js": text(PackageResources.search_js),
    ]

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
