import Annotation
import CorpusModel
import TextAnalysis

/// What flows between pipeline stages: rows of a corpus unit (lazily, as row numbers) or a table.
package enum Relation: Sendable {
    case units(UnitRows)
    case table(Table)

    /// Number of rows.
    package var count: Int {
        switch self {
        case let .units(u): return u.rows.count
        case let .table(t): return t.rows.count
        }
    }

    /// The names of the fields a row has.
    var fieldNames: [String] {
        switch self {
        case let .units(u): return u.unit.fields.map(\.name)
        case let .table(t): return t.columns.map(\.name)
        }
    }

    /// What the rows are, for messages (`sentences`, `a table`).
    package var describe: String {
        switch self {
        case let .units(u): return u.unit.name
        case .table: return "a table"
        }
    }
}

/// Rows of a unit, in display order, with the words to highlight when shown.
package struct UnitRows: Sendable {
    package let unit: UnitSpec
    var rows: [Int32]
    /// Whether `rows` is in corpus order (the order set operations keep).
    var inCorpusOrder: Bool
    var highlights: [Highlight]
    /// The columns a statement's last `show` chose (nil: the unit's default columns), read only for
    /// the rows printed or saved.
    var columns: [String]? = nil

    init(unit: UnitSpec, rows: [Int32], inCorpusOrder: Bool = true, highlights: [Highlight] = []) {
        self.unit = unit
        self.rows = rows
        self.inCorpusOrder = inCorpusOrder
        self.highlights = highlights
    }
}

/// A pattern whose matches are highlighted in text cells.
package enum Highlight: Sendable, Equatable {
    /// Consecutive normalised words.
    case words([String])
    case regex(CompiledRegex)

    package static func == (a: Highlight, b: Highlight) -> Bool {
        switch (a, b) {
        case let (.words(x), .words(y)): return x == y
        case let (.regex(x), .regex(y)): return x.pattern == y.pattern && x.caseSensitive == y.caseSensitive
        default: return false
        }
    }
}
