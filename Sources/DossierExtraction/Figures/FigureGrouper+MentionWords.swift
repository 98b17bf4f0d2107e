import Foundation

extension FigureGrouper {
    /// The words the grouper compares of every mention (context words, measured noun, names, adjectives) as numbers of
    /// one numbering, made once for all the mentions before any class is grouped, with each context word's weight
    /// (rare words say more about a measure than common ones: `ln(1 + contexts / contexts with the word)`).
    ///
    /// Each word is hashed once here. The weights were counted in a table of their own first, and each class's probes
    /// then hashed every word again, looked it up there for its weight and numbered it in a numbering of the class's
    /// (and the measured noun's WordNet senses were looked up in a dictionary, by a SipHash, for every mention).
    /// Which number a word gets changes no answer: numbers are only compared for equality and index lists by word.
    /// A class of constants, so that the probe of each mention reads it without a copy (a struct of these nine arrays was
    /// copied, each retained and released, for every mention).
    final class MentionWords: Sendable {
        /// Every mention's context word numbers, in the reading's order, one mention after another:
        /// `contextNumbers[contextStarts[i]..<contextStarts[i + 1]]` are mention `i`'s.
        private let contextNumbers: [Int]
        private let contextStarts: [Int]
        /// Names and adjectives likewise.
        private let nameNumbers: [Int]
        private let nameStarts: [Int]
        private let adjectiveNumbers: [Int]
        private let adjectiveStarts: [Int]
        /// Each mention's measured noun's number, -1 for none.
        private let nouns: [Int]
        /// By word number: the weight of a context word (1 for a word of no context), and a measured noun's WordNet
        /// senses (nil for any other word, or a noun WordNet does not have).
        private let weights: [Double]
        private let senses: [MeasureRelations.WordSenses?]

        init(_ mentions: [FigureMention], relations: MeasureRelations) {
            var numbering = StringPlaces()
            var contexts = [Int]()
            var contextNumbers: [Int] = [], contextStarts = [0], nameNumbers: [Int] = [], nameStarts = [0]
            var adjectiveNumbers: [Int] = [], adjectiveStarts = [0], nouns: [Int] = [], senses: [MeasureRelations.WordSenses?] = []
            func number(_ word: String) -> Int {
                let (place, isNew) = numbering.place(adding: word)
                if isNew {
                    contexts.append(0)
                    senses.append(nil)
                }
                return place
            }
            nouns.reserveCapacity(mentions.count)
            for index in mentions.indices {
                // (Each field read in place: the mention copied whole retained its twenty strings and arrays.)
                for word in mentions[index].reading.context {
                    let place = number(word)
                    contexts[place] += 1
                    contextNumbers.append(place)
                }
                contextStarts.append(contextNumbers.count)
                for name in mentions[index].reading.names { nameNumbers.append(number(name)) }
                nameStarts.append(nameNumbers.count)
                for adjective in mentions[index].reading.adjectives { adjectiveNumbers.append(number(adjective)) }
                adjectiveStarts.append(adjectiveNumbers.count)
                if let noun = mentions.measuredNoun(at: index) {
                    let place = number(noun)
                    if senses[place] == nil, let found = relations.senses(ofNoun: noun) { senses[place] = found }
                    nouns.append(place)
                } else {
                    nouns.append(-1)
                }
            }
            let total = Double(max(mentions.count, 1))
            weights = contexts.map { $0 == 0 ? 1 : log(1 + total / Double($0)) }
            (self.contextNumbers, self.contextStarts, self.nameNumbers, self.nameStarts) = (contextNumbers, contextStarts, nameNumbers, nameStarts)
            (self.adjectiveNumbers, self.adjectiveStarts, self.nouns, self.senses) = (adjectiveNumbers, adjectiveStarts, nouns, senses)
        }

        /// Mention `index`'s context word numbers, in the reading's order.
        func context(of index: Int) -> ArraySlice<Int> { contextNumbers[contextStarts[index]..<contextStarts[index + 1]] }

        func names(of index: Int) -> ArraySlice<Int> { nameNumbers[nameStarts[index]..<nameStarts[index + 1]] }

        func adjectives(of index: Int) -> ArraySlice<Int> { adjectiveNumbers[adjectiveStarts[index]..<adjectiveStarts[index + 1]] }

        /// Mention `index`'s measured noun's number, nil for none.
        func noun(of index: Int) -> Int? { nouns[index] < 0 ? nil : nouns[index] }

        /// The weight of a context word, by number.
        func weight(_ number: Int) -> Double { weights[number] }

        /// The WordNet senses of a measured noun, by number.
        func senses(ofNoun number: Int) -> MeasureRelations.WordSenses? { senses[number] }
    }
}
