import DossierCore

/// The brief's sentence about figures: how many figures two or more sources stated and how many of those conflict.
/// It never says the sources agree when nothing was compared.
enum FigureKeyPoints {
    /// `4 figures were stated by two or more sources; 1 of them conflicts:`, or that none conflict, or that no
    /// figure was stated by more than one source and so none could be compared.
    static func summary(of figures: [Figure]) -> String {
        // The figures page's split (each figure's sources counted once), read by position.
        let comparedFigures = FiguresPage.bySourceCount(figures).compared
        let compared = comparedFigures.count
        let conflicts = comparedFigures.count { figures[$0].agreement == .conflict }
        guard compared > 0 else {
            return "No figure was stated by more than one source, so none could be compared: "
                + "the \(count(figures.count, "figure")) in the table each come from a single source."
        }
        let stated = compared == 1 ? "1 figure was stated" : "\(compared) figures were stated"
        let head = stated + " by two or more sources; "
        guard conflicts > 0 else {
            return head + (compared == 1 ? "it does not conflict." : "none of them conflict.")
        }
        if compared == 1 { return head + "the sources conflict on it:" }
        return head + "\(conflicts) of them \(conflicts == 1 ? "conflicts" : "conflict"):"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}
