/// What flows between pipeline stages: rows of a corpus unit (lazily, as row numbers) or a table.
public enum Relation: Sendable {
    case units(UnitRows)
    case table(Table)

    /// Number of rows.
    public var count: Int {
        switch self {
        case let .units(u): return u.rows.count
        case let .table(t): return t.rows.count
        }
    }

    /// The names of the fields a row has.
    public var fieldNames: [String] {
        switch self {
        case let .units(u): return u.unit.fields.map(\.name)
        case let .table(t): return t.columns.map(\.name)
        }
    }

    /// What the rows are, for messages (`sentences`, `a table`).
    public var describe: String {
        switch self {
        case let .units(u): return u.unit.name
        case .table: return "a table"
        }
    }
}

/// Rows of a unit, in display order, with the words to highlight when shown.
public struct UnitRows: Sendable {
    public let unit: UnitSpec
    public var rows: [Int32]
    /// Whether `rows` is in corpus order (the order set operations keep).
    public var inCorpusOrder: Bool
    public var highlights: [Highlight]

    public init(unit: UnitSpec, rows: [Int32], inCorpusOrder: Bool = true, highlights: [Highlight] = []) {
        self.unit = unit
        self.rows = rows
        self.inCorpusOrder = inCorpusOrder
        self.highlights = highlights
    }
}

/// A pattern whose matches are highlighted in text cells.
public enum Highlight: Sendable, Equatable {
    /// Consecutive normalised words.
    case words([String])
    case regex(CompiledRegex)

    public static func == (a: Highlight, b: Highlight) -> Bool {
        switch (a, b) {
        case let (.words(x), .words(y)): return x == y
        case let (.regex(x), .regex(y)): return x.pattern == y.pattern && x.caseSensitive == y.caseSensitive
        default: return false
        }
    }
}
