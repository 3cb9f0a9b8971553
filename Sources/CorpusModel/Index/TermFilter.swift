import TextAnalysis

/// Which term ids `terms` and keyness leave out: stop words, numbers and single characters.
/// Computed once per corpus vocabulary.
package struct TermFilter: Sendable {
    /// Per term id, whether it is left out.
    package let excluded: [Bool]

    init(_ vocabulary: Vocabulary) {
        excluded = (0..<vocabulary.count).map { Self.excludes(vocabulary.term($0)) }
    }

    /// Whether the normalised term `t` is left out.
    package static func excludes(_ t: String) -> Bool {
        t.count < 2 || StopWords.english.contains(t) || t.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    package func isExcluded(_ term: Int) -> Bool { excluded[term] }
}
