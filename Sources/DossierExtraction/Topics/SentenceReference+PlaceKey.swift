import DossierCore
import DossierLanguage

/// A sentence's reference placed by the hashes of both its strings (each as `StringPlaces` hashes it), so that tables
/// of sentences (`TopicLinker`) find a reference without `Hasher`.
extension SentenceReference: PlaceKey {
    var placeHash: UInt64 {
        FNV1a.mixed(StringPlaces.hash(source) ^ (StringPlaces.hash(sentence) &* 0x9E37_79B9_7F4A_7C15))
    }
}
