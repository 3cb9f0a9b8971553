import TextAnalysis

/// A result table: named columns and rows of values. Every statement's result becomes one.
package struct Table: Sendable, Equatable {
    package struct Column: Sendable, Equatable {
        package enum Role: Sendable, Equatable {
            case plain
            /// A key or name that labels the row (a group key, a speaker): narrowed last, and an
            /// empty value shows as `(none)` where labels are shown.
            case key
            /// Text that may be cut to fit; keep the highlighted words in view.
            case text
            /// Right-aligned context (kwic's left column).
            case leftContext
            /// A bar showing a share in 0…1; drawn in the table and Markdown views, left out of data formats.
            case bar
        }
        package var name: String
        package var role: Role
        init(_ name: String, role: Role = .plain) {
            self.name = name
            self.role = role
        }
    }

    package var columns: [Column]
    package var rows: [[Value]]
    /// Words and regexes to highlight in the `text` column, found only in the rows shown.
    package var highlights: [Highlight]
    /// The picture the result is best seen as, set by the stage that made it (the HTML page draws it).
    package var chart: Chart?
    /// Whether every row the chart's stage made is here: a `filter`, `limit` or `top` after it that
    /// left some out makes a timeline draw only the periods kept, not the others at 0.
    package private(set) var isWhole = true

    /// A picture of a result. The labels are the `.key` columns; the values are named here.
    package enum Chart: Sendable, Equatable {
        /// One bar per row: the value of column `value` (a count), labelled by the keys.
        case bars(value: Int)
        /// A line over time: the key is a date (day, week or month), `value` the count.
        case timeline(value: Int)
        /// A matrix: rows labelled by the key, one cell per column in `columns`.
        case heatmap(columns: Range<Int>)
    }

    init(columns: [Column], rows: [[Value]], highlights: [Highlight] = [], chart: Chart? = nil) {
        self.columns = columns
        self.rows = rows
        self.highlights = highlights
        self.chart = chart
    }

    /// The text a cell shows to people: an empty key is `(none)`, a whole number grouped in thousands
    /// (167,813). The data modes write `Value.description`, ungrouped.
    package func label(_ value: Value, column c: Int) -> String {
        if case let .int(i) = value { return i.grouped }
        return columns[c].role == .key && value.description.isEmpty ? Self.none : value.description
    }

    /// What an empty key is called in every view that shows labels.
    static let none = "(none)"

    init(names: [String], rows: [[Value]]) {
        self.init(columns: names.map { Column($0) }, rows: rows)
    }

    package func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }

    /// Keeps `kept`, some of the rows (a filter's, a limit's).
    mutating func keep(_ kept: [[Value]]) {
        if kept.count < rows.count { isWhole = false }
        rows = kept
    }
}
