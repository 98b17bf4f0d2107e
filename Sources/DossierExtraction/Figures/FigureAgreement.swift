import DossierCore

/// How the sources' values for one measure compare, as DOSSIER_JSON.md defines it.
enum FigureAgreement {
    /// `single` for one source; `agree` when the numbers are equal; `approximate` when every value fits what
    /// the others' qualifiers allow; `conflict` otherwise. Vague amounts (`hundreds`) are not compared.
    /// Sums in different currencies (`units`, one per value) are `approximate`: without the day's exchange rate they
    /// can be neither equal nor in conflict.
    static func agreement(of values: [FigureValue], units: [String?] = []) -> Agreement {
        let sources = Set(values.map(\.reference.source))
        guard sources.count > 1 else { return .single }
        if Set(units.compactMap { $0 }).count > 1 { return .approximate }
        let numeric = values.filter { $0.value != nil }
        guard Set(numeric.map(\.reference.source)).count > 1 else { return .approximate }
        let distinct = Set(numeric.map { [$0.value!, $0.upper ?? $0.value!] })
        if distinct.count == 1 { return .agree }
        var low = -Double.infinity
        var high = Double.infinity
        for value in numeric {
            let allowed = FigureQualifier.allowance(value: value.value!, upper: value.upper, qualifier: value.qualifier)
            low = max(low, allowed.lowerBound)
            high = min(high, allowed.upperBound)
        }
        return low <= high ? .approximate : .conflict
    }
}
