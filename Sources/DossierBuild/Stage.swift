/// The build's stages, in order. The pipeline runs them; the CLI reports progress by these names.
public enum Stage: String, CaseIterable, Sendable {
    /// Files under the content folder → decoded text and front matter.
    case load
    /// Each file → an Article: metadata, boilerplate, paragraphs, sentences, flags (in parallel).
    case parse
    /// Across articles: people, figures, topics, events.
    case extract
    /// Everything → one Dossier.
    case assemble
    /// The Dossier → Markdown pages.
    case markdown
    /// Markdown → HTML through cmark-gfm, then into the templates (in parallel), each page's files written into the
    /// build folder beside the output as soon as they are made; then the search index beside the data files.
    case render
    /// The other files → the build folder, the list of files last; the folder is swapped in for the output.
    case write
}
