/// A result table: named columns and rows of values. Every statement's result becomes one.
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public enum Role: Sendable, Equatable {
            case plain
            /// Text that may be cut to fit; keep the highlighted words in view.
            case text
            /// Right-aligned context (kwic's left column).
            case leftContext
            /// A bar showing a share in 0…1; drawn in the table and Markdown views, left out of data formats.
            case bar
        }
        public var name: String
        public var role: Role
        public init(_ name: String, role: Role = .plain) {
            self.name = name
            self.role = role
        }
    }

    public var columns: [Column]
    public var rows: [[Value]]
    /// Words and regexes to highlight in the `text` column, found only in the rows shown.
    public var highlights: [Highlight]

    public init(columns: [Column], rows: [[Value]], highlights: [Highlight] = []) {
        self.columns = columns
        self.rows = rows
        self.highlights = highlights
    }

    public init(names: [String], rows: [[Value]]) {
        self.init(columns: names.map { Column($0) }, rows: rows)
    }

    public func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }
}
