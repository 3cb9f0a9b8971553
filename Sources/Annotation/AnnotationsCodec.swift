#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CorpusModel

/// Writes annotations for the file kept beside a corpus snapshot (`SnapshotCompanion`): every
/// distinct name, cue, unit or label once in a table at the front, numbers as LEB128.
struct AnnotationsEncoder {
    private var body = SnapshotEncoder()
    private var table: [String: Int] = [:]
    private var strings: [String] = []

    mutating func int(_ v: Int) { body.int(v) }
    mutating func bool(_ b: Bool) { body.bool(b) }
    mutating func double(_ v: Double) { body.double(v) }
    mutating func optionalInt(_ v: Int?) { body.optionalInt(v) }
    mutating func ints(_ vs: [Int]) { body.int(vs.count); vs.forEach { body.int($0) } }

    /// A string from the table (one that recurs).
    mutating func string(_ s: String) { body.int(number(s)) }
    mutating func optionalString(_ s: String?) { body.int(s.map { number($0) + 1 } ?? 0) }
    mutating func strings(_ ss: [String]) { body.int(ss.count); ss.forEach { string($0) } }
    /// A string written where it is (one that does not recur).
    mutating func inline(_ s: String) { body.string(s) }
    mutating func raw(_ p: UnsafeRawBufferPointer) { body.raw(p) }
    mutating func reserve(_ count: Int) { body.reserve(count) }

    private mutating func number(_ s: String) -> Int {
        if let n = table[s] { return n }
        table[s] = strings.count
        strings.append(s)
        return strings.count - 1
    }

    /// The table, then everything else.
    /// The table of strings, then the body: the body (most of the bytes) is moved, and the table put
    /// in front of it in place, so that it is not held twice.
    mutating func finish() -> [UInt8] {
        var head = SnapshotEncoder()
        head.int(strings.count)
        strings.forEach { head.string($0) }
        var out = body.take()
        out.insert(contentsOf: head.bytes, at: 0)
        return out
    }
}

/// Reads what `AnnotationsEncoder` wrote; every count, number and reference is checked.
struct AnnotationsDecoder {
    private var d: SnapshotDecoder
    private let table: [String]

    init(_ bytes: UnsafeRawBufferPointer) throws(SnapshotProblem) {
        var d = SnapshotDecoder(bytes, section: "annotations")
        var table: [String] = []
        for _ in 0..<(try d.int(in: 0...d.remaining)) { table.append(try d.string()) }
        (self.d, self.table) = (d, table)
    }

    /// How many bytes are left to read.
    var remaining: Int { d.remaining }
    mutating func int() throws(SnapshotProblem) -> Int { try d.int(in: -Int(Int32.max)...Int(Int32.max)) }
    mutating func int(in range: ClosedRange<Int>) throws(SnapshotProblem) -> Int { try d.int(in: range) }
    mutating func int(below n: Int) throws(SnapshotProblem) -> Int {
        guard n > 0 else { throw .corrupt("a number in its annotations is out of range") }
        return try d.int(in: 0...(n - 1))
    }
    /// A number of things to read (each takes at least a byte of what is left, so a damaged count is
    /// caught here, before anything is reserved or read for it).
    mutating func count() throws(SnapshotProblem) -> Int { try d.int(in: 0...d.remaining) }
    mutating func bool() throws(SnapshotProblem) -> Bool { try d.bool() }
    mutating func double() throws(SnapshotProblem) -> Double {
        let v = try d.double()
        guard v.isFinite, abs(v) <= 1e18 else { throw .corrupt("a figure in its annotations is out of range") }
        return v
    }
    mutating func optionalInt(in range: ClosedRange<Int>) throws(SnapshotProblem) -> Int? { try d.bool() ? try d.int(in: range) : nil }
    mutating func ints(below n: Int) throws(SnapshotProblem) -> [Int] {
        var out: [Int] = []
        for _ in 0..<(try count()) { out.append(try int(below: n)) }
        return out
    }
    mutating func string() throws(SnapshotProblem) -> String { table[try int(below: table.count)] }
    mutating func optionalString() throws(SnapshotProblem) -> String? {
        let n = try d.int(in: 0...table.count)
        return n == 0 ? nil : table[n - 1]
    }
    mutating func strings() throws(SnapshotProblem) -> [String] {
        var out: [String] = []
        for _ in 0..<(try count()) { out.append(try string()) }
        return out
    }
    mutating func inline() throws(SnapshotProblem) -> String { try d.string() }
    mutating func raw() throws(SnapshotProblem) -> UnsafeRawBufferPointer { try d.raw() }
    mutating func kind() throws(SnapshotProblem) -> EntityKind { EntityKind.allCases[try int(below: EntityKind.allCases.count)] }
    func finish() throws(SnapshotProblem) { try d.finish() }
}

extension Annotations {
    /// The annotations as the file beside the snapshot keeps them: the quotations packed as they are
    /// in memory (`QuoteList`), the rest as numbers, texts and references to the table of strings.
    /// Reading them touches no page of the corpus text (a figure's text is written out: reading it from
    /// the text would bring most of a large corpus's text into memory).
    func encoded(_ corpus: Corpus) -> [UInt8] {
        var e = AnnotationsEncoder()
        // more than the quotations, figures and entities' documents take
        e.reserve(quotes.packed.count * MemoryLayout<PackedQuote>.stride + figures.count * 256
                  + documents.reduce(0) { $0 + $1.count } * 8 + (4 << 20))
        e.int(corpus.documents.count)
        resolver.encode(into: &e)
        e.int(quantities.count)
        for q in quantities {
            e.string(q.happening); e.string(q.counted); e.bool(q.isPart)
            e.optionalString(q.place); e.optionalString(q.agent); e.optionalString(q.event)
            e.optionalInt(q.day); e.optionalInt(q.weekday)
            e.ints(q.claims); e.string(q.status.rawValue); e.string(q.name)
        }
        var previous = 0
        e.int(figures.count)
        for r in figures {
            let c = r.claim, base = corpus.documents[r.document].bytes.lowerBound
            e.int(r.document - previous)
            previous = r.document
            place(r.bytes, c.start..<c.end, base, &e)
            e.inline(c.text)
            e.double(c.value); e.string(c.unit); e.optionalString(c.hedge); e.string(c.happening); e.string(c.counted)
            e.bool(c.isPart); e.optionalString(c.place); e.optionalString(c.agent); e.optionalString(c.event)
            switch c.time {
            case nil: e.int(0)
            case .weekday(let w)?: e.int(1); e.int(w)
            case .relative(let d)?: e.int(2); e.int(d)
            case .monthDay(let m, let d)?: e.int(3); e.int(m); e.int(d)
            }
            e.optionalString(c.givenBy); e.bool(c.isHeadline); e.bool(c.isRevision)
            e.int(r.quantity)
        }
        e.ints(outlets.map(Int.init))
        for counts in [quoteCounts, mentionCounts, speakers, entityOrder] { e.ints(counts) }
        documents.forEach { e.ints($0) }
        e.strings(quotes.names)
        e.int(quotes.extras.count)
        for x in quotes.extras {
            e.int(x.parts.count)
            for p in x.parts { e.int(p.lowerBound); e.int(p.count) }
            e.inline(x.text)
            e.ints(x.members.map(Int.init))
        }
        quotes.packed.withUnsafeBytes { e.raw($0) }
        return e.finish()
    }

    /// A record's corpus byte range and its annotation's document offsets (the same place, as a rule).
    private func place(_ bytes: Range<Int>, _ offsets: Range<Int>, _ base: Int, _ e: inout AnnotationsEncoder) {
        e.int(bytes.lowerBound - base); e.int(bytes.count)
        e.int(offsets.lowerBound - (bytes.lowerBound - base)); e.int(offsets.count - bytes.count)
    }

    /// Reads what `encoded` wrote for `corpus`; throws what it finds wrong (nothing it reads can make a query trap).
    init(decoding bytes: UnsafeRawBufferPointer, of corpus: Corpus) throws(SnapshotProblem) {
        var d = try AnnotationsDecoder(bytes)
        let n = corpus.documents.count
        guard try d.count() == n, n > 0 else { throw .corrupt("its annotations are of another corpus") }
        let resolver = try EntityResolver(decoding: &d)
        let entityCount = resolver.entities.count
        var document = 0
        /// The next record's document, its corpus byte range and its annotation's document offsets.
        func place() throws(SnapshotProblem) -> (Int, Range<Int>, Range<Int>) {
            document = try d.int(in: 0...(n - 1 - document)) + document
            let span = corpus.documents[document].bytes
            let start = try d.int(in: 0...span.count), count = try d.int(in: 0...(span.count - start))
            let offset = try d.int(in: -start...(span.count - start)) + start
            let length = try d.int(in: -count...(span.count - offset - count)) + count
            return (document, span.lowerBound + start..<span.lowerBound + start + count, offset..<offset + length)
        }
        var quantities: [FigureQuantity] = []
        for _ in 0..<(try d.count()) {
            var q = FigureQuantity(happening: try d.string(), counted: try d.string(), isPart: try d.bool(), place: try d.optionalString(),
                                   agent: try d.optionalString(), event: try d.optionalString(),
                                   day: try d.optionalInt(in: 0...10_000_000), weekday: try d.optionalInt(in: 0...6),
                                   claims: try d.ints(below: Int(Int32.max)))
            guard !q.claims.isEmpty, let status = QuantityStatus(rawValue: try d.string()) else {
                throw .corrupt("a quantity in its annotations is damaged")
            }
            (q.status, q.name) = (status, try d.string())
            quantities.append(q)
        }
        var figures: [FigureRecord] = []
        let figureCount = try d.count()
        figures.reserveCapacity(min(figureCount, d.remaining / 16))   // a figure takes 16 bytes at the least
        for _ in 0..<figureCount {
            let (doc, bytes, offsets) = try place()
            var c = FigureClaim(start: offsets.lowerBound, end: offsets.upperBound, text: try d.inline(), value: try d.double(),
                                unit: try d.string(), hedge: try d.optionalString())
            (c.happening, c.counted, c.isPart) = (try d.string(), try d.string(), try d.bool())
            (c.place, c.agent, c.event) = (try d.optionalString(), try d.optionalString(), try d.optionalString())
            switch try d.int(in: 0...3) {
            case 0: c.time = nil
            case 1: c.time = .weekday(try d.int(in: 0...6))
            case 2: c.time = .relative(try d.int(in: -100_000...100_000))
            default: c.time = .monthDay(month: try d.int(in: 1...12), day: try d.int(in: 1...31))
            }
            (c.givenBy, c.isHeadline, c.isRevision) = (try d.optionalString(), try d.bool(), try d.bool())
            figures.append(FigureRecord(document: doc, claim: c, bytes: bytes, quantity: try d.int(below: quantities.count)))
        }
        guard quantities.allSatisfy({ $0.claims.allSatisfy { $0 < figureCount } }) else { throw .corrupt("a quantity's figure is out of range") }
        let outlets = try d.ints(below: n).map(Int32.init)
        let quoteCounts = try d.ints(below: Int(Int32.max)), mentionCounts = try d.ints(below: Int(Int32.max))
        let speakers = try d.ints(below: entityCount), order = try d.ints(below: entityCount)
        var documents: [[Int]] = []
        for _ in 0..<entityCount { documents.append(try d.ints(below: n)) }
        let quotes = try Self.quotes(&d, corpus, entities: entityCount)
        try d.finish()
        guard outlets.count == n, quoteCounts.count == entityCount, mentionCounts.count == entityCount, order.count <= entityCount else {
            throw .corrupt("its annotations' tables disagree")
        }
        self.init(quotes: quotes, figures: figures, quantities: quantities, outlets: outlets, resolver: resolver, quoteCounts: quoteCounts,
                  mentionCounts: mentionCounts, documents: documents, speakers: speakers, entityOrder: order)
    }
}

extension Annotations {
    /// Reads the quotations `encoded` wrote, checking every number of every packed quotation.
    private static func quotes(_ d: inout AnnotationsDecoder, _ corpus: Corpus, entities: Int) throws(SnapshotProblem) -> QuoteList {
        let names = try d.strings()
        var extras: [QuoteExtra] = []
        for _ in 0..<(try d.count()) {
            var parts: [Range<Int>] = []
            for _ in 0..<(try d.count()) {
                let start = try d.int(in: 0...Int(UInt32.max))
                parts.append(start..<start + (try d.int(in: 0...Int(UInt32.max))))
            }
            extras.append(QuoteExtra(parts: parts, text: try d.inline(), members: try d.ints(below: entities).map(Int32.init)))
        }
        let raw = try d.raw()
        let stride = MemoryLayout<PackedQuote>.stride
        guard raw.count % stride == 0 else { throw .corrupt("its quotations have the wrong size") }
        let packed = [PackedQuote](unsafeUninitializedCapacity: raw.count / stride) { buffer, count in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            count = raw.count / stride
        }
        let documents = corpus.documents
        var previous = 0
        for p in packed {
            let d = Int(p.document)
            guard d >= previous, d < documents.count else { throw .corrupt("its quotations are out of order") }
            previous = d
            let span = documents[d].bytes
            func within(_ n: Int32, _ limit: Int) -> Bool { n >= -1 && Int(n) < limit }
            guard span.lowerBound <= Int(p.byteStart), p.byteStart <= p.byteEnd, Int(p.byteEnd) <= span.upperBound,
                  within(p.speaker, names.count), within(p.cue, names.count), within(p.asWritten, names.count),
                  within(p.entity, entities), p.mention >= -1, within(p.extra, extras.count),
                  Int(p.kind) < QuoteKind.allCases.count, Int(p.speakerKind) <= EntityKind.allCases.count,
                  Int(p.trimStart) + Int(p.trimEnd) <= Int(p.byteEnd - p.byteStart),
                  p.extra < 0 || extras[Int(p.extra)].parts.allSatisfy({ $0.upperBound <= span.count }) else {
                throw .corrupt("a quotation in its annotations is damaged")
            }
        }
        return QuoteList(packed: packed, names: names, extras: extras, text: corpus.text, documentStarts: documents.map(\.bytes.lowerBound))
    }
}
