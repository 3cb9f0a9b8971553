/// `quotes`: every quotation (direct, indirect, term) with its speaker.
enum QuotesUnit {
    static func record(_ c: Corpus, _ r: Int) -> Annotations.QuoteRecord { c.annotations.quotes[r] }

    static let spec: UnitSpec = {
        var spec = UnitSpec(
            name: "quotes",
            summary: "quotations: direct, indirect (reported speech) and term (scare quotes), with speakers",
            fields: [
                FieldSpec("id", "locator of the sentence where the quotation starts") { c, r in
                    .string(c.locator(atByte: record(c, r).bytes.lowerBound, inDocument: record(c, r).document))
                },
            ] + documentFields { c, r in record(c, r).document } + [
                FieldSpec("kind", "direct, indirect or term") { c, r in .string(record(c, r).quotation.kind.rawValue) },
                FieldSpec("speaker", "the canonical speaker (empty when unknown); = matches any variant") { c, r in
                    .string(record(c, r).speaker.map { c.annotations.entities[$0].canonical } ?? "")
                },
                FieldSpec("as_written", "the speaker in the words of the text at the quotation (\"he\", \"the senator\", \"Sen. Smith\")") { c, r in .string(record(c, r).quotation.asWritten ?? "") },
                FieldSpec("cue", "the speech verb or phrase") { c, r in .string(record(c, r).quotation.cue ?? "") },
                FieldSpec("text", "the quoted words, or the reported clause") { c, r in .string(record(c, r).quotation.text) },
                FieldSpec("start", "offset in the document, in Unicode scalars (spans the marks of direct and term)", kind: .number) { c, r in
                    .int(record(c, r).quotation.start)
                },
                FieldSpec("end", "end offset (exclusive), in Unicode scalars", kind: .number) { c, r in .int(record(c, r).quotation.end) },
                FieldSpec("parts", "the pieces as start-end;start-end (one piece, or several when the attribution interrupts)") { c, r in
                    .string(record(c, r).quotation.pieces.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ";"))
                },
            ],
            defaultColumns: ["id", "kind", "speaker", "cue", "text"],
            count: { $0.annotations.quotes.count },
            document: { c, r in record(c, r).document },
            text: .init(bytes: { c, r in record(c, r).bytes }, tokens: nil, tokenStarts: nil, rowOfByte: nil)
        )
        spec.canonicalize = { c, field, name in
            guard field == "speaker", let e = c.annotations.resolver.entityIndex(forName: name) else { return nil }
            return c.annotations.entities[e].canonical
        }
        spec.usesAnnotations = true
        return spec
    }()
}

/// Fields shared by `speakers` and `entities`: row `r` is the entity `order[r]`.
private func entityFields(_ order: @escaping @Sendable (Annotations) -> [Int]) -> [FieldSpec] {
    @Sendable func entity(_ c: Corpus, _ r: Int) -> (ResolvedEntity, Int) {
        let a = c.annotations
        let e = order(a)[r]
        return (a.entities[e], e)
    }
    return [
        FieldSpec("id", "the canonical name") { c, r in .string(entity(c, r).0.canonical) },
        FieldSpec("name", "the canonical name") { c, r in .string(entity(c, r).0.canonical) },
        FieldSpec("kind", "person, organisation or place") { c, r in .string(entity(c, r).0.kind.rawValue) },
        FieldSpec("quotes", "quotations attributed", kind: .number) { c, r in .int(c.annotations.quoteCounts[entity(c, r).1]) },
        FieldSpec("mentions", "times named", kind: .number) { c, r in .int(c.annotations.mentionCounts[entity(c, r).1]) },
        FieldSpec("docs", "documents that name or quote it", kind: .number) { c, r in .int(c.annotations.documents[entity(c, r).1].count) },
        FieldSpec("sources", "outlets that name or quote it") { c, r in
            .string(Set(c.annotations.documents[entity(c, r).1].map { c.documents[$0].metadata.source }.filter { !$0.isEmpty }).sorted().joined(separator: "; "))
        },
        FieldSpec("roles", "titles and roles given, all of them") { c, r in .string(entity(c, r).0.roles.joined(separator: "; ")) },
        FieldSpec("variants", "every way the corpus writes the name") { c, r in .string(entity(c, r).0.variants.joined(separator: " | ")) },
    ]
}

/// A unit whose rows are resolved entities in the order `order` gives, weighted by `weight` for `top`.
private func entityUnit(_ name: String, _ summary: String, order: @escaping @Sendable (Annotations) -> [Int],
                        columns: [String], weight: String) -> UnitSpec {
    var spec = UnitSpec(name: name, summary: summary, fields: entityFields(order), defaultColumns: columns,
                        count: { order($0.annotations).count }, document: { _, _ in 0 }, text: nil)
    spec.weightField = weight
    spec.usesAnnotations = true
    return spec
}

/// `speakers`: canonical speakers, most quoted first.
enum SpeakersUnit {
    static let spec = entityUnit("speakers", "canonical speakers: name, kind, roles, quotes, variants (most quoted first)",
                                 order: { $0.speakers }, columns: ["name", "kind", "quotes", "roles", "variants"], weight: "quotes")
}

/// `entities`: people, organisations and places named in the corpus, most mentioned first.
enum EntitiesUnit {
    static let spec = entityUnit("entities", "people, organisations and places, variants merged (most mentioned first)",
                                 order: { $0.entityOrder }, columns: ["name", "kind", "mentions", "docs", "roles"], weight: "mentions")
}

/// `figures`: numeric claims — a number, what it counts, and its hedge.
enum FiguresUnit {
    static func record(_ c: Corpus, _ r: Int) -> Annotations.FigureRecord { c.annotations.figures[r] }

    static let spec: UnitSpec = {
        var spec = UnitSpec(
            name: "figures",
            summary: "numeric claims: value, unit, what is measured (killed, duration, …) and hedge",
            fields: [
                FieldSpec("id", "locator of the sentence the figure is in") { c, r in
                    .string(c.locator(atByte: record(c, r).bytes.lowerBound, inDocument: record(c, r).document))
                },
            ] + documentFields { c, r in record(c, r).document } + [
                FieldSpec("value", "the number", kind: .number) { c, r in .number(record(c, r).claim.value) },
                FieldSpec("unit", "what is counted, singular (death, child, km, hour)") { c, r in .string(record(c, r).claim.unit) },
                FieldSpec("measure", "what the figure measures, so outlets line up: killed, injured, duration, distance, … or the unit") { c, r in
                    .string(record(c, r).claim.measure)
                },
                FieldSpec("hedge", "at least, about, more than, … (empty when exact)") { c, r in .string(record(c, r).claim.hedge ?? "") },
                FieldSpec("text", "the figure as written") { c, r in .string(record(c, r).claim.text) },
                FieldSpec("start", "offset in the document, in Unicode scalars", kind: .number) { c, r in .int(record(c, r).claim.start) },
                FieldSpec("end", "end offset (exclusive), in Unicode scalars", kind: .number) { c, r in .int(record(c, r).claim.end) },
            ],
            defaultColumns: ["id", "source", "value", "unit", "measure", "hedge", "text"],
            count: { $0.annotations.figures.count },
            document: { c, r in record(c, r).document },
            text: .init(bytes: { c, r in record(c, r).bytes }, tokens: nil, tokenStarts: nil, rowOfByte: nil)
        )
        spec.usesAnnotations = true
        return spec
    }()
}
