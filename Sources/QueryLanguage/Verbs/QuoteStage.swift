import Annotation
import CorpusModel
import TextAnalysis

/// `quote`: the quotations inside the rows piped in, or of the speakers piped in; `quote by "NAME"`:
/// a speaker's quotations.
struct QuoteStage: SourceOrPipedStage {
    let speaker: (String, SourceRange)?
    let range: SourceRange
    var summary: String { speaker.map { "quote by \"\($0.0)\"" } ?? "quote" }

    static let spec = VerbSpec(
        name: "quote", usage: "quote | quote by \"SPEAKER\"",
        summary: "the quotations inside the rows piped in, or those of the speakers piped in or named",
        details: """
        After sentences, paragraphs or docs: the quotations that overlap those rows. After speakers \
        or entities: the quotations those speakers are given, also those given to them jointly with \
        others ("Jo Hale and Ed Roe said"). After quotes: the same quotations. As a source, \
        `quote by "NAME"` is `quotes | filter speaker = "NAME"`: any variant of the name will do \
        ("Dujarric", "Stephane Dujarric").
        Examples:
          sentences | filter "restraint" | quote
          speakers | filter kind = "group" | quote
          quote by "Dujarric"
          quote by "Guterres" | filter kind = "direct"
        """,
        canStart: true, canFollow: true, producesUnit: "quotes",
        keywords: ["by"], valueNames: ["by": .speakers],
        parse: { p, r throws(QueryError) in
            if p.accept("by") {
                let name = try p.expectString("a speaker's name in quotes after 'quote by'")
                return QuoteStage(speaker: name, range: r.to(name.1))
            }
            return QuoteStage(speaker: nil, range: r)
        })

    func run(_ input: Relation?, _ context: EvalContext) throws(QueryError) -> Relation {
        let corpus = context.corpus
        let quotes = try context.annotations(at: range).quotes
        let unit = QuotesUnit.spec
        if let (name, nameRange) = speaker {
            if input != nil {
                throw QueryError(.semantic, "quote by starts a statement", at: range, hint: "to narrow rows to a speaker: | filter speaker = \"\(name)\"")
            }
            guard let e = corpus.annotations.resolver.entityIndex(forName: name) else {
                throw QueryError(.semantic, "no speaker '\(name)'", at: nameRange,
                                 hint: corpus.annotations.speakers.map { corpus.annotations.entities[$0].canonical }
                                     .didYouMean(name, otherwise: "speakers lists them"))
            }
            let rows = quotes.indices.filter { quotes[$0].isCredited(to: { $0 == e }) }.map(Int32.init)
            // A name of someone never quoted (a surname two speakers share, named alone) says so, as the filter does.
            if rows.isEmpty {
                try FilterStage.noteNoRowHolds("speaker", at: nameRange, name, nameRange,
                                               in: .units(UnitRows(unit: unit, rows: quotes.indices.map(Int32.init))), context)
            }
            return .units(UnitRows(unit: unit, rows: rows))
        }
        if case let .units(u)? = input, let order = EntityUnits.order[u.unit.name] {
            let entities = order(corpus.annotations)
            let wanted = Set(u.rows.map { entities[Int($0)] })
            return .units(UnitRows(unit: unit, rows: quotes.indices.filter { quotes[$0].isCredited(to: wanted.contains) }.map(Int32.init)))
        }
        // Quotations piped in are their own quotations.
        if case let .units(u)? = input, u.unit.name == unit.name { return .units(u) }
        guard case let .units(u)? = input, let text = u.unit.text else {
            throw QueryError(.semantic, "quote needs sentences, paragraphs, docs, quotes, speakers or entities before it", at: range,
                             hint: "sentences | filter \"restraint\" | quote")
        }
        // Quotations overlapping any input row: both lists sorted by byte offset, walked together.
        let spans = (u.inCorpusOrder ? u.rows : u.rows.sorted()).map { text.bytes(corpus, Int($0)) }
        var rows: [Int32] = []
        var j = 0
        for (i, q) in quotes.enumerated() {
            if i & 4095 == 0 { try context.checkCancelled(range) }
            while j < spans.count && spans[j].upperBound <= q.bytes.lowerBound { j += 1 }
            var k = j
            while k < spans.count && spans[k].lowerBound < q.bytes.upperBound {
                if spans[k].overlaps(q.bytes) { rows.append(Int32(i)); break }
                k += 1
            }
        }
        return .units(UnitRows(unit: unit, rows: rows, highlights: u.highlights))
    }
}
