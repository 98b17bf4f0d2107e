import DossierCore

/// Stage "assemble": the articles and what was extracted from them become one Dossier, in a stable order.
public enum DossierAssembler {
    public static func assemble(configuration: DossierConfiguration, articles: [Article], extraction: Extraction) -> Dossier {
        Dossier(configuration: configuration, sources: articles, people: extraction.people,
                topics: TopicLinker.link(extraction.topics, people: extraction.people, figures: extraction.figures), figures: extraction.figures, events: extraction.events)
    }
}
