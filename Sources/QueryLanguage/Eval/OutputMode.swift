/// How results are printed: an aligned table for people, or a data format for other tools.
package enum OutputMode: String, Sendable, CaseIterable {
    case table, csv, tsv, json, jsonl, markdown
    /// One `field = value` line per field, a blank line between rows (sqlite3's `.mode line`).
    case line

    /// The mode a file extension asks for (`.csv`, `.md`, …).
    init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "md", "markdown": self = .markdown
        case "txt": self = .table
        default: return nil
        }
    }

    /// What the mode prints, for `.help modes`.
    package var summary: String {
        switch self {
        case .table: "aligned columns with bars; long values wrap in tables of few rows (.wrap), else are cut"
        case .csv: "comma-separated values, every row, full values"
        case .tsv: "tab-separated values, every row, full values"
        case .json: "one array of objects keyed by column name"
        case .jsonl: "one JSON object per line"
        case .markdown: "a Markdown table with full values and bars"
        case .line: "one 'field = value' line per field, a blank line between rows (sqlite3's)"
        }
    }

    /// Whether the mode is for people (rows may be cut, bars drawn) rather than for data.
    package var isForPeople: Bool { self == .table || self == .markdown || self == .line }
}

/// Options of the table view.
package struct RenderOptions: Sendable {
    /// Maximum line width; columns are narrowed to fit (0: no limit).
    package var width: Int
    /// Whether to use ANSI colour (bold headers, highlighted matches).
    package var color: Bool
    /// At most this many rows are printed in the people modes; a line says how many more there are.
    package var maxRows: Int
    /// Whether long values in a table of few rows wrap onto further lines instead of being cut.
    package var wrap: Bool

    package init(width: Int = 100, color: Bool = false, maxRows: Int = 100, wrap: Bool = true) {
        self.width = width
        self.color = color
        self.maxRows = maxRows
        self.wrap = wrap
    }

    /// Fixed settings for notebooks and tests: 100 columns, no colour.
    package static let fixed = RenderOptions()
}
