import TextAnalysis
import CorpusModel

/// An entity merged across documents.
package struct ResolvedEntity: Sendable {
    /// The fullest name among the variants (diacritics kept when any variant has them).
    package var canonical: String
    package var kind: EntityKind
    /// Every distinct surface and name it was written as.
    package var variants: [String]
    /// Every role or title it was given, contradictory ones included.
    package var roles: [String]

    init(canonical: String, kind: EntityKind, variants: [String], roles: [String]) {
        self.canonical = canonical
        self.kind = kind
        self.variants = variants
        self.roles = roles
    }
}

/// Merges mentions and speakers of many documents into entities: a surname alone, a name with or
/// without diacritics or title ("Dujarric", "Stephane Dujarric", "UN Spokesperson Stéphane Dujarric"),
/// a country's possessive or adjective with an organisation ("Pakistan’s Foreign Ministry",
/// "Pakistani Foreign Ministry"), and acronyms of well-known bodies.
package struct EntityResolver: Sendable {
    /// A distinct way a name occurs: the entities depend only on these, in order of first occurrence.
    package struct Variant: Hashable, Sendable {
        package let name: String, surface: String, kind: EntityKind, role: String?

        package init(name: String, surface: String, kind: EntityKind, role: String?) {
            (self.name, self.surface, self.kind, self.role) = (name, surface, kind, role)
        }
    }

    package private(set) var entities: [ResolvedEntity] = []
    /// The variants resolved, in order of first occurrence (of the whole corpus when given one).
    package private(set) var variants: [Variant] = []
    private var byKey: [String: Int] = [:]
    private var bySurname: [String: Set<Int>] = [:]
    private var byFirstName: [String: Set<Int>] = [:]
    private var mentionEntity: [[Int?]] = []
    private var speakerEntity: [[Int?]] = []

    /// Resolves the names of `analyses`; against `corpusVariants` when given (a shard of a corpus
    /// resolves its names as the whole corpus does: its variants are among the corpus's, whose order decides).
    init(_ analyses: [DocumentAnalysis], corpusVariants: [Variant]? = nil) {
        mentionEntity = analyses.map { [Int?](repeating: nil, count: $0.mentions.count) }
        speakerEntity = analyses.map { [Int?](repeating: nil, count: $0.quotations.count) }
        // Identical names (with the same surface, kind and role) resolve alike, and adding one again
        // changes nothing: resolve each distinct one once, in the order of its first occurrence.
        var distinct: [Variant: Int] = [:]
        var variants: [Variant] = []
        func number(_ v: Variant) -> Int32 {
            if let i = distinct[v] { return Int32(i) }
            distinct[v] = variants.count
            variants.append(v)
            return Int32(variants.count - 1)
        }
        for v in corpusVariants ?? [] { _ = number(v) }
        /// The variant of every mention and named speaker, document by document (mentions first).
        var variantOf: [Int32] = []
        variantOf.reserveCapacity(analyses.reduce(0) { $0 + $1.mentions.count + $1.quotations.count })
        for analysis in analyses {
            for m in analysis.mentions { variantOf.append(number(Variant(name: m.name, surface: m.surface, kind: m.kind, role: m.role))) }
            for q in analysis.quotations {
                guard let name = q.speaker else { continue }
                variantOf.append(number(Variant(name: name, surface: name, kind: q.speakerKind ?? .person, role: nil)))
            }
        }
        var keys = [String: String]()
        let variantKeys = variants.map { v in
            if let key = keys[v.name] { return key }
            let key = Self.key(v.name)
            keys[v.name] = key
            return key
        }
        // Full names first, so that surnames can join them.
        let wordCounts = variantKeys.map { $0.split(separator: " ").count }
        let ordered = variants.indices.sorted { a, b in
            wordCounts[a] != wordCounts[b] ? wordCounts[a] > wordCounts[b] : a < b
        }
        var entityOfVariant = [Int](repeating: 0, count: variants.count)
        for v in ordered {
            entityOfVariant[v] = add(name: variants[v].name, key: variantKeys[v], surface: variants[v].surface,
                                     kind: variants[v].kind, role: variants[v].role)
        }
        self.variants = variants
        var next = 0
        for (d, analysis) in analyses.enumerated() {
            for m in analysis.mentions.indices {
                mentionEntity[d][m] = entityOfVariant[Int(variantOf[next])]
                next += 1
            }
            for (q, quotation) in analysis.quotations.enumerated() where quotation.speaker != nil {
                speakerEntity[d][q] = entityOfVariant[Int(variantOf[next])]
                next += 1
            }
        }
    }

    /// A comparison key: folded, without a leading "the", possessives, and with country adjectives,
    /// acronyms and "Foreign Ministry" in one form.
    static func key(_ name: String) -> String {
        var words = WordKey.string(name).replacingOccurrences(of: "'s ", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).map(String.init)
        if words.first == "the" && words.count > 1 { words.removeFirst() }
        if words.count == 1, let full = Gazetteer.aliases[words[0]] { return WordKey.string(full) }
        if words.count > 1, let country = Gazetteer.adjective[words[0]] { words[0] = WordKey.string(country) }
        if words.count > 1 && Gazetteer.country[words[0]] != nil { words[0] = WordKey.string(Gazetteer.country[words[0]]!) }
        var joined = words.joined(separator: " ")
        joined = joined.replacingOccurrences(of: "foreign ministry", with: "ministry of foreign affairs")
        return joined
    }

    private mutating func add(name: String, key: String, surface: String, kind: EntityKind, role: String?) -> Int {
        let words = key.split(separator: " ")
        var index = byKey[key]
        // A surname alone joins the one person who has it (last name, or first for "Lin" of "Lin Jian").
        // A single capitalised word the document could not place ("Kirby said") may still be a surname.
        let maybeSurname = kind == .person || (kind == .organisation && CharacterClass.hasLowercase(name))
        if index == nil && maybeSurname && words.count == 1, let word = words.first {
            let candidates = bySurname[String(word)] ?? []
            let firstNames = byFirstName[String(word)] ?? []
            index = candidates.count == 1 ? candidates.first : (candidates.isEmpty && firstNames.count == 1 ? firstNames.first : nil)
        }
        let e: Int
        if let index {
            e = index
        } else {
            e = entities.count
            entities.append(ResolvedEntity(canonical: name, kind: kind, variants: [], roles: []))
            if kind == .person && words.count >= 2, let first = words.first, let last = words.last {
                bySurname[String(last), default: []].insert(e)
                byFirstName[String(first), default: []].insert(e)
            }
        }
        byKey[key] = e
        var entity = entities[e]
        for variant in [surface, name] where !entity.variants.contains(variant) { entity.variants.append(variant) }
        if let role, !entity.roles.contains(role) { entity.roles.append(role) }
        if kind == .organisation && entity.kind == .place { entity.kind = .organisation }
        if name != entity.canonical && Self.better(name, than: entity.canonical) { entity.canonical = name }
        entities[e] = entity
        return e
    }

    private static func better(_ a: String, than b: String) -> Bool {
        let wa = a.split(separator: " ").count, wb = b.split(separator: " ").count
        if wa != wb { return wa > wb }
        if WordKey.string(a) == WordKey.string(b) {
            return a.unicodeScalars.filter { $0.value > 0x7F }.count > b.unicodeScalars.filter { $0.value > 0x7F }.count
        }
        return false
    }

    /// The entity with this name: any variant, case- and diacritic-insensitive, or a surname alone
    /// when only one person has it.
    package func entityIndex(forName name: String) -> Int? {
        let key = Self.key(name)
        if let e = byKey[key] { return e }
        if let e = entities.firstIndex(where: { $0.variants.contains { Self.key($0) == key } }) { return e }
        if let last = key.split(separator: " ").last, let candidates = bySurname[String(last)], candidates.count == 1 {
            return candidates.first
        }
        return nil
    }

    /// Lets go of the entity of every mention and speaker (`entityIndex(doc:mention:)`,
    /// `speakerIndex(doc:quotation:)`), once the annotations are made: at 100,000 documents they take
    /// over 100 MB, and nothing asks for them later.
    mutating func forgetDocuments() { (mentionEntity, speakerEntity) = ([], []) }

    /// The entity of mention `mention` of document `doc`.
    func entityIndex(doc: Int, mention: Int) -> Int? {
        guard doc < mentionEntity.count, mention < mentionEntity[doc].count else { return nil }
        return mentionEntity[doc][mention]
    }

    /// The entity speaking quotation `quotation` of document `doc`, nil when the speaker is unknown.
    func speakerIndex(doc: Int, quotation: Int) -> Int? {
        guard doc < speakerEntity.count, quotation < speakerEntity[doc].count else { return nil }
        return speakerEntity[doc][quotation]
    }
}

extension EntityResolver {
    /// Writes what finding entities by name needs (the per-document tables serve only the extraction).
    func encode(into e: inout AnnotationsEncoder) {
        e.int(entities.count)
        for entity in entities {
            e.string(entity.canonical); e.int(EntityKind.allCases.firstIndex(of: entity.kind)!)
            e.strings(entity.variants); e.strings(entity.roles)
        }
        e.int(variants.count)
        for v in variants {
            e.string(v.name); e.string(v.surface); e.int(EntityKind.allCases.firstIndex(of: v.kind)!); e.optionalString(v.role)
        }
        e.int(byKey.count)
        for (key, entity) in byKey.sorted(by: { $0.key < $1.key }) { e.string(key); e.int(entity) }
        for table in [bySurname, byFirstName] {
            e.int(table.count)
            for (word, set) in table.sorted(by: { $0.key < $1.key }) { e.string(word); e.ints(set.sorted()) }
        }
    }

    /// Reads what `encode` wrote, checking every entity number.
    init(decoding d: inout AnnotationsDecoder) throws(SnapshotProblem) {
        let count = try d.count()
        for _ in 0..<count {
            entities.append(ResolvedEntity(canonical: try d.string(), kind: try d.kind(), variants: try d.strings(), roles: try d.strings()))
        }
        for _ in 0..<(try d.count()) {
            variants.append(Variant(name: try d.string(), surface: try d.string(), kind: try d.kind(), role: try d.optionalString()))
        }
        for _ in 0..<(try d.count()) { byKey[try d.string()] = try d.int(below: count) }
        for t in 0..<2 {
            var table: [String: Set<Int>] = [:]
            for _ in 0..<(try d.count()) { table[try d.string()] = Set(try d.ints(below: count)) }
            if t == 0 { bySurname = table } else { byFirstName = table }
        }
    }
}
