import DossierCore
import Foundation

/// The search index as script files under `search/`, loaded by the page with `<script>` tags on demand
/// (a page opened from `file://` cannot fetch JSON, but it can load scripts):
///
/// - `search/index.js`: `dossierSearch.meta({...})`, the document count, chunk size, kinds and shard keys;
/// - `search/t-L.js`: `dossierSearch.terms("L",{"KEY":"…",...})`, the terms starting with the character L, as one packed
///   shard per KEY (their first two characters): `{"term":"postings",...}`, where a term whose words have another lemma
///   names it after its postings (`"said":"0,4>say"`, see `SearchPostings`). One file per first character: the page
///   loads it while that character is typed (one script, not one per shard), and inflates only the shard it reads;
/// - `search/dN.js`: `dossierSearch.docs(N,"…")`, documents N×chunk onwards: `[[[page,title],...],[[kind,...],...]]`,
///   a table of source pages, then one row per document.
///
/// Both carry their JSON compressed with raw DEFLATE, in base64 (see `packed`); the page inflates it with
/// `DecompressionStream("deflate-raw")`.
///
/// Terms are sorted and documents kept in ranking order, so the same dossier gives the same bytes.
public struct SearchIndex: Sendable {
    /// Documents per document file: small enough that showing the first results loads little, large enough to compress well.
    public static let chunkSize = 128
    /// Characters of a sentence shown in a result; longer ones are cut with `…`.
    static let snippetLength = 320

    public var normaliser: SearchNormaliser
    /// The language layer's lemma of a lower-case word (`said` → `say`); nil indexes surface forms only.
    public var lemma: (@Sendable (String) -> String)?

    public init(normaliser: SearchNormaliser = SearchNormaliser(), lemma: (@Sendable (String) -> String)? = nil) {
        self.normaliser = normaliser
        self.lemma = lemma
    }

    /// All the files of the index for these documents (in ranking order).
    public func files(for documents: [SearchDocument]) -> [SiteFile] {
        let postings = SearchPostings(documents, normaliser: normaliser, lemma: lemma)
        var shards: [String: [(String, [Int])]] = [:]
        for (term, numbers) in postings.documents {
            shards[SearchShards.key(for: term), default: []].append((term, numbers))
        }
        let keys = shards.keys.sorted()
        var files = [SiteFile(path: "search/index.js", text: meta(documentCount: documents.count, shardKeys: keys))]
        // Compressing the shards is most of the work: in parallel, each on its own.
        let packedShards = ParallelMap.map(keys.map { ($0, shards[$0]!) }) { key, terms in
            let entries = terms.sorted { $0.0 < $1.0 }
                .map { ScriptLiteral.string($0.0) + ":" + ScriptLiteral.string(SearchShards.entry($0.1, lemmas: postings.lemmas[$0.0] ?? [])) }
            return ScriptLiteral.string(key) + ":" + Self.packed("{" + entries.joined(separator: ",\n") + "}")
        }
        var byLetter: [(letter: String, shards: [String])] = []
        for (key, packed) in zip(keys, packedShards) {
            let letter = String(key.prefix(1))
            if byLetter.last?.letter == letter { byLetter[byLetter.count - 1].shards.append(packed) } else { byLetter.append((letter, [packed])) }
        }
        files += byLetter.map { letter, shards in
            SiteFile(path: "search/t-\(letter).js",
                     text: "dossierSearch.terms(\(ScriptLiteral.string(letter)),{\n" + shards.joined(separator: ",\n") + "});\n")
        }
        files += ParallelMap.map(Array(stride(from: 0, to: documents.count, by: Self.chunkSize))) { start in
            chunk(number: start / Self.chunkSize, documents[start..<min(start + Self.chunkSize, documents.count)])
        }
        return files
    }

    func meta(documentCount: Int, shardKeys: [String]) -> String {
        let kinds = SearchDocument.Kind.allCases.map { ScriptLiteral.string("\($0)") }
        return "dossierSearch.meta({\"documents\":\(documentCount),\"chunk\":\(Self.chunkSize),"
            + "\"kinds\":\(ScriptLiteral.array(kinds)),\"shards\":\(ScriptLiteral.array(shardKeys.map(ScriptLiteral.string)))});\n"
    }

    /// One document file. A sentence names its source by a number in the file's own table of sources.
    func chunk(number: Int, _ documents: ArraySlice<SearchDocument>) -> SiteFile {
        var sources: [String] = []
        var sourcePages = Numbering<String>()
        var rows: [String] = []
        for document in documents {
            let kind = String(document.kind.rawValue)
            guard document.source != nil, let hash = document.url.utf8.firstIndex(of: UInt8(ascii: "#")) else {
                rows.append(ScriptLiteral.array([kind] + [document.title, document.url, document.snippet].map(ScriptLiteral.string)))
                continue
            }
            let page = String(document.url[..<hash])
            let (sourceNumber, isNew) = sourcePages.number(of: page)
            if isNew { sources.append(ScriptLiteral.array([ScriptLiteral.string(page), ScriptLiteral.string(document.title)])) }
            var fields = [kind, String(sourceNumber), ScriptLiteral.string(String(document.url[document.url.index(after: hash)...])),
                          ScriptLiteral.string(Self.shortened(document.snippet))]
            if let speaker = document.speaker { fields.append(ScriptLiteral.string(speaker)) }
            rows.append(ScriptLiteral.array(fields))
        }
        let payload = ScriptLiteral.array([ScriptLiteral.array(sources), "[\n" + rows.joined(separator: ",\n") + "]"])
        return SiteFile(path: "search/d\(number).js", text: "dossierSearch.docs(\(number),\(Self.packed(payload)));\n")
    }

    /// JSON compressed with raw DEFLATE, as a base64 string literal: the index is mostly the corpus's own words and
    /// numbers, and would otherwise add a fifth to the size of the site's HTML.
    static func packed(_ json: String) -> String {
        "\"" + Deflate.compress(Data(json.utf8)).base64EncodedString() + "\""
    }

    static func shortened(_ text: String) -> String {
        guard text.unicodeScalars.count > snippetLength else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(snippetLength))) + "…"
    }
}
