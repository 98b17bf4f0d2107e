/// A string told apart from others byte for byte, as a key of `Places`: where `String`'s `==` calls canonically
/// equivalent strings equal (`café` composed and decomposed), these are two spellings. A phrase's surface is numbered
/// by its spelling (`CachedPhrases.surfaceTexts`), so that the string a number stands for is the one its uses wrote,
/// whichever run of sentences numbered it first.
struct Spelling: PlaceKey {
    let text: String

    static func == (left: Spelling, right: Spelling) -> Bool {
        left.text.hasSameBytes(as: right.text)
    }

    /// `StringPlaces.hash`: equal for strings `==` calls equal, so for equal spellings too.
    var placeHash: UInt64 { StringPlaces.hash(text) }
}
