import DossierCore
import Foundation

/// The data files of the site: `dossier.json`, `figures.csv` and a copy of each original article.
public enum SiteData {
    /// `originals` are the files' texts in the order of `dossier.sources`; nil leaves out their copies (written apart,
    /// see `originalCopies`) and keeps the lists of lines removed as boilerplate, which the extraction completes.
    /// `sourceWords`: each source's words, as counted for the pages (see `DossierJSON.encode`).
    public static func files(for dossier: Dossier, originals: [String]?, sourceWords: [Int]) -> [SiteFile] {
        var files: [SiteFile] = []
        if let json = try? DossierJSON.encode(dossier, sourceWords: sourceWords) {
            files.append(SiteFile(path: "dossier.json", data: json))
        }
        files.append(SiteFile(path: "figures.csv", data: FiguresCSV.data(for: dossier)))
        if let originals { files += originalCopies(of: dossier.sources, texts: originals) }
        for article in dossier.sources {
            if !article.boilerplate.isEmpty {
                let lines = article.boilerplate.map { "line \($0.line) (\($0.reason)): \($0.text)" }
                files.append(SiteFile(path: SitePath.removedLines(article), text: lines.joined(separator: "\n") + "\n"))
            }
        }
        return files
    }

    /// The copy of each article file as given (`texts` in the order of `articles`), which needs only the articles' ids.
    public static func originalCopies(of articles: [Article], texts: [String]) -> [SiteFile] {
        zip(articles, texts).map { SiteFile(path: SitePath.original($0), text: $1) }
    }
}
