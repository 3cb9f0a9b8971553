import Annotation
import CorpusModel

/// `quotes`: every quotation (direct, indirect, term) with its speaker.
enum QuotesUnit {
    static func record(_ c: Corpus, _ r: Int) -> Annotations.QuoteRecord { c.annotations.quotes[r] }

    static let spec: UnitSpec = {
        var spec = UnitSpec(
            name: "quotes",
            summary: "quotations: direct, indirect (reported speech) and term (scare quotes), with speakers",
            fields: [FieldSpec("id", "locator of the sentence where the quotation starts, with .N for its Nth quotation (000:5:2.2)") { c, r in
                .string(c.annotations.quotes.id(r, in: c))
            }] + documentFields { c, r in record(c, r).document } + [
                FieldSpec("kind", "direct, indirect or term") { c, r in .string(record(c, r).quotation.kind.rawValue) }
                    .oneOf(QuoteKind.allCases.map(\.rawValue)),
                FieldSpec("speaker", "the canonical speaker (empty when unknown); = matches any variant, and each person of a joint speaker") { c, r in
                    .string(record(c, r).speaker.map { c.annotations.entities[$0].canonical } ?? "")
                }.naming(.speakers).withMembers { c, r in
                    let members = record(c, r).members
                    return members.isEmpty ? nil : members.map { .string(c.annotations.entities[$0].canonical) }
                },
                FieldSpec("speaker_kind", "the speaker's kind: \(EntityKind.listed) (empty when unknown)") { c, r in
                    .string(record(c, r).speaker.map { c.annotations.entities[$0].kind.rawValue } ?? "")
                }.oneOf(EntityKind.allCases.map(\.rawValue)),
                FieldSpec("sourcing", "named (the speaker has a name: \"Jo Roe\", \"the Pentagon\"), described (only a description: \"officials\", \"a senior aide\", \"the company\") or none (no speaker found)") { c, r in
                    .string(record(c, r).speaker.map { c.annotations.entities[$0].isNamed ? "named" : "described" } ?? "none")
                }.oneOf(["named", "described", "none"]),
                FieldSpec("as_written", "the speaker in the words of the text at the quotation (\"he\", \"the senator\", \"Sen. Smith\")") { c, r in .string(record(c, r).quotation.asWritten ?? "") },
                FieldSpec("cue", "the speech verb or phrase") { c, r in .string(record(c, r).quotation.cue ?? "") },
                FieldSpec("text", "the quoted words, or the reported clause") { c, r in .string(record(c, r).quotation.text) },
                FieldSpec("start", "offset in the document, in Unicode scalars (spans the marks of direct and term)", kind: .number) { c, r in
                    .int(c.scalarOffset(ofDocumentByte: record(c, r).quotation.start, inDocument: record(c, r).document))
                },
                FieldSpec("end", "end offset (exclusive), in Unicode scalars", kind: .number) { c, r in
                    .int(c.scalarOffset(ofDocumentByte: record(c, r).quotation.end, inDocument: record(c, r).document))
                },
                FieldSpec("parts", "the pieces as start-end;start-end (one piece, or several when the attribution interrupts)") { c, r in
                    let d = record(c, r).document
                    return .string(record(c, r).quotation.pieces.map {
                        "\(c.scalarOffset(ofDocumentByte: $0.lowerBound, inDocument: d))-\(c.scalarOffset(ofDocumentByte: $0.upperBound, inDocument: d))"
                    }.joined(separator: ";"))
                },
            ],
            defaultColumns: ["id", "kind", "speaker", "cue", "text"],
            count: { $0.annotations.quotes.count },
            document: { c, r in record(c, r).document },
            text: .init(bytes: { c, r in record(c, r).bytes }, tokens: nil, tokenStarts: nil, rowOfByte: nil)
        )
        spec.canonicalize = { c, field, name in field == "speaker" ? EntityUnits.canonical(c, name) : nil }
        spec.usesAnnotations = true
        return spec
    }()
}

/// What the fields of `speakers` and `entities` show of one entity. Over shards (docs/scale.md), the
/// name, kind, roles and variants are the same in every shard; the counts add and the sources join.
struct EntityCounts: Sendable {
    let name: String, kind: String, roles: [String], variants: [String]
    var quotes: Int, mentions: Int, docs: Int
    /// The outlets that name or quote it, sorted (found only when the field is read).
    var sources: @Sendable () -> [String]

    /// Entity `e` of the corpus's annotations.
    init(_ c: Corpus, entity e: Int) {
        let a = c.annotations, entity = a.entities[e]
        (name, kind, roles, variants) = (entity.canonical, entity.kind.rawValue, entity.roles, entity.variants)
        (quotes, mentions, docs) = (a.quoteCounts[e], a.mentionCounts[e], a.documents[e].count)
        sources = { Set(a.documents[e].map { c.documents[$0].metadata.source }.filter { !$0.isEmpty }).sorted() }
    }

    init(name: String, kind: String, roles: [String], variants: [String], quotes: Int, mentions: Int, docs: Int, sources: [String]) {
        (self.name, self.kind, self.roles, self.variants) = (name, kind, roles, variants)
        (self.quotes, self.mentions, self.docs, self.sources) = (quotes, mentions, docs, { sources })
    }
}

/// `speakers` and `entities`: rows are resolved entities, in the order the annotations give.
enum EntityUnits {
    /// Each unit's entities, in row order, as indices into `Annotations.entities`.
    static let order: [String: @Sendable (Annotations) -> [Int]] = ["speakers": { $0.speakers }, "entities": { $0.entityOrder }]

    /// The unit `unit` (speakers or entities) whose rows are `rows`, in that order, rather than a corpus's
    /// entities: what the merge of shards' counts renders.
    static func unit(_ unit: UnitSpec, rows: [EntityCounts]) -> UnitSpec {
        var spec = spec(unit.name, unit.summary, columns: unit.defaultColumns, weight: unit.weightField ?? "",
                        count: { _ in rows.count }, counts: { _, r in rows[r] })
        spec.usesAnnotations = false
        return spec
    }

    /// A unit of entities: `counts` gives row `r`'s entity.
    static func spec(_ name: String, _ summary: String, columns: [String], weight: String,
                     count: @escaping @Sendable (Corpus) -> Int, counts: @escaping @Sendable (Corpus, Int) -> EntityCounts) -> UnitSpec {
        let fields = [
            FieldSpec("id", "the canonical name") { c, r in .string(counts(c, r).name) },
            FieldSpec("name", "the canonical name") { c, r in .string(counts(c, r).name) },
            FieldSpec("kind", EntityKind.listed + " (group: several people described, \"observers\", \"the two\"; document: a text that speaks, \"the lawsuit\", \"an email\")") { c, r in .string(counts(c, r).kind) }
                .oneOf(EntityKind.allCases.map(\.rawValue)),
            FieldSpec("quotes", "quotations attributed (also those said jointly with others)", kind: .number) { c, r in .int(counts(c, r).quotes) },
            FieldSpec("mentions", "times named", kind: .number) { c, r in .int(counts(c, r).mentions) },
            FieldSpec("docs", "documents that name or quote it", kind: .number) { c, r in .int(counts(c, r).docs) },
            FieldSpec("sources", "outlets that name or quote it") { c, r in .string(counts(c, r).sources().joined(separator: "; ")) },
            FieldSpec("roles", "titles and roles given, each once") { c, r in .string(counts(c, r).roles.joined(separator: "; ")) },
            FieldSpec("variants", "every way the corpus writes the name") { c, r in .string(counts(c, r).variants.joined(separator: " | ")) },
        ]
        var spec = UnitSpec(name: name, summary: summary, fields: fields, defaultColumns: columns, count: count, document: { _, _ in 0 }, text: nil)
        spec.weightField = weight
        spec.usesAnnotations = true
        return spec
    }

    /// The corpus's unit `name`, most of `weight` first; `name = "Guterres"` finds the entity of that variant.
    static func spec(_ name: String, _ summary: String, columns: [String], weight: String) -> UnitSpec {
        let order = order[name]!
        var spec = spec(name, summary, columns: columns, weight: weight, count: { order($0.annotations).count },
                        counts: { c, r in EntityCounts(c, entity: order(c.annotations)[r]) })
        spec.canonicalize = { c, field, name in field == "name" ? canonical(c, name) : nil }
        return spec
    }

    /// The canonical name of the entity a name stands for in the corpus (a variant, a surname:
    /// "Guterres" is "António Guterres"), or nil if it stands for none.
    static func canonical(_ c: Corpus, _ name: String) -> String? {
        c.annotations.resolver.entityIndex(forName: name).map { c.annotations.entities[$0].canonical }
    }
}

/// `speakers`: canonical speakers, most quoted first.
enum SpeakersUnit {
    static let spec = EntityUnits.spec("speakers", "canonical speakers: name, kind, roles, quotes, variants (most quoted first)",
                                       columns: ["name", "kind", "quotes", "roles", "variants"], weight: "quotes")
}

/// `entities`: people, organisations and places named in the corpus, most mentioned first.
enum EntitiesUnit {
    static let spec = EntityUnits.spec("entities", "people, organisations, places and groups, variants merged (most mentioned first)",
                                       columns: ["name", "kind", "mentions", "docs", "roles"], weight: "mentions")
}

/// `figures`: numeric claims — a number, what it counts, where, by whom, when, and its quantity.
enum FiguresUnit {
    static func record(_ c: Corpus, _ r: Int) -> Annotations.FigureRecord { c.annotations.figures[r] }
    static func claim(_ c: Corpus, _ r: Int) -> FigureClaim { c.annotations.figures[r].claim }
    private static func optional(_ s: String?) -> Value { .string(s ?? "") }

    static let spec: UnitSpec = {
        var spec = UnitSpec(
            name: "figures",
            summary: "numeric claims: value, what happened to what (killed · people), place, agent, time, hedge, quantity",
            fields: spanFields("locator of the sentence the figure is in") { c, r in
                (record(c, r).bytes, record(c, r).document)
            } + [
                FieldSpec("value", "the number as written (48 in \"48 hours\")", kind: .number) { c, r in .number(claim(c, r).value) },
                FieldSpec("unit", "the counted noun, singular (death, child, km, hour)") { c, r in .string(claim(c, r).unit) },
                FieldSpec("amount", "the value in the base unit: days, km, kg (48 hours → 2)", kind: .number) { c, r in .number(claim(c, r).amount) },
                FieldSpec("low", "the least amount the claim allows (at least 7 → 7; about 50 → 45)", kind: .number) { c, r in
                    .number(claim(c, r).interval.lowerBound)
                },
                FieldSpec("high", "the greatest amount it allows (at least 7 → inf; less than a day → just under 1)", kind: .number) { c, r in
                    .number(claim(c, r).interval.upperBound)
                },
                FieldSpec("hedge", "at least, about, within, more than, … (empty when exact)") { c, r in optional(claim(c, r).hedge) },
                FieldSpec("happening", "what happened: killed, injured, arrested, displaced, hit, fired, interval (between two events), duration, distance, money, … or the unit") { c, r in
                    .string(claim(c, r).happening)
                },
                FieldSpec("counted", "who or what is counted: people (a total), a part (child, woman, soldier, …), site, days, km, …") { c, r in
                    .string(claim(c, r).counted)
                },
                FieldSpec("part", "yes when counted is a part of a total (children among the people killed)") { c, r in
                    .string(claim(c, r).isPart ? "yes" : "no")
                },
                FieldSpec("place", "the country where it happened, from the sentence or its neighbours (for an interval: of the event it counts from)") { c, r in
                    optional(claim(c, r).place)
                },
                FieldSpec("agent", "the country behind it: by Pakistani strikes, Iranian missiles, Tehran launched") { c, r in optional(claim(c, r).agent) },
                FieldSpec("event", "the kind of event: attack, blast, crash, flood, earthquake, fire, storm, fighting, …") { c, r in optional(claim(c, r).event) },
                FieldSpec("time", "the day the sentence names, resolved against the document's date when it has one") { c, r in
                    let f = record(c, r)
                    guard let time = f.claim.time else { return .string("") }
                    return time.resolved(against: c.documents[f.document].date).map { .date(PartialDate(julianDay: $0)) } ?? .string(time.label)
                },
                FieldSpec("given_by", "who gives the figure: according to …, or the speaker of the quotation that holds it") { c, r in
                    optional(claim(c, r).givenBy)
                },
                FieldSpec("headline", "yes in a headline") { c, r in .string(claim(c, r).isHeadline ? "yes" : "no") },
                FieldSpec("updated", "yes for a revised figure, a later report: the toll rose to, climbed to, revised") { c, r in
                    .string(claim(c, r).isRevision ? "yes" : "no")
                },
                FieldSpec("quantity", "the quantity the claim reports, as the quantities unit names it") { c, r in
                    .string(c.annotations.quantities[record(c, r).quantity].name)
                },
                FieldSpec("status", "the quantity's status: agree, hedged difference, clash, revised, one report") { c, r in
                    .string(c.annotations.quantities[record(c, r).quantity].status.rawValue)
                },
                FieldSpec("text", "the figure as written") { c, r in .string(claim(c, r).text) },
                FieldSpec("start", "offset in the document, in Unicode scalars", kind: .number) { c, r in
                    .int(c.scalarOffset(ofDocumentByte: claim(c, r).start, inDocument: record(c, r).document))
                },
                FieldSpec("end", "end offset (exclusive), in Unicode scalars", kind: .number) { c, r in
                    .int(c.scalarOffset(ofDocumentByte: claim(c, r).end, inDocument: record(c, r).document))
                },
            ],
            defaultColumns: ["id", "text", "happening", "counted", "place", "agent", "quantity"],
            count: { $0.annotations.figures.count },
            document: { c, r in record(c, r).document },
            text: .init(bytes: { c, r in record(c, r).bytes }, tokens: nil, tokenStarts: nil, rowOfByte: nil)
        )
        spec.usesAnnotations = true
        return spec
    }()

    /// The value with its hedge, in the base unit: "at least 7", "2 days", "within 2 days", "about 80 km";
    /// a whole number of years in years ("30 years", not "10950 days").
    static func valueLabel(_ claim: FigureClaim) -> String {
        var s = claim.hedge.map { $0 + " " } ?? ""
        switch claim.counted {
        case "days" where claim.amount < 1:
            let hours = claim.amount * 24
            s += Value.format((hours * 100).rounded() / 100) + (abs(hours - 1) < 1e-9 ? " hour" : " hours")
        case "days" where claim.amount >= 365 && abs(claim.amount / 365 - (claim.amount / 365).rounded()) < 1e-9:
            let years = (claim.amount / 365).rounded()
            s += Value.format(years) + (years == 1 ? " year" : " years")
        case "days": s += Value.format(claim.amount) + (abs(claim.amount - 1) < 1e-9 ? " day" : " days")
        case "km", "kg": s += Value.format((claim.amount * 100).rounded() / 100) + " " + claim.counted
        case "percent": s += Value.format(claim.amount) + "%"
        default: s += Value.format(claim.amount) + (claim.happening == "money" ? " " + claim.unit : "")
        }
        return s
    }

    /// Distinct values of `figures`, most reported first: "9 (3 outlets); 7 (1)".
    static func values(_ figures: [Int], _ source: FigureSource) -> String { ValueTally(figures, source).text() }

    /// The sentence locators of `figures` (`total` of them), each once; past `limit`, how many more.
    static func locators(_ figures: some Sequence<Int>, total: Int, _ source: FigureSource, limit: Int = 8) -> String {
        var seen = Set<String>()
        var out: [String] = []
        for (i, f) in figures.enumerated() {
            let locator = source.locator(f)
            if seen.insert(locator).inserted { out.append(locator) }
            if out.count == limit, i + 1 < total { return out.joined(separator: " ") + " (+\(total - i - 1) more)" }
        }
        return out.joined(separator: " ")
    }
}

/// What quantities and the comparison on figures read of the figures they group, by figure number:
/// one process reads its annotations; the merge of shards the figures every shard handed on.
struct FigureSource: Sendable {
    let claim: @Sendable (Int) -> FigureClaim
    /// The outlet: any number that tells outlets apart.
    let outlet: @Sendable (Int) -> Int32
    /// The publication date of the figure's document.
    let date: @Sendable (Int) -> PartialDate?
    /// The locator of the figure's sentence.
    let locator: @Sendable (Int) -> String

    /// The figures of `c`'s annotations.
    init(_ c: Corpus) {
        let a = c.annotations
        claim = { a.figures[$0].claim }
        outlet = { a.outlets[a.figures[$0].document] }
        date = { c.documents[a.figures[$0].document].date }
        locator = { c.locator(atByte: a.figures[$0].bytes.lowerBound, inDocument: a.figures[$0].document) }
    }

    init(claim: @escaping @Sendable (Int) -> FigureClaim, outlet: @escaping @Sendable (Int) -> Int32,
         date: @escaping @Sendable (Int) -> PartialDate?, locator: @escaping @Sendable (Int) -> String) {
        (self.claim, self.outlet, self.date, self.locator) = (claim, outlet, date, locator)
    }

    /// The status of the claims `claims` across the outlets that give them.
    func status(of claims: [Int]) -> QuantityStatus {
        QuantityStatus.of(claims.map(claim), days: claims.map { date($0)?.julianDay }, outlets: Set(claims.map(outlet)).count)
    }
}

/// The distinct values (hedge and amount) of some claims, with how many claims each outlet gives of each.
struct ValueTally {
    struct Key: Hashable {
        let hedge: String?
        let amount: Double
    }

    private(set) var order: [Key] = []
    private var example: [Key: FigureClaim] = [:]
    private var claims: [Key: [Int32: Int]] = [:]

    init(_ figures: [Int], _ source: FigureSource) {
        for f in figures { add(f, source) }
    }

    mutating func add(_ f: Int, _ source: FigureSource) {
        let claim = source.claim(f), key = Key(hedge: claim.hedge?.lowercased(), amount: claim.amount)
        if claims[key] == nil {
            order.append(key)
            example[key] = claim
        }
        claims[key, default: [:]][source.outlet(f), default: 0] += 1
    }

    /// "9 (3 outlets); 7 (1)", most reported first; without the claims of `removed` (a part of these).
    func text(without removed: ValueTally? = nil) -> String {
        var counted: [(Key, Int)] = []
        for key in order {
            var outlets = claims[key]!.count
            if let gone = removed?.claims[key] {
                outlets -= gone.filter { claims[key]![$0.key] == $0.value }.count
            }
            if outlets > 0 { counted.append((key, outlets)) }
        }
        let sorted = counted.enumerated().sorted { x, y in x.element.1 != y.element.1 ? x.element.1 > y.element.1 : x.offset < y.offset }
        return sorted.enumerated().map { i, entry in
            let (key, n) = entry.element
            return FiguresUnit.valueLabel(example[key]!) + " (\(n)" + (i == 0 ? (n == 1 ? " outlet)" : " outlets)") : ")")
        }.joined(separator: "; ")
    }
}

/// `quantities`: claims about the same real-world quantity grouped across the corpus, with their
/// distinct values, how many outlets report each, and whether they agree.
enum QuantitiesUnit {
    static let spec = spec(count: { $0.annotations.quantities.count }, quantity: { c, r in c.annotations.quantities[r] },
                           figures: FigureSource.init, document: { c, r in c.annotations.figures[c.annotations.quantities[r].claims[0]].document })

    /// The unit of the quantities `quantity` gives (`count` of them), whose claims `figures` reads: one
    /// process's, or those the merge of shards grouped (docs/scale.md).
    static func spec(count: @escaping @Sendable (Corpus) -> Int, quantity: @escaping @Sendable (Corpus, Int) -> FigureQuantity,
                     figures: @escaping @Sendable (Corpus) -> FigureSource, document: @escaping @Sendable (Corpus, Int) -> Int) -> UnitSpec {
        var spec = UnitSpec(
            name: "quantities",
            summary: "figures grouped by what they count (killed · in Iran · by Pakistan): values, outlets, status",
            fields: [
                FieldSpec("id", "locator of the first claim's sentence") { c, r in .string(figures(c).locator(quantity(c, r).claims[0])) },
                FieldSpec("quantity", "what is counted, where, by whom, when: killed · children · in Pakistan · by Iran") { c, r in
                    .string(quantity(c, r).name)
                },
                FieldSpec("happening", "killed, injured, arrested, displaced, hit, fired, interval, duration, distance, …") { c, r in
                    .string(quantity(c, r).happening)
                },
                FieldSpec("counted", "people (a total), a part (child, woman, soldier, …), site, days, km, …") { c, r in
                    .string(quantity(c, r).counted)
                },
                FieldSpec("place", "the country where it happened") { c, r in .string(quantity(c, r).place ?? "") },
                FieldSpec("agent", "the country behind it") { c, r in .string(quantity(c, r).agent ?? "") },
                FieldSpec("status", "agree (same value, same words), hedged difference (compatible only through a hedge: at least 7 and 9), clash (cannot both be true), revised (a later toll rose), one report (one outlet)") { c, r in
                    .string(quantity(c, r).status.rawValue)
                },
                FieldSpec("values", "the distinct values, in base units, with how many outlets give each") { c, r in
                    .string(FiguresUnit.values(quantity(c, r).claims, figures(c)))
                },
                FieldSpec("claims", "how many claims report it", kind: .number) { c, r in .int(quantity(c, r).claims.count) },
                FieldSpec("outlets", "how many outlets report it", kind: .number) { c, r in
                    let source = figures(c)
                    return .int(Set(quantity(c, r).claims.map(source.outlet)).count)
                },
                FieldSpec("first_date", "the earliest publication date of a report", kind: .date) { c, r in
                    quantity(c, r).claims.compactMap(figures(c).date).min().map(Value.date) ?? .null
                },
                FieldSpec("last_date", "the latest publication date of a report", kind: .date) { c, r in
                    quantity(c, r).claims.compactMap(figures(c).date).max().map(Value.date) ?? .null
                },
                FieldSpec("texts", "the claims as written") { c, r in
                    let source = figures(c)
                    return .string(quantity(c, r).claims.map { source.claim($0).text }.joined(separator: " | "))
                },
                FieldSpec("ids", "the claims' sentence locators, for .show (all of them)") { c, r in
                    .string(FiguresUnit.locators(quantity(c, r).claims, total: quantity(c, r).claims.count, figures(c), limit: .max))
                },
            ],
            defaultColumns: ["quantity", "status", "values", "ids"],
            count: count,
            document: document,
            text: nil
        )
        spec.weightField = "claims"
        spec.usesAnnotations = true
        return spec
    }
}
