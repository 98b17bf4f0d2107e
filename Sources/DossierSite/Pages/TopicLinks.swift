import DossierCore

/// The line of topic links on source and person pages.
public enum TopicLinks {
    /// `Topics: [Hostages](…) · [Ceasefire](…)` for the topics a source covers (`topicsBySource`) or a person is involved
    /// in (`topicsByPerson`), written as a block into the page's Markdown; nothing when none.
    public static func write(forTopics topics: [Topic], from page: String, into md: inout MarkdownBuilder) {
        guard !topics.isEmpty else { return }
        md.raw { text in
            text += "**Topics:** "
            text.appendJoined(topics, separator: " · ") { text, topic in
                PageLink.append(topic.name, from: page, to: SitePath.topicsFolder, topic.id, into: &text)
            }
        }
    }

    /// The topics each source covers, in topic order: built once for all source pages.
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
}
