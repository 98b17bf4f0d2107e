import DossierCore
import Foundation

/// Reads a news dateline opening a paragraph: the place the story was filed from, often its day, and the wire
/// service credited (`WASHINGTON, April 30 (Reuters) - `, `Washington (AFP) – `, `LONDON (AP) — `,
/// `SEOUL, South Korea — `, `WEST PALM BEACH, Fla. — `).
///
/// The shape is the rule, not a list of places or agencies: a place in capitals (or any capitalised place when a
/// credit in brackets follows), an optional region and day, an optional credit in brackets, then a dash.
struct DatelineReader {
    struct Dateline: Equatable {
        /// The place as written (`WASHINGTON`, `SEOUL, South Korea`).
        var place: String
        /// The day the dateline gives, when it gives one; its year only when written.
        var month: Int?
        var day: Int?
        var year: Int?
        /// The wire service in brackets (`Reuters`, `AP`), when credited.
        var wire: String?
        /// Characters from the start of the line to the story's first word.
        var length: Int
    }

    /// The dateline opening `line`, or nil. A hyphen ends a dateline only after a space (`US-Hamas talks` has none).
    func dateline(in line: String) -> Dateline? {
        // A dateline needs a dash, and a credit in brackets or a place in capitals; most lines have neither near
        // their start, and regexes are slow to fail. The dash is looked for in the bytes of the head first: comparing
        // Characters is slow, and most heads have no dash at all (a paragraph's bytes after its head are not read).
        guard Self.mayHaveDash(line, inFirst: Self.searchedPrefix) else { return nil }
        // What the head must hold, asked of the whole line first (the head is a prefix of it): most lines with a dash
        // have no brackets and do not open with capitals, and cutting the head by Characters is what costs.
        guard line.containsByte(UInt8(ascii: "(")) && line.containsByte(UInt8(ascii: ")")) || Self.opensWithCapitals(line) else { return nil }
        let head = String(line.prefix(Self.searchedPrefix))
        guard head.contains(where: { $0 == "-" || $0 == "–" || $0 == "—" }),
              head.containsByte(UInt8(ascii: "(")) && head.containsByte(UInt8(ascii: ")")) || Self.opensWithCapitals(head),
              let match = head.prefixMatch(of: Self.pattern)
        else { return nil }
        let place = match.output.place.map { $0.trimmingSpaces() } ?? ""
        let wire = match.output.wire.map { $0.trimmingSpaces() }
        if let wire, !isWireName(wire) { return nil }
        if wire == nil && !isCapitalsPlace(place) { return nil }
        if wire == nil && place.isEmpty || place.split(separator: " ").count > Self.maximumPlaceWords { return nil }
        var dateline = Dateline(place: place, wire: wire, length: head.distance(from: head.startIndex, to: match.range.upperBound))
        if let region = match.output.region {
            let region = region.trimmingSpaces()
            if DateParser.month(region) != nil { return nil }
            dateline.place += ", " + region
        }
        if let monthWord = match.output.month, let dayText = match.output.day {
            guard let month = DateParser.month(String(monthWord)), let day = Int(dayText), (1...31).contains(day) else { return nil }
            dateline.month = month
            dateline.day = day
            dateline.year = match.output.year.flatMap { Int($0) }
        }
        return dateline
    }

    /// The first dateline among the first lines of the text (after a standfirst or a caption, too),
    /// with the index of its line.
    func read(_ layout: ArticleLayout) -> (index: Int, dateline: Dateline)? {
        for index in layout.firstBodyIndices(ArticleLayout.zoneSize) {
            if let found = dateline(in: layout.text(index)) { return (index, found) }
        }
        return nil
    }

    /// Whether the first `characters` Characters of `line` may hold the dash that ends a dateline: `–` or `—`, or a
    /// `-` after white space (`pattern` takes a hyphen only so: `long-term` holds none). False means they hold none.
    ///
    /// A `-` counts after any byte that may end a white space Character: ASCII up to the space, or any byte of
    /// another script. Only the head of a line can hold a dateline's dash, so the bytes are read only until
    /// `characters` Characters surely lie behind: an ASCII byte other than `\r` followed by another ASCII byte ends a
    /// Character of its own (no rule joins two ASCII scalars but `\r\n`), so counting such bytes never overcounts the
    /// Characters read. On a line of other scripts the count grows slower and more bytes are read, never fewer.
    ///
    /// Most of a head is eight-byte blocks of ASCII without `-` or `\r`: such a block, followed by an ASCII byte,
    /// holds no dash and ends eight Characters, and is read as one number (`isPlainASCIIBlock`), not byte by byte.
    static func mayHaveDash(_ line: String, inFirst characters: Int) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var endedCharacters = 0
            var previous: (UInt8, UInt8) = (0x20, 0x20)
            var position = 0
            while position < bytes.count {
                // At every eighth byte, while more than eight Characters are still to be read.
                if position & 7 == 0, endedCharacters + 8 < characters, position + 8 < bytes.count,
                   bytes[position + 8] < 0x80, Self.isPlainASCIIBlock(bytes, at: position) {
                    endedCharacters += 8
                    previous = (bytes[position + 6], bytes[position + 7])
                    position += 8
                    continue
                }
                let byte = bytes[position]
                if byte == UInt8(ascii: "-") && (previous.1 <= 0x20 || previous.1 >= 0x80)
                    || (byte == 0x93 || byte == 0x94) && previous == (0xE2, 0x80) { return true }
                previous = (previous.1, byte)
                if byte < 0x80, byte != UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] < 0x80 {
                    endedCharacters += 1
                    if endedCharacters >= characters { return false }
                }
                position += 1
            }
            return false
        }
    }

    /// Whether the eight bytes at `position` (all within `bytes`) are ASCII and none is `-` or `\r`. Read as one
    /// number: an ASCII byte XOR the byte sought is 0 just when it is that byte, and adding 0x7F leaves the high bit of
    /// a byte clear just when it is 0 (never carrying into the next byte, as no sum passes 0xFE).
    private static func isPlainASCIIBlock(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let block = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self))
        let highBits: UInt64 = 0x8080_8080_8080_8080, sevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        guard block & highBits == 0 else { return false }
        let notHyphens = (block ^ 0x2D2D_2D2D_2D2D_2D2D) &+ sevenBits
        let notReturns = (block ^ 0x0D0D_0D0D_0D0D_0D0D) &+ sevenBits
        return notHyphens & notReturns & highBits == highBits
    }

    /// Whether `line` opens with two capital letters with nothing but `.'’ -` between them (`WASHINGTON`, `U.S.`):
    /// a dateline without a credit in brackets can open no other way (see `isCapitalsPlace`).
    static func opensWithCapitals(_ line: String) -> Bool {
        var capitals = 0
        for scalar in line.unicodeScalars {
            if ("A"..."Z").contains(scalar) {
                capitals += 1
                if capitals == 2 { return true }
            } else if capitals == 0 || !".'’ -".unicodeScalars.contains(scalar) {
                return false
            }
        }
        return false
    }

    /// `WASHINGTON`, `WEST PALM BEACH`, `GAZA CITY`: the place of a dateline without a credit is in capitals.
    func isCapitalsPlace(_ place: String) -> Bool {
        let letters = place.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// A credit in brackets names an agency: one to four capitalised words, no digits, not a month (`(March)`).
    func isWireName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), !name.contains(where: \.isNumber) else { return false }
        guard words.allSatisfy({ $0.first?.isUppercase == true || $0.allSatisfy(\.isLowercase) && $0.count <= 4 }) else { return false }
        return DateParser.month(name) == nil
    }

    /// Characters of a line searched for a dateline.
    static let searchedPrefix = 100

    /// Made once: a regex literal is parsed and compiled again each time it is evaluated (see `DateParser.isoPattern`).
    nonisolated(unsafe) static let pattern = /(?<place>[A-Z][A-Za-z.'’ -]{0,40}?)?(?:,\s*(?<region>[A-Z][A-Za-z.'’ ]{1,30}?))?(?:,\s*(?<month>[A-Z][a-z]{2,8})\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?)?\s*(?:\((?<wire>[A-Za-z][A-Za-z.&' -]{0,40})\))?(?:\s*[—–]|\s+--?)\s*(?=\S)/

    /// Words in a dateline's place (`WEST PALM BEACH`); a longer capitalised run is a shouted headline.
    static let maximumPlaceWords = 4
}
