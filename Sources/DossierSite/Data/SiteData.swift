import DossierCore
import Foundation

/// The data files of the site: `dossier.json`, `figures.csv` and a copy of each original article.
public enum SiteData {
    /// `originals` are the files' texts in the order of `dossier.sources`.
    public static func files(for dossier: Dossier, originals: [String]) -> [SiteFile] {
        var files: [SiteFile] = []
        if let json = try? DossierJSON.encode(dossier) {
            files.append(SiteFile(path: "dossier.json", data: json))
        }
        files.append(SiteFile(path: "figures.csv", text: FiguresCSV.csv(for: dossier)))
        for (article, text) in zip(dossier.sources, originals) {
            files.append(SiteFile(path: SitePath.original(article), text: text))
            if !article.boilerplate.isEmpty {
                let lines = article.boilerplate.map { "line \($0.line) (\($0.reason)): \($0.text)" }
                files.append(SiteFile(path: SitePath.removedLines(article), text: lines.joined(separator: "\n") + "\n"))
            }
        }
        return files
    }
}
