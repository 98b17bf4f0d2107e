/// The sections every page links to, in the order of the navigation bar.
public enum Navigation {
    public static let sections: [(label: String, path: String)] = [
        ("Brief", SitePath.index),
        ("People", SitePath.peopleIndex),
        ("Topics", SitePath.topicsIndex),
        ("Figures", SitePath.figures),
        ("Timeline", SitePath.timeline),
        ("Sources", SitePath.sourcesIndex),
    ]
}
