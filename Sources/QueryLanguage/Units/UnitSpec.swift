import CorpusModel

/// A kind of row a pipeline can start from (`docs`, `sentences`, …): how many rows the corpus has,
/// the fields each row offers, and, for text units, where each row's text and tokens are.
///
/// Adding a unit is one `UnitSpec` value in its own file plus one entry in `UnitRegistry.all`.
package struct UnitSpec: Sendable {
    package let name: String
    package let summary: String
    package let fields: [FieldSpec]
    /// Columns shown when the rows are printed without `show`.
    let defaultColumns: [String]
    /// How many rows the corpus has.
    let count: @Sendable (Corpus) -> Int
    /// The document a row belongs to.
    package let document: @Sendable (Corpus, Int) -> Int
    /// Where a row's text is, for units that have text.
    let text: TextAccess?

    /// Access to the text of a text unit's rows.
    struct TextAccess: Sendable {
        /// Byte range of the row in the corpus text.
        let bytes: @Sendable (Corpus, Int) -> Range<Int>
        /// Global token positions of the row, when the row is made of whole sentences' tokens
        /// (quotations are not: their words are matched by tokenising their text).
        let tokens: (@Sendable (Corpus, Int) -> Range<Int>)?
        /// Each row's first token, when rows tile the token stream (so postings map to rows directly).
        let tokenStarts: (@Sendable (Corpus) -> TokenStarts)?
        /// The row holding a byte, when rows tile the text.
        let rowOfByte: (@Sendable (Corpus, Int) -> Int?)?
    }

    /// Whether the rows are the corpus's annotations (quotations, speakers, …), extracted on first use.
    var usesAnnotations = false
    /// Whether the rows are reused passages, found on first use.
    var usesReuse = false
    /// For units whose rows are not in corpus order (passages): each row's place in the whole corpus's
    /// order, so that rows from shards merge in it.
    var place: (@Sendable (Corpus, Int) -> Int)? = nil
    /// The field `top N` orders by, for units whose rows have a natural weight.
    var weightField: String? = nil
    /// Maps a user's name for a value of the field to its canonical form (`"Guterres"` → `"António Guterres"`).
    var canonicalize: (@Sendable (Corpus, String, String) -> String?)? = nil
    /// The rows of a document, for units whose rows tile the documents in corpus order.
    var rowsOfDocument: (@Sendable (Corpus, Int) -> Range<Int>)? = nil

    func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }

    /// A field of the unit, or, for units of the text, an extra metadata field of the corpus's
    /// documents (a CSV column such as `section`), empty where a document lacks it.
    func field(_ name: String, in corpus: Corpus) -> FieldSpec? {
        if let f = field(name) { return f }
        guard field("doc") != nil, corpus.extraFields.contains(name) else { return nil }
        return FieldSpec(name, "a metadata field of the documents", document: document) { c, d in
            .string(c.documents[d].metadata.value(name) ?? "")
        }
    }
}

/// A field of a unit's rows.
package struct FieldSpec: Sendable {
    /// What kind of value a field holds, for type checks in conditions.
    package enum Kind: String, Sendable { case text, number, date }
    package let name: String
    package let summary: String
    package let kind: Kind
    let get: @Sendable (Corpus, Int) -> Value
    /// The value from a document index, for fields that depend only on the row's document (lets
    /// `group by` count rows per document first and read each document's value once).
    let ofDocument: (@Sendable (Corpus, Int) -> Value)?

    /// Whether the value depends only on the row's document.
    var perDocument: Bool { ofDocument != nil }

    /// The corpus's names a value of a field may be, which Tab offers after `FIELD =` or in quotes.
    package enum Names: Sendable { case outlets, documents, speakers }
    /// The names its values are, when they are names of the corpus.
    package private(set) var names: Names?

    /// The field, its values being `names`.
    func naming(_ names: Names) -> FieldSpec {
        var copy = self
        copy.names = names
        return copy
    }

    /// For a row whose value stands for several (a joint speaker, "Jo Hale and Ed Roe"), the value of
    /// each (nil for a row of one): a condition holds when it holds for the row's value or one of
    /// these (`!=` when it holds for all), and `group by` counts the row once under each of these.
    private(set) var members: (@Sendable (Corpus, Int) -> [Value]?)?

    /// The field, the rows whose value stands for several having theirs given by `members`.
    func withMembers(_ members: @escaping @Sendable (Corpus, Int) -> [Value]?) -> FieldSpec {
        var copy = self
        copy.members = members
        return copy
    }

    /// The only values the field takes, when they are few and fixed (a quotation's kind): a condition
    /// naming another is an error rather than an empty result.
    package private(set) var values: [String]?

    /// The field, its values being one of `values`.
    func oneOf(_ values: [String]) -> FieldSpec {
        var copy = self
        copy.values = values
        return copy
    }

    init(_ name: String, _ summary: String, kind: Kind = .text, _ get: @escaping @Sendable (Corpus, Int) -> Value) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.get = get
        self.ofDocument = nil
    }

    /// A field read from the row's document, which `docOf` finds.
    init(_ name: String, _ summary: String, kind: Kind = .text, document docOf: @escaping @Sendable (Corpus, Int) -> Int,
         _ ofDocument: @escaping @Sendable (Corpus, Int) -> Value) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.get = { c, r in ofDocument(c, docOf(c, r)) }
        self.ofDocument = ofDocument
    }
}

/// The fields every unit of the text has from its document: `doc`, `file`, `source`, `date`,
/// `title`, `author`.
/// The fields of rows that are spans of a document's text (quotations, figures): `id`, the locator of
/// the sentence the span starts in, then the document's fields.
func spanFields(_ idSummary: String, _ span: @escaping @Sendable (Corpus, Int) -> (bytes: Range<Int>, document: Int)) -> [FieldSpec] {
    [FieldSpec("id", idSummary) { c, r in
        let (bytes, document) = span(c, r)
        return .string(c.locator(atByte: bytes.lowerBound, inDocument: document))
    }] + documentFields { c, r in span(c, r).document }
}

func documentFields(_ docOf: @escaping @Sendable (Corpus, Int) -> Int) -> [FieldSpec] {
    [
        FieldSpec("doc", "the document's short id", document: docOf) { c, d in .string(c.documents[d].shortID) }.naming(.documents),
        FieldSpec("file", "the document's file name (its id for a CSV, TSV or JSON record), as evaluation files name it",
                  document: docOf) { c, d in .string(c.documents[d].file) },
        FieldSpec("source", "the outlet", document: docOf) { c, d in .string(c.documents[d].metadata.source) }.naming(.outlets),
        FieldSpec("date", "the publication date", kind: .date, document: docOf) { c, d in c.documents[d].date.map(Value.date) ?? .null },
        FieldSpec("title", "the document's title", document: docOf) { c, d in .string(c.documents[d].metadata.title) },
        FieldSpec("author", "the author", document: docOf) { c, d in .string(c.documents[d].metadata.author) },
    ]
}

/// Every unit, in the order `.help units` lists them.
package enum UnitRegistry {
    package static let all: [UnitSpec] = [
        DocsUnit.spec, ParagraphsUnit.spec, SentencesUnit.spec, QuotesUnit.spec, SpeakersUnit.spec, EntitiesUnit.spec,
        FiguresUnit.spec, QuantitiesUnit.spec, PassagesUnit.spec, BoilerplateUnit.spec,
    ]

    package static func named(_ name: String) -> UnitSpec? { all.first { $0.name == name } }
}
