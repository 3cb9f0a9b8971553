/// A kind of row a pipeline can start from (`docs`, `sentences`, …): how many rows the corpus has,
/// the fields each row offers, and, for text units, where each row's text and tokens are.
///
/// Adding a unit is one `UnitSpec` value in its own file plus one entry in `UnitRegistry.all`.
public struct UnitSpec: Sendable {
    public let name: String
    public let summary: String
    public let fields: [FieldSpec]
    /// Columns shown when the rows are printed without `show`.
    public let defaultColumns: [String]
    /// How many rows the corpus has.
    let count: @Sendable (Corpus) -> Int
    /// The document a row belongs to.
    let document: @Sendable (Corpus, Int) -> Int
    /// Where a row's text is, for units that have text.
    let text: TextAccess?

    /// Access to the text of a text unit's rows.
    struct TextAccess: Sendable {
        /// Byte range of the row in the corpus text.
        let bytes: @Sendable (Corpus, Int) -> Range<Int>
        /// Global token positions of the row, when the row is made of whole sentences' tokens
        /// (quotations are not: their words are matched by tokenising their text).
        let tokens: (@Sendable (Corpus, Int) -> Range<Int>)?
        /// The row holding a token, when rows tile the token stream (so postings map to rows directly).
        let rowOfToken: (@Sendable (Corpus, Int) -> Int)?
        /// The row holding a byte, when rows tile the text.
        let rowOfByte: (@Sendable (Corpus, Int) -> Int?)?
    }

    /// Whether the rows are the corpus's annotations (quotations, speakers, …), extracted on first use.
    var usesAnnotations = false
    /// The field `top N` orders by, for units whose rows have a natural weight.
    public var weightField: String? = nil
    /// Maps a user's name for a value of the field to its canonical form (`"Guterres"` → `"António Guterres"`).
    var canonicalize: (@Sendable (Corpus, String, String) -> String?)? = nil

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }
}

/// A field of a unit's rows.
public struct FieldSpec: Sendable {
    /// What kind of value a field holds, for type checks in conditions.
    public enum Kind: String, Sendable { case text, number, date }
    public let name: String
    public let summary: String
    public let kind: Kind
    /// Whether the value depends only on the row's document (lets `group by` count per document first).
    public let perDocument: Bool
    let get: @Sendable (Corpus, Int) -> Value

    init(_ name: String, _ summary: String, kind: Kind = .text, perDocument: Bool = false,
         _ get: @escaping @Sendable (Corpus, Int) -> Value) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.perDocument = perDocument
        self.get = get
    }
}

/// The fields every unit has from its document: `doc`, `source`, `date`, `title`, `author`.
func documentFields(_ docOf: @escaping @Sendable (Corpus, Int) -> Int) -> [FieldSpec] {
    [
        FieldSpec("doc", "the document's short id", perDocument: true) { c, r in .string(c.documents[docOf(c, r)].shortID) },
        FieldSpec("source", "the outlet", perDocument: true) { c, r in .string(c.documents[docOf(c, r)].metadata.source) },
        FieldSpec("date", "the publication date", kind: .date, perDocument: true) { c, r in c.documents[docOf(c, r)].date.map(Value.date) ?? .null },
        FieldSpec("title", "the document's title", perDocument: true) { c, r in .string(c.documents[docOf(c, r)].metadata.title) },
        FieldSpec("author", "the author", perDocument: true) { c, r in .string(c.documents[docOf(c, r)].metadata.author) },
    ]
}

/// Every unit, in the order `.help units` lists them.
public enum UnitRegistry {
    public static let all: [UnitSpec] = [
        DocsUnit.spec, ParagraphsUnit.spec, SentencesUnit.spec, QuotesUnit.spec, SpeakersUnit.spec, EntitiesUnit.spec,
        FiguresUnit.spec,
    ]

    public static func named(_ name: String) -> UnitSpec? { all.first { $0.name == name } }
}
