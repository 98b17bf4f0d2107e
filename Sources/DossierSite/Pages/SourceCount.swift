import DossierCore

extension Person {
    /// How many sources mention the person: `sources.count`, without sorting the sources first.
    var sourceCount: Int { Set(mentions.map(\.reference.source)).count }
}

extension Topic {
    /// How many sources cover the topic: `sources.count`, without sorting the sources first.
    var sourceCount: Int { Set(sentences.map(\.source)).count }
}
