extension FigureGrouper {
    /// A group's few distinct values of one field (its numbers, owners, states, times, …), each once, in the order first
    /// added: the first kept in place, any others in an array. Most groups hold one mention, and an array for each field
    /// was an allocation (and a release when the grouping ended) for each of them: up to eight for every new group.
    struct FewValues<Element: Equatable> {
        private var first: Element?
        private var rest: [Element] = []

        var isEmpty: Bool { first == nil }
        var count: Int { first == nil ? 0 : 1 + rest.count }

        /// Adds `element` unless it is already here.
        mutating func appendOnce(_ element: Element) {
            guard let held = first else {
                first = element
                return
            }
            if held != element, !rest.contains(element) { rest.append(element) }
        }

        func contains(_ element: Element) -> Bool { contains { $0 == element } }

        func contains(where predicate: (Element) -> Bool) -> Bool {
            guard let first else { return false }
            return predicate(first) || rest.contains(where: predicate)
        }

        func allSatisfy(_ predicate: (Element) -> Bool) -> Bool { !contains { !predicate($0) } }
    }
}
