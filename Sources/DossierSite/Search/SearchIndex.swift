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

    /// `search/index.js` and the term files (`search/t-L.js`) for these documents.
    public func termFiles(for documents: [SearchDocument]) -> [SiteFile] {
        let postings = SearchPostings(documents, normaliser: normaliser, lemma: lemma)
        var shards: [String: [SearchPostings.Term]] = [:]
        for term in postings.terms {
            shards[SearchShards.key(for: term.name), default: []].append(term)
        }
        let keys = shards.keys.sorted()
        var files = [SiteFile(path: "search/index.js", text: meta(documentCount: documents.count, shardKeys: keys))]
        // Compressing the shards is most of the work: in parallel, each on its own.
        let packedShards = ParallelMap.map(keys.map { ($0, shards[$0]!) }) { key, terms in
            Self.shard(key: key, terms: terms)
        }
        var byLetter: [(letter: String, shards: [[UInt8]])] = []
        for (key, packed) in zip(keys, packedShards) {
            let letter = String(key.prefix(1))
            if byLetter.last?.letter == letter { byLetter[byLetter.count - 1].shards.append(packed) } else { byLetter.append((letter, [packed])) }
        }
        files += byLetter.map { letter, shards in
            var file = Array("dossierSearch.terms(".utf8)
            ScriptLiteral.write(letter, into: &file)
            file += ",{\n".utf8
            for (position, shard) in shards.enumerated() {
                if position > 0 { file += ",\n".utf8 }
                file += shard
            }
            file += "});\n".utf8
            return SiteFile(path: "search/t-\(letter).js", data: Data(file))
        }
        return files
    }

    /// The document files (`search/dN.js`) for these documents: they need no postings, so a caller may make them beside
    /// `termFiles`, whose postings have stretches that run on one core.
    public func documentFiles(for documents: [SearchDocument]) -> [SiteFile] {
        ParallelMap.map(Array(stride(from: 0, to: documents.count, by: Self.chunkSize))) { start in
            chunk(number: start / Self.chunkSize, documents[start..<min(start + Self.chunkSize, documents.count)])
        }
    }

    func meta(documentCount: Int, shardKeys: [String]) -> String {
        let kinds = SearchDocument.Kind.allCases.map { ScriptLiteral.string("\($0)") }
        return "dossierSearch.meta({\"documents\":\(documentCount),\"chunk\":\(Self.chunkSize),"
            + "\"kinds\":\(ScriptLiteral.array(kinds)),\"shards\":\(ScriptLiteral.array(shardKeys.map(ScriptLiteral.string)))});\n"
    }

    /// One shard of the terms file of its first character: `"KEY":"…"`, its JSON object of terms (sorted) and their
    /// entries (see `SearchShards.entry`), packed; as bytes, put into the file as they are.
    static func shard(key: String, terms: [SearchPostings.Term]) -> [UInt8] {
        var json: [UInt8] = [UInt8(ascii: "{")]
        // Room for a term's postings, reused (see `SearchShards.write(postings:into:room:)`).
        var room: [UInt8] = []
        // The terms are sorted by index: sorting the terms themselves moved (and retained) their names and lists.
        let order = terms.indices.sorted { terms[$0].name < terms[$1].name }
        for (position, index) in order.enumerated() {
            if position > 0 {
                json.append(UInt8(ascii: ","))
                json.append(UInt8(ascii: "\n"))
            }
            ScriptLiteral.write(terms[index].name, into: &json)
            json.append(UInt8(ascii: ":"))
            json.append(UInt8(ascii: "\""))
            SearchShards.writeLiteralBody(entry: terms[index].documents, lemmas: terms[index].lemmas, into: &json, room: &room)
            json.append(UInt8(ascii: "\""))
        }
        json.append(UInt8(ascii: "}"))
        var shard: [UInt8] = []
        ScriptLiteral.write(key, into: &shard)
        shard.append(UInt8(ascii: ":"))
        appendPacked(json, to: &shard)
        return shard
    }

    /// One document file. A sentence names its source by a number in the file's own table of sources.
    /// Documents are read in place, through a buffer: a `for … in` copy of each retained its strings. Numbers are written
    /// as digits (`DecimalDigits`), not made strings first.
    func chunk(number: Int, _ documents: ArraySlice<SearchDocument>) -> SiteFile {
        var sources: [UInt8] = [UInt8(ascii: "[")]
        var sourcePages = Numbering<String>()
        // The source page of the document before and its number: a source's sentences follow each other, and share
        // their source's page address (one string), so a document's page is most often that one, found at once.
        var previous: (page: String, number: Int)?
        var rows: [UInt8] = []
        let comma = UInt8(ascii: ",")
        // Read through a buffer: an element of the slice read by subscript was copied whole (its six strings retained)
        // for each field read.
        documents.withUnsafeBufferPointer { documents in
            for position in documents.indices {
                if !rows.isEmpty {
                    rows.append(comma)
                    rows.append(UInt8(ascii: "\n"))
                }
                rows.append(UInt8(ascii: "["))
                DecimalDigits.append(documents[position].kind.rawValue, to: &rows)
                guard documents[position].source != nil, let anchor = documents[position].anchor else {
                    rows.append(comma)
                    ScriptLiteral.write(documents[position].title, into: &rows)
                    rows.append(comma)
                    ScriptLiteral.write(documents[position].url, into: &rows)
                    rows.append(comma)
                    ScriptLiteral.write(documents[position].snippet, into: &rows)
                    rows.append(UInt8(ascii: "]"))
                    continue
                }
                let sourceNumber: Int
                if let previous, documents[position].page == previous.page {
                    sourceNumber = previous.number
                } else {
                    let page = documents[position].page
                    let (number, isNew) = sourcePages.number(of: page)
                    if isNew {
                        if number > 0 { sources.append(comma) }
                        sources.append(UInt8(ascii: "["))
                        ScriptLiteral.write(page, into: &sources)
                        sources.append(comma)
                        ScriptLiteral.write(documents[position].title, into: &sources)
                        sources.append(UInt8(ascii: "]"))
                    }
                    previous = (page, number)
                    sourceNumber = number
                }
                rows.append(comma)
                DecimalDigits.append(sourceNumber, to: &rows)
                rows.append(comma)
                ScriptLiteral.write(anchor, into: &rows)
                rows.append(comma)
                Self.writeShortened(documents[position].snippet, into: &rows)
                if let speaker = documents[position].speaker {
                    rows.append(comma)
                    ScriptLiteral.write(speaker, into: &rows)
                }
                rows.append(UInt8(ascii: "]"))
            }
        }
        // `[[sources],[\nrows]]`
        var payload = [UInt8(ascii: "[")]
        payload += sources
        payload += [UInt8(ascii: "]"), comma, UInt8(ascii: "["), UInt8(ascii: "\n")]
        payload += rows
        payload += [UInt8(ascii: "]"), UInt8(ascii: "]")]
        // `dossierSearch.docs(N,"…");`, written as bytes (no String of the file made and copied into its Data).
        var file = Array("dossierSearch.docs(".utf8)
        DecimalDigits.append(number, to: &file)
        file.append(comma)
        Self.appendPacked(payload, to: &file)
        file += ");\n".utf8
        return SiteFile(path: "search/d\(number).js", data: Data(file))
    }

    /// JSON (as UTF-8) compressed with raw DEFLATE, as a base64 string literal, appended to `out`: the index is mostly
    /// the corpus's own words and numbers, and would otherwise add a fifth to the size of the site's HTML.
    static func appendPacked(_ json: [UInt8], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        Deflate.compress(bytes: json).withUnsafeBufferPointer { Base64Digits.append($0, to: &out) }
        out.append(UInt8(ascii: "\""))
    }

    /// `ScriptLiteral.write(shortened(text))`, without a string when the text is short enough (nearly every sentence):
    /// `shortened` hands such a text back, a retain and a release per document.
    static func writeShortened(_ text: String, into bytes: inout [UInt8]) {
        if isShortEnough(text) {
            ScriptLiteral.write(text, into: &bytes)
        } else {
            ScriptLiteral.write(shortened(text), into: &bytes)
        }
    }

    /// Whether `shortened` gives the text back as it is.
    private static func isShortEnough(_ text: String) -> Bool {
        // A scalar is one to four bytes: text of no more bytes than the length has no more scalars.
        text.utf8.count <= snippetLength || text.unicodeScalars.count <= snippetLength
    }

    static func shortened(_ text: String) -> String {
        guard !isShortEnough(text) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(snippetLength))) + "…"
    }
}
