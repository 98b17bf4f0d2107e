/// The names one article uses (`StoryIndex.nameCounts`) and how often. The story index numbers the names of the whole
/// corpus by the hashes kept here, hashing no name again, and `MeasureReader` asks whether the article uses a word; a
/// `Dictionary` of the names hashed each by a seeded SipHash at every use, and again in the index.
typealias NameCounts = CountedPlaces
