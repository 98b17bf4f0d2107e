import DossierCore

/// How the sources' values for one measure compare, as DOSSIER_JSON.md defines it.
enum FigureAgreement {
    /// `single` for one source; `agree` when the numbers are equal; `approximate` when every value fits what
    /// the others' qualifiers allow; `conflict` otherwise. Vague amounts (`hundreds`) are not compared.
    /// Sums in different currencies (`units`, one per value) are `approximate`: without the day's exchange rate they
    /// can be neither equal nor in conflict.
    static func agreement(of values: [FigureValue], units: [String?] = []) -> Agreement {
        // Each question asked of the values in place, against the first that answers it: sets of the sources, units and
        // numbers, and arrays to make them, were made for every row.
        guard let first = values.first, values.contains(where: { $0.reference.source != first.reference.source }) else { return .single }
        if let unit = units.first(where: { $0 != nil }), units.contains(where: { $0 != nil && $0 != unit }) { return .approximate }
        guard let firstNumeric = values.first(where: { $0.value != nil }),
              values.contains(where: { $0.value != nil && $0.reference.source != firstNumeric.reference.source }) else { return .approximate }
        // One number (and upper end) stated by all, as `==` compares them.
        let (number, upper) = (firstNumeric.value!, firstNumeric.upper ?? firstNumeric.value!)
        if values.allSatisfy({ $0.value == nil || ($0.value! == number && ($0.upper ?? $0.value!) == upper) }) { return .agree }
        var low = -Double.infinity
        var high = Double.infinity
        for value in values where value.value != nil {
            let allowed = FigureQualifier.allowance(value: value.value!, upper: value.upper, qualifier: value.qualifier)
            low = max(low, allowed.lowerBound)
            high = min(high, allowed.upperBound)
        }
        return low <= high ? .approximate : .conflict
    }
}
