#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CorpusModel
import TextAnalysis

extension Annotations {
    /// A quotation as `QuoteList` keeps it, in 40 bytes: its text as its span in the corpus text less
    /// a few bytes at each end (its marks), its speaker's name, cue and words as numbers in the list's table.
    struct PackedQuote: BitwiseCopyable, Sendable {
        var document: UInt32, byteStart: UInt32, byteEnd: UInt32
        /// Numbers in `QuoteList.names`, -1 for none.
        var speaker: Int32, cue: Int32, asWritten: Int32
        /// The resolved speaker (an entity) and the mention naming it in its document, -1 for none.
        var entity: Int32, mention: Int32
        /// The quotation's entry in `QuoteList.extras`, -1 for none.
        var extra: Int32
        /// `QuoteKind` and `EntityKind` (plus one; 0 for none) as their index in `allCases`.
        var kind: UInt8, speakerKind: UInt8
        var trimStart: UInt8, trimEnd: UInt8

        /// Whom it counts for, of `extras` (its list's): a joint speaker's members, else its speaker (`entity`).
        func credited(_ extras: [QuoteExtra]) -> [Int32] {
            let members = extra < 0 ? [] : extras[Int(extra)].members
            return members.isEmpty ? (entity < 0 ? [] : [entity]) : members
        }
    }

    /// What the few quotations that do not fit `PackedQuote` have: pieces (an attribution between
    /// them), a text that is not one span of the corpus text, or a joint speaker's members.
    struct QuoteExtra: Sendable {
        var parts: [Range<Int>]
        var text: String
        /// The entity of each person a joint speaker ("Jo Hale and Ed Roe") joins; empty for one speaker.
        var members: [Int32] = []
    }

    /// A quotation with its document, resolved speaker and place in the corpus text.
    package struct QuoteRecord: Sendable {
        fileprivate let list: QuoteList
        fileprivate let packed: PackedQuote

        package var document: Int { Int(packed.document) }
        /// Index into `entities` of the speaker, if resolved (a joint speaker is one entity: "Jo Hale and Ed Roe").
        package var speaker: Int? { packed.entity < 0 ? nil : Int(packed.entity) }
        /// For a joint speaker, the entity of each person it joins; empty otherwise.
        package var members: [Int] { packed.extra < 0 ? [] : list.extras[Int(packed.extra)].members.map(Int.init) }
        /// The entities the quotation counts for ("who said it"): a joint speaker's members, else its speaker.
        package var credited: [Int] { packed.credited(list.extras).map(Int.init) }
        /// Whether the quotation counts for an entity `wanted` holds: its speaker, or one its joint speaker joins.
        package func isCredited(to wanted: (Int) -> Bool) -> Bool {
            packed.entity >= 0 && (wanted(Int(packed.entity))
                                   || (packed.extra >= 0 && list.extras[Int(packed.extra)].members.contains { wanted(Int($0)) }))
        }
        /// Byte range in the corpus text.
        package var bytes: Range<Int> { Int(packed.byteStart)..<Int(packed.byteEnd) }
        /// The quotation, made from the packed form (its text read from the corpus text).
        package var quotation: Quotation { list.quotation(packed) }
    }

    /// The quotations of a corpus in corpus order, packed (`PackedQuote`) so that a million of them
    /// take 40 MB and read back from a snapshot at once; each is unpacked when it is read.
    package final class QuoteList: RandomAccessCollection, Sendable {
        let packed: [PackedQuote]
        let names: [String]
        let extras: [QuoteExtra]
        /// The corpus text, and where each document starts in it.
        let text: FlatArray<UInt8>
        let documentStarts: [Int]

        init(packed: [PackedQuote], names: [String], extras: [QuoteExtra], text: FlatArray<UInt8>, documentStarts: [Int]) {
            (self.packed, self.names, self.extras, self.text, self.documentStarts) = (packed, names, extras, text, documentStarts)
        }

        package var startIndex: Int { 0 }
        package var endIndex: Int { packed.count }
        package subscript(i: Int) -> QuoteRecord { QuoteRecord(list: self, packed: packed[i]) }

        /// Quotation `i`'s id: the locator of the sentence it starts in, with `.N` added for the Nth
        /// (N ≥ 2) quotation starting in that sentence (`000:5:2`, `000:5:2.2`), so that two quotations of
        /// one sentence are told apart; the document's id for one outside every sentence. Quotations are
        /// in corpus order (by start within a document), so a sentence's earlier ones are just before `i`.
        package func id(_ i: Int, in corpus: Corpus) -> String {
            let (d, start) = (packed[i].document, Int(packed[i].byteStart))
            guard let s = corpus.sentence(containingByte: start) else { return corpus.documents[Int(d)].shortID }
            let sentenceStart = corpus.sentenceByteRange(s).lowerBound
            var j = i
            while j > 0, packed[j - 1].document == d, Int(packed[j - 1].byteStart) >= sentenceStart { j -= 1 }
            return i == j ? corpus.locator(sentence: s) : "\(corpus.locator(sentence: s)).\(i - j + 1)"
        }

        fileprivate func quotation(_ p: PackedQuote) -> Quotation {
            func name(_ n: Int32) -> String? { n < 0 ? nil : names[Int(n)] }
            let base = documentStarts[Int(p.document)]
            let x = p.extra < 0 ? nil : extras[Int(p.extra)]
            let words = x?.text ?? text.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[(Int(p.byteStart) + Int(p.trimStart))..<(Int(p.byteEnd) - Int(p.trimEnd))]), as: UTF8.self)
            }
            var q = Quotation(kind: QuoteKind.allCases[Int(p.kind)], start: Int(p.byteStart) - base, end: Int(p.byteEnd) - base, text: words,
                              speaker: name(p.speaker), cue: name(p.cue),
                              speakerKind: p.speakerKind == 0 ? nil : EntityKind.allCases[Int(p.speakerKind) - 1],
                              speakerMention: p.mention < 0 ? nil : Int(p.mention))
            q.asWritten = name(p.asWritten)
            q.parts = x?.parts ?? []
            return q
        }
    }

    /// Packs quotations into a `QuoteList` as they are found.
    struct QuoteListBuilder {
        private(set) var packed: [PackedQuote] = []
        private var names = KeyNumbers<String>()
        private var extras: [QuoteExtra] = []
        private let text: FlatArray<UInt8>

        init(_ corpus: Corpus, capacity: Int = 0) {
            text = corpus.text
            packed.reserveCapacity(capacity)
        }

        /// The number of `s` in `names`, a new one if it is not there yet; -1 for nil.
        private mutating func number(_ s: String?) -> Int32 {
            guard let s else { return -1 }
            return names.number(s, key: WordKey.hash(s))
        }

        /// The number of quotations added.
        var count: Int { packed.count }

        /// Adds quotation `q` of `document`, spoken by entity `speaker` (a joint speaker: joining the entities
        /// `members`); `documentText` is the document's text (`q`'s offsets are in it), which starts at corpus byte `base`.
        mutating func append(document: Int, _ q: Quotation, speaker: Int?, members: [Int32], base: Int, documentText: UnsafeBufferPointer<UInt8>) {
            let trims = q.parts.isEmpty ? Self.trims(q.text, q.start..<q.end, documentText) : nil
            let bytes = base + q.start..<base + q.end
            let members = speaker == nil ? [] : members
            let extra = trims == nil || !members.isEmpty
            if extra { extras.append(QuoteExtra(parts: q.parts, text: q.text, members: members)) }
            packed.append(PackedQuote(document: UInt32(document), byteStart: UInt32(bytes.lowerBound), byteEnd: UInt32(bytes.upperBound),
                                      speaker: number(q.speaker), cue: number(q.cue), asWritten: number(q.asWritten),
                                      entity: Int32(speaker ?? -1), mention: Int32(q.speakerMention ?? -1),
                                      extra: extra ? Int32(extras.count - 1) : -1,
                                      kind: UInt8(QuoteKind.allCases.firstIndex(of: q.kind)!),
                                      speakerKind: q.speakerKind.map { UInt8(EntityKind.allCases.firstIndex(of: $0)! + 1) } ?? 0,
                                      trimStart: trims?.0 ?? 0, trimEnd: trims?.1 ?? 0))
        }

        /// How many bytes (at most 8) to leave off each end of `span` of `corpus` (a text) so that it reads `words`.
        static func trims(_ words: String, _ span: Range<Int>, _ corpus: UnsafeBufferPointer<UInt8>) -> (UInt8, UInt8)? {
            var words = words
            return words.withUTF8 { t in
                let extra = span.count - t.count
                guard extra >= 0 else { return nil }
                for a in 0...min(8, extra) where extra - a <= 8 {
                    if t.count == 0 || memcmp(t.baseAddress!, corpus.baseAddress! + span.lowerBound + a, t.count) == 0 {
                        return (UInt8(a), UInt8(extra - a))
                    }
                }
                return nil
            }
        }

        /// The speaker numbers quotation `i` counts for: its members', else its speaker's.
        func credited(_ i: Int) -> [Int32] { packed[i].credited(extras) }

        /// Adds the quotations of `part` (a list of later documents, its names numbered in its own
        /// table), each spoken by `speaker(s)` for the speaker number `s` that `part` gives it (not -1),
        /// and so its members.
        mutating func append(contentsOf part: QuoteListBuilder, speaker: (Int32) -> Int32) {
            let renumber = part.names.values.map { number($0) }
            func name(_ n: Int32) -> Int32 { n < 0 ? -1 : renumber[Int(n)] }
            let extraBase = Int32(extras.count)
            extras += part.extras.map { x in
                // two of the names may be one entity's
                var x = x, seen = Set<Int32>()
                x.members = x.members.map(speaker).filter { seen.insert($0).inserted }
                return x
            }
            packed.reserveCapacity(packed.count + part.packed.count)
            for var p in part.packed {
                (p.speaker, p.cue, p.asWritten) = (name(p.speaker), name(p.cue), name(p.asWritten))
                if p.entity >= 0 { p.entity = speaker(p.entity) }
                if p.extra >= 0 { p.extra += extraBase }
                packed.append(p)
            }
        }

        func list(_ corpus: Corpus) -> QuoteList {
            QuoteList(packed: packed, names: names.values, extras: extras, text: text, documentStarts: corpus.documents.map(\.bytes.lowerBound))
        }
    }
}
