import CorpusModel
import Dispatch
import Synchronization
import TextAnalysis

/// Quotations, entity mentions and resolved entities of a corpus.
///
/// Extracted from every document (on both cores) the first time a query needs them, then kept; for
/// a corpus opened through its snapshot, also kept in a file beside the snapshot (`SnapshotCompanion`,
/// `AnnotationsCodec.swift`), which later processes read instead of extracting again.
package struct Annotations: Sendable {
    /// A numeric claim with its document, place in the corpus text and quantity.
    package struct FigureRecord: Sendable {
        package let document: Int
        package let claim: FigureClaim
        package let bytes: Range<Int>
        /// Index into `quantities`.
        package internal(set) var quantity: Int
    }

    package let quotes: QuoteList
    package let figures: [FigureRecord]
    /// Claims about the same real-world quantity, grouped across the corpus, in order of their first claim.
    package let quantities: [FigureQuantity]
    /// Per document, its outlet: the number of its source, or its own number when it has none.
    package let outlets: [Int32]
    package let resolver: EntityResolver
    /// Per entity: quotations attributed to it, mentions, and the documents it is mentioned or quoted in.
    package let quoteCounts: [Int]
    package let mentionCounts: [Int]
    package let documents: [[Int]]
    /// Entities that speak at least once, most quoted first (ties by name); a joint speaker ("Jo Hale and
    /// Ed Roe") is not one: its quotations count for each person it joins.
    package let speakers: [Int]
    /// The entities named or quoted, most mentioned first (ties by name): not joint speakers.
    package let entityOrder: [Int]

    package var entities: [ResolvedEntity] { resolver.entities }

    /// Extracts the annotations of every document; nil if `stop` turns true first (it is polled per
    /// document). `progress` is told the number of documents done at the start, every 64 documents, and
    /// when all are read, before their names are merged.
    static func build(_ corpus: Corpus, corpusVariants: [EntityResolver.Variant]? = nil, corpusQuantities: CorpusQuantities? = nil,
                      unlessStopped stop: @escaping @Sendable () -> Bool,
                      progress: @escaping @Sendable (Int) -> Void = { _ in }) -> Annotations? {
        let n = corpus.documents.count
        let chunk = max(1, n / 64), chunks = (n + chunk - 1) / chunk
        // Each chunk writes its own slot.
        nonisolated(unsafe) let extracted = UnsafeMutableBufferPointer<ExtractedChunk?>.allocate(capacity: chunks)
        extracted.initialize(repeating: nil)
        defer { extracted.deinitialize().deallocate() }
        let stopped = Atomic<Bool>(false), finished = Atomic<Int>(0)
        progress(0)
        Parallel.forEach(chunks) { c in
            var part = ExtractedChunk(corpus)
            for d in (c * chunk)..<min(n, (c + 1) * chunk) {
                if stopped.load(ordering: .relaxed) || stop() { return stopped.store(true, ordering: .relaxed) }
                part.add(document: d, of: corpus)
                if finished.add(1, ordering: .relaxed).newValue & 63 == 0 { progress(finished.load(ordering: .relaxed)) }
            }
            extracted[c] = part
        }
        if stopped.load(ordering: .relaxed) { return nil }
        progress(n)   // all read: the merge, which `Annotations.progress` names, begins
        // What the workers freed (each document's analysis) stays in their arenas, out of reach of this thread.
        Parallel.releaseFreeMemory()
        // The variants of the corpus in order of first occurrence (of the whole corpus first, when given):
        // each chunk's own order, chunk after chunk.
        var numbers = EntityResolver.VariantNumbers()
        for v in corpusVariants ?? [] { _ = numbers.number(v) }
        let corpusNumber = (0..<chunks).map { c in extracted[c]!.variants.variants.map { numbers.number($0) } }
        var entityOfVariant: [Int] = []
        let resolver = EntityResolver(variants: numbers.variants, entityOfVariant: &entityOfVariant)
        let count = resolver.entities.count
        var quotes = QuoteListBuilder(corpus, capacity: (0..<chunks).reduce(0) { $0 + extracted[$1]!.quotes.count })
        var figures: [FigureRecord] = []
        figures.reserveCapacity((0..<chunks).reduce(0) { $0 + extracted[$1]!.figures.count })
        var quoteCounts = [Int](repeating: 0, count: count), mentionCounts = quoteCounts
        var docs = [[Int]](repeating: [], count: count)
        /// Records that entity `e` occurs in document `d` (documents come in order, so a check of the last suffices).
        func note(_ e: Int, _ d: Int) { if docs[e].last != d { docs[e].append(d) } }
        for c in 0..<chunks {
            // Each chunk is let go of once merged, and what they held given back now and then (it is
            // in the workers' arenas), so that the chunks and the whole are not all held at once.
            if c % 8 == 7 { Parallel.releaseFreeMemory() }
            if stop() { return nil }
            let part = extracted[c].take()!
            let entity = { (v: Int32) in entityOfVariant[Int(corpusNumber[c][Int(v)])] }
            var q = 0, m = 0
            for (i, d) in ((c * chunk)..<min(n, (c + 1) * chunk)).enumerated() {
                while q < part.quotes.packed.count && part.quotes.packed[q].document == d {
                    // a joint speaker's quotation counts once for each person it joins, not for the joint
                    let credited = part.quotes.credited(q).map(entity)
                    for (k, e) in credited.enumerated() where !credited[..<k].contains(e) {
                        quoteCounts[e] += 1
                        note(e, d)
                    }
                    q += 1
                }
                while m < part.mentionEnds[i] {
                    let e = entity(part.mentionVariants[m])
                    mentionCounts[e] += 1
                    note(e, d)
                    m += 1
                }
            }
            quotes.append(contentsOf: part.quotes) { Int32(entity($0)) }
            for (f, figure) in part.figures.enumerated() {
                // the speaker of a quotation that holds the figure gives it
                var claim = figure.claim
                if part.figureSpeakers[f] >= 0 { claim.givenBy = resolver.entities[entity(part.figureSpeakers[f])].canonical }
                figures.append(FigureRecord(document: figure.document, claim: claim, bytes: figure.bytes, quantity: -1))
            }
        }
        var outletNumbers: [String: Int32] = [:]
        let outlets = corpus.documents.indices.map { d in
            let source = corpus.documents[d].metadata.source
            let key = source.isEmpty ? "\u{1F}\(d)" : source
            if let n = outletNumbers[key] { return n }
            outletNumbers[key] = Int32(outletNumbers.count)
            return Int32(outletNumbers.count - 1)
        }
        let input = figures.map { FigureInput(claim: $0.claim, document: $0.document, date: corpus.documents[$0.document].date,
                                              outlet: outlets[$0.document]) }
        guard let (quantities, figureQuantity) = corpusQuantities.map({ ($0.quantities, $0.of) })
                ?? Annotations.quantities(input, unlessStopped: stop) else { return nil }
        for f in figures.indices { figures[f].quantity = figureQuantity[f] }
        Parallel.releaseFreeMemory()  // the chunks merged and what the grouping used
        let names = resolver.entities.map(\.canonical)
        let speakers = (0..<count).filter { quoteCounts[$0] > 0 }
            .sorted { quoteCounts[$0] != quoteCounts[$1] ? quoteCounts[$0] > quoteCounts[$1] : names[$0] < names[$1] }
        let order = (0..<count).filter { !docs[$0].isEmpty }.sorted {
            mentionCounts[$0] != mentionCounts[$1] ? mentionCounts[$0] > mentionCounts[$1] : names[$0] < names[$1]
        }
        return Annotations(quotes: quotes.list(corpus), figures: figures, quantities: quantities, outlets: outlets, resolver: resolver, quoteCounts: quoteCounts,
                           mentionCounts: mentionCounts, documents: docs, speakers: speakers, entityOrder: order)
    }
}

/// What extraction keeps of a run of documents until names are resolved across the corpus: their
/// quotations packed, their figures, and each name as the number of a variant in the run's own table
/// (not each document's whole analysis, which would hold every name as written many times over).
private struct ExtractedChunk {
    /// Each quotation's speaker number (and its members') is that of its variant in `variants` (-1 for none).
    var quotes: Annotations.QuoteListBuilder
    /// Figures, without the speaker of a quotation that holds them.
    var figures: [Annotations.FigureRecord] = []
    /// Per figure, the variant of the speaker of the last quotation that holds it, -1 for none.
    var figureSpeakers: [Int32] = []
    var variants = EntityResolver.VariantNumbers()
    /// The variant of every mention, document after document, and where each document's mentions end.
    var mentionVariants: [Int32] = []
    var mentionEnds: [Int] = []

    init(_ corpus: Corpus) { quotes = Annotations.QuoteListBuilder(corpus) }

    /// Extracts document `d` of `corpus` (the next one of the run) and keeps what the corpus needs of it.
    mutating func add(document d: Int, of corpus: Corpus) {
        let base = corpus.documents[d].bytes.lowerBound
        let text = ScannedText(bytes: corpus.withText { Array($0[corpus.documents[d].bytes]) })
        let analysis = QuotationExtractor.analyze(text, sentenceStarts: corpus.innerSentenceStarts(ofDocument: d))
        // Read in place: a loop over the elements copies each mention, its strings retained and released.
        analysis.mentions.withUnsafeBufferPointer { mentions in
            for m in mentions.indices { mentionVariants.append(variants.number(mention: mentions[m])) }
        }
        mentionEnds.append(mentionVariants.count)
        var speakers: [Int32] = []
        text.bytes.withUnsafeBufferPointer { documentText in
            // In place, as the mentions above.
            analysis.quotations.withUnsafeBufferPointer { quotations in
                for q in quotations.indices {
                    let speaker = EntityResolver.Variant(speakerOf: quotations[q], in: analysis).map { variants.number($0) } ?? -1
                    let members = EntityResolver.Variant.members(ofSpeakerOf: quotations[q], in: analysis).map { variants.number($0) }
                    speakers.append(speaker)
                    quotes.append(document: d, quotations[q], speaker: speaker < 0 ? nil : Int(speaker), members: members,
                                  base: base, documentText: documentText)
                }
            }
        }
        let holders = SpanHolders(analysis.quotations.map { $0.start..<$0.end })
        for claim in FigureExtractor.extract(text) {
            let holder = holders.last(holding: claim.start..<claim.end)
            figureSpeakers.append(holder.map { speakers[$0] } ?? -1)
            figures.append(Annotations.FigureRecord(document: d, claim: claim, bytes: base + claim.start..<base + claim.end, quantity: -1))
        }
    }
}

/// Which of a document's spans (its quotations) hold a given span, asked once per figure: spans ordered by
/// start with the furthest end so far, so a question looks only at the spans starting before it that may
/// still be open (a look at every span per figure took minutes on a document of many quotations).
struct SpanHolders {
    /// Span numbers ordered by start (ties by number).
    private let order: [Int]
    private let spans: [Range<Int>]
    /// For each place in `order`, the furthest end of the spans up to it.
    private let furthestEnd: [Int]

    init(_ spans: [Range<Int>]) {
        self.spans = spans
        order = spans.indices.sorted { (spans[$0].lowerBound, $0) < (spans[$1].lowerBound, $1) }
        var furthest = Int.min
        furthestEnd = order.map { furthest = max(furthest, spans[$0].upperBound); return furthest }
    }

    /// The highest-numbered span that holds `span`, or nil.
    func last(holding span: Range<Int>) -> Int? {
        // The spans starting at or before `span` come first in `order`: find where they end.
        var low = 0, high = order.count
        while low < high {
            let mid = (low + high) / 2
            if spans[order[mid]].lowerBound <= span.lowerBound { low = mid + 1 } else { high = mid }
        }
        var found: Int?
        var i = low - 1
        while i >= 0 && furthestEnd[i] >= span.upperBound {
            if spans[order[i]].upperBound >= span.upperBound { found = max(found ?? order[i], order[i]) }
            i -= 1
        }
        return found
    }
}

/// A figure as the grouping into quantities reads it: its claim, its document (any number that tells
/// documents apart), the document's date and its outlet (any number that tells outlets apart).
package struct FigureInput: Sendable {
    package let claim: FigureClaim
    package let document: Int
    package let date: PartialDate?
    package let outlet: Int32

    package init(claim: FigureClaim, document: Int, date: PartialDate?, outlet: Int32) {
        (self.claim, self.document, self.date, self.outlet) = (claim, document, date, outlet)
    }
}

extension Annotations {
    /// The quantities of `figures` (in corpus order), with their status and name, in order of their
    /// first claim; and each figure's quantity. One process gives its figures; the merge of shards all of theirs.
    package static func quantities(_ figures: [FigureInput], unlessStopped stop: () -> Bool) -> ([FigureQuantity], [Int])? {
        guard let (grouped, of) = QuantityGrouper.group(figures, unlessStopped: stop) else { return nil }
        // number the quantities in order of their first claim
        let order = grouped.indices.sorted { grouped[$0].claims[0] < grouped[$1].claims[0] }
        var renumber = [Int](repeating: 0, count: grouped.count)
        for (n, q) in order.enumerated() { renumber[q] = n }
        var labels: [String: Int] = [:]
        let quantities = order.map { q in
            var quantity = grouped[q]
            let claims = quantity.claims
            // Most quantities have one claim, or claims of one outlet: one report, whose claims need not be gathered.
            let outlets = claims.count == 1 ? 1 : Set(claims.map { figures[$0].outlet }).count
            quantity.status = outlets == 1 ? .oneReport
                : QuantityStatus.of(claims.map { figures[$0].claim }, days: claims.map { figures[$0].date?.julianDay }, outlets: outlets)
            // two quantities that read alike are told apart by a number
            let label = quantity.label
            func counted(_ n: inout Int) -> Int { n += 1; return n }
            let n = counted(&labels[label, default: 0])   // one look-up of the label, not two
            quantity.name = n == 1 ? label : label + " (\(n))"
            return quantity
        }
        return (quantities, of.map { renumber[$0] })
    }
}

/// The quantities of a whole corpus, kept with one of its shards: every quantity (`claims` left empty:
/// they are the whole corpus's), and the quantity of each of the shard's figures, in order.
package struct CorpusQuantities: Sendable {
    package let quantities: [FigureQuantity]
    package let of: [Int]

    package init(quantities: [FigureQuantity], of: [Int]) { (self.quantities, self.of) = (quantities, of) }
}

/// The name variants of a whole corpus, kept with one of its shards.
private struct CorpusVariants: Sendable {
    let variants: [EntityResolver.Variant]
}

extension Annotations {
    /// The step the progress line shows with `done` of `documents` read: finding what they hold, then,
    /// once all are read, merging their names across the corpus (a step with no measure).
    package static func progress(_ done: Int, of documents: Int) -> WorkProgress {
        done < documents || documents == 0 ? WorkProgress(task: "finding quotations, figures and names", done: done, total: documents)
            : WorkProgress(task: "merging names across \(documents.grouped) documents…", done: 0, total: 0)
    }
}

extension Corpus {
    /// Quotations, speakers and entities, extracted on first use.
    package var annotations: Annotations { annotations(unlessStopped: { false })! }

    /// The annotations, or nil if `stop` turns true while they are being extracted (nothing is kept then).
    /// `progress` is told how many documents are done, now and then.
    package func annotations(unlessStopped stop: @escaping @Sendable () -> Bool,
                             progress: @escaping @Sendable (Int) -> Void = { _ in }) -> Annotations? {
        if let made = derived.value({ nil as Annotations? }) { return made }   // every field of every row asks: one lock
        let shared = derived.value { nil as CorpusVariants? }?.variants
        let quantities = derived.value { nil as CorpusQuantities? }
        // A shard resolving against its whole corpus has annotations of that corpus: they are not kept.
        let kept = shared == nil && quantities == nil ? companion : nil
        return derived.value {
            if let read = kept?.read({ bytes throws(SnapshotProblem) in try Annotations(decoding: bytes, of: self) }) { return read }
            let built = Annotations.build(self, corpusVariants: shared, corpusQuantities: quantities, unlessStopped: stop, progress: progress)
            if let built, let kept { kept.write(built.encoded(self), isCancelled: stop) }
            return built
        }
    }

    /// Makes this corpus (a shard) resolve names against the name variants of the whole corpus it is
    /// part of, as `EntityResolver.variants` lists them: speakers and entities are then the whole corpus's.
    /// Call before the annotations are first used.
    package func resolveEntities(against variants: [EntityResolver.Variant]) {
        _ = derived.value { CorpusVariants(variants: variants) }
    }

    /// Makes this corpus (a shard) give its figures the quantities of the whole corpus it is part of
    /// (grouped by the merge of every shard's figures). Call before the annotations are first used.
    package func useQuantities(_ quantities: CorpusQuantities) {
        _ = derived.value { quantities as CorpusQuantities? }
    }

    /// Whether the annotations have been extracted already (completion only offers speakers then).
    package var hasAnnotations: Bool { derived.contains(Annotations.self) }
}
