import Annotation
import TextAnalysis

/// One parsed stage of a pipeline, ready to run: a `SourceStage`, a `PipedStage` or both.
protocol Stage: Sendable {
    /// Where the stage is in the statement (errors point here).
    var range: SourceRange { get }
    /// A canonical one-line rendering, for `.ast` and parser tests.
    var summary: String { get }
    /// If the stage keeps at most the first N rows of a table sorted by count (`limit N`, `top N`): N.
    /// The stage before reads it as `context.hints.nextKeepsAtMost` and may make only those rows.
    var keepsAtMost: Int? { get }
}

extension Stage {
    var keepsAtMost: Int? { nil }
}

/// A stage that starts a pipeline: it makes rows from the corpus (or a name bound with `let`).
protocol SourceStage: Stage {
    func run(_ context: EvalContext) throws(QueryError) -> Relation
}

/// A stage that follows `|`: it works on the previous stage's rows.
protocol PipedStage: Stage {
    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation
}

/// A verb that may do both: it works on the rows piped in, or on the whole corpus when it starts.
protocol SourceOrPipedStage: SourceStage, PipedStage {
    /// Runs on the previous stage's rows, or on the whole corpus when `input` is nil.
    func run(_ input: Relation?, _ context: EvalContext) throws(QueryError) -> Relation
}

extension SourceOrPipedStage {
    func run(_ context: EvalContext) throws(QueryError) -> Relation { try run(nil, context) }
    func run(_ input: Relation, _ context: EvalContext) throws(QueryError) -> Relation { try run(.some(input), context) }
}

/// What the language knows about a verb: its name, help, where it may stand, and how to parse it.
///
/// Adding a verb is one file with a `Stage` type and its `VerbSpec`, plus one entry in `VerbRegistry.all`;
/// `.help`, completion and "did you mean" read the registry.
package struct VerbSpec: Sendable {
    package let name: String
    /// The syntax, e.g. `group by FIELD[, FIELD …]`.
    package let usage: String
    package let summary: String
    /// Longer help with examples, shown by `.help VERB`.
    package let details: String
    /// Whether the verb may start a pipeline.
    package let canStart: Bool
    /// Whether the verb may follow `|`.
    package let canFollow: Bool
    /// Whether the rows it passes on are some of the rows piped in, of the same unit (`filter`, `sort`):
    /// completion offers that unit's fields after it.
    var keepsUnit = false
    /// The unit of the rows it passes on, when always the same one (`quote`: quotes).
    package var producesUnit: String?

    /// The unit of the rows it passes on after rows of unit `piped` (nil: unknown, or no unit's rows);
    /// the parser (`compare by`'s default aspect) and completion (fields offered) both read it.
    package func unit(after piped: String?) -> String? { keepsUnit ? piped : producesUnit }
    /// The words of its clauses (`by`, `width`, …), offered by completion inside the stage.
    package var keywords: [String] = []
    /// The clause word that must follow the verb's name, read from its usage (`group by …`: `by`);
    /// completion offers it alone there.
    package var requiredWord: String? {
        let words = usage.split(separator: " ").map(String.init)
        return words.count > 1 && words[0] == name && keywords.contains(words[1]) ? words[1] : nil
    }
    /// Whether its clause is a condition: completion offers the comparisons after a field name there.
    package var takesCondition = false
    /// The names a quoted value after one of its clause words is (`quote by "…"`: speakers), which completion offers.
    package var valueNames: [String: FieldSpec.Names] = [:]
    /// What other tools call it (`head` for `limit`): an unknown verb of one of these names is pointed here.
    var otherNames: [String] = []
    /// Parses the verb's clauses; the verb's own name (at the given range) has been consumed.
    let parse: @Sendable (inout Parser, SourceRange) throws(QueryError) -> any Stage
}

/// Every verb, in the order `.help` lists them.
package enum VerbRegistry {
    package static let all: [VerbSpec] = [
        FilterStage.spec, GroupStage.spec, SortStage.spec, LimitStage.spec, TopStage.spec, ShowStage.spec,
        CountStage.spec, TermsStage.spec, KwicStage.spec, QuoteStage.spec, CompareStage.spec, SaveStage.spec,
    ]

    package static func named(_ name: String) -> VerbSpec? { all.first { $0.name == name } }
    /// The verb another tool calls `name` (`head`: `limit`).
    static func named(otherName name: String) -> VerbSpec? { all.first { $0.otherNames.contains(name.lowercased()) } }
}

/// The head of a pipeline that names a unit (`sentences`) or a result bound with `let`.
struct NameSource: SourceStage {
    package let name: String
    let range: SourceRange
    var summary: String { name }

    func run(_ context: EvalContext) throws(QueryError) -> Relation {
        if let bound = context.bindings[name] { return bound }
        if let unit = UnitRegistry.named(name) {
            if unit.usesAnnotations { _ = try context.annotations(at: range) }
            if unit.usesReuse { _ = try context.reuse(at: range) }
            return .units(UnitRows(unit: unit, rows: context.allRows(of: unit)))
        }
        let known = UnitRegistry.all.map(\.name) + context.bindings.keys.sorted() + ["terms"]
        throw QueryError(.semantic, "unknown unit or name '\(name)'", at: range,
                         hint: known.didYouMean(name, otherwise: "units: \(UnitRegistry.all.map(\.name).joined(separator: ", ")); bind names with let"))
    }
}
