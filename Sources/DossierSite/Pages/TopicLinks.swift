import DossierCore

/// The line of topic links on source and person pages.
public enum TopicLinks {
    /// `Topics: [Hostages](…) · [Ceasefire](…)` for the topics a source covers, or nil when none.
    public static func markdown(forSource sourceID: String, in dossier: Dossier, from page: String) -> String? {
        markdown(forTopics: dossier.topics.filter { covers($0, sourceID) }, from: page)
    }

    /// The same for topics already found: a source's (`topicsBySource`) or a person's (`topicsByPerson`).
    public static func markdown(forTopics topics: [Topic], from page: String) -> String? {
        guard !topics.isEmpty else { return nil }
        return "**Topics:** " + topics.map { MarkdownText.link($0.name, to: SitePath.link(from: page, to: SitePath.topic($0.id))) }
            .joined(separator: " · ")
    }

    /// The topics each source covers, in topic order, as `markdown(forSource:in:from:)` finds them: built once for all
    /// source pages (asking every topic about every source searched each topic's sentences once per source page).
    public static func topicsBySource(_ dossier: Dossier) -> [String: [Topic]] {
        var bySource: [String: [Topic]] = [:]
        for topic in dossier.topics {
            var seen = Set<String>()
            for reference in topic.sentences where seen.insert(reference.source).inserted {
                bySource[reference.source, default: []].append(topic)
            }
        }
        return bySource
    }

    /// The topics each person is involved in, in topic order: built once for all person pages.
    public static func topicsByPerson(_ dossier: Dossier) -> [String: [Topic]] {
        var byPerson: [String: [Topic]] = [:]
        for topic in dossier.topics {
            for person in Set(topic.people) { byPerson[person, default: []].append(topic) }
        }
        return byPerson
    }

    /// The sentences are sorted by source first, so a binary search finds the source's first one.
    private static func covers(_ topic: Topic, _ sourceID: String) -> Bool {
        var low = 0
        var high = topic.sentences.count
        while low < high {
            let middle = (low + high) / 2
            if topic.sentences[middle].source < sourceID { low = middle + 1 } else { high = middle }
        }
        return low < topic.sentences.count && topic.sentences[low].source == sourceID
    }
}
