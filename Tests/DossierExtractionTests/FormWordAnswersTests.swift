import Testing
@testable import DossierExtraction

/// What a new form's first and last words say of it, asked once per distinct word: the answer of each form is the one
/// its own words give, whatever other forms are asked with it, in one call or over two (a second pass).
@Suite struct FormWordAnswersTests {
    static let givenNames = GivenNames(text: "jimmy M\ntony M\nsagui M")

    static func fresh() -> FormWordAnswers {
        FormWordAnswers(givenNames: givenNames, wordClasses: NameWordClasses(wordNet: TestLanguage.lexicon.wordNet))
    }

    /// The answers of forms asked one at a time, each of a new `FormWordAnswers`.
    static func alone(_ forms: [[String]]) -> [FormWordAnswers.Answer] {
        forms.map { form in
            var answers = fresh()
            return answers.answers(for: [form])[0]
        }
    }

    @Test func eachRuleOfTheForm() {
        var answers = Self.fresh()
        let found = answers.answers(for: [
            ["Central", "Europeans"], ["Amnesty", "International"], ["Jimmy", "Wales"], ["Saudi", "Arabia"], ["Tony", "Blair"],
            ["Atomic", "Energy"], ["Israeli"], [],
        ])
        #expect(found.map(\.namesGroupOrPlace) == [true, true, false, true, false, false, false, false])
        #expect(found.map(\.startsWithAdjective) == [false, false, false, false, false, true, false, false])
    }

    /// A last word first met after a given name that is no common noun (`Sagui`; `Jimmy` is a noun, a crowbar) is not
    /// asked whether it is only a group or a place; a later form that needs that answer (after a first word that is no
    /// given name) gets it asked then.
    @Test func aLastWordIsAskedAgainWhenAFormNeedsMore() {
        var answers = Self.fresh()
        #expect(answers.answers(for: [["Sagui", "International"]]) == [FormWordAnswers.Answer()])
        #expect(answers.answers(for: [["Amnesty", "International"], ["Sagui", "International"]]).map(\.namesGroupOrPlace) == [true, false])
    }

    /// Many forms sharing words, over several runs of words asked in parallel, in one call and in two: each gets its own
    /// words' answers, folded words (`AMNESTY`, `amnesty`) the same as the word.
    @Test func sharedWordsGiveEachFormItsOwnAnswer() {
        let firsts = ["Central", "Amnesty", "AMNESTY", "amnesty", "Jimmy", "Sagui", "Atomic", "Saudi"] + (0..<150).map { "Qzx\($0)" }
        let lasts = ["Europeans", "International", "Wales", "Arabia", "Blair", "Energy", "Israelis"] + (0..<90).map { "Vbn\($0)" }
        let forms = (0..<600).map { index -> [String] in
            index % 37 == 0 ? [lasts[index % lasts.count]] : [firsts[index % firsts.count], lasts[(index * 7) % lasts.count]]
        }
        let expected = Self.alone(forms)
        #expect(expected.contains { $0.namesGroupOrPlace } && expected.contains { !$0.namesGroupOrPlace })
        #expect(expected.contains { $0.startsWithAdjective })
        var once = Self.fresh()
        #expect(once.answers(for: forms) == expected)
        var twice = Self.fresh()
        let firstHalf = twice.answers(for: Array(forms[..<250]))
        #expect(firstHalf + twice.answers(for: Array(forms[250...])) == expected)
        // The second call again, every word known by now: the same answers.
        #expect(twice.answers(for: forms) == expected)
    }
}
