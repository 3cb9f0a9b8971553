/// What `compare … on ASPECT` compares: its name, its help, and how it builds its table from the
/// sides (two sets, or every group and the rest).
///
/// Adding an aspect is one file with a `static let aspect` plus one entry in `CompareAspect.all`;
/// the parser, `.help compare`, completion and docs/language.md's check read the list.
package struct CompareAspect: Sendable {
    let name: String
    /// What the aspect shows, for `.help compare`: one line (`.help` fits it to the terminal).
    let help: String
    /// Whether it needs the corpus's annotations (quotations, entities, figures).
    var usesAnnotations = false
    /// Whether `excluding shared` (leave out the passages the sides share) applies to it.
    var acceptsExcludingShared = false
    let table: @Sendable (_ groups: [CompareSide], _ byKey: Bool, EvalContext, SourceRange) throws(QueryError) -> Table

    /// Every aspect, in the order help lists them; the first is the default.
    package static let all: [CompareAspect] = [
        CompareTerms.aspect, CompareQuotes.aspect, CompareFigures.aspect, ComparePassages.aspect, CompareSpeakers.aspect,
    ]

    static func named(_ name: String) -> CompareAspect? { all.first { $0.name == name } }

    package static var names: [String] { all.map(\.name) }

    /// The aspects as help rows: the name, then its help (wrapped under itself by `.help`).
    package static var helpRows: String {
        all.map { "  " + $0.name.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.help }.joined(separator: "\n")
    }
}
