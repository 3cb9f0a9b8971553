import TextAnalysis

/// Builds a `Corpus` one document at a time: cleans the text, segments it into paragraphs,
/// sentences and tokens, interns the tokens and derives missing metadata. Loaders stream documents
/// into it, so no second copy of the corpus text is ever held.
struct CorpusBuilder {
    private var text: [UInt8] = []
    private var paragraphs: [ParagraphSpan] = []
    private var sentences: [SentenceSpan] = []
    /// The first token of each sentence.
    private var sentenceStarts: [UInt32] = []
    private var tokens: [UInt32] = []
    private var vocabulary = Vocabulary()
    private var documents: [DocumentRecord] = []
    private var ids: Set<String> = []
    private(set) var warnings: [LoadWarning] = []

    init() {}

    /// Number of documents added so far.
    var documentCount: Int { documents.count }
    /// Bytes of text added so far.
    var byteCount: Int { text.count }

    /// Reserves room for about `bytes` of text, so the arrays do not double (and briefly hold two
    /// copies) while a large corpus loads.
    mutating func reserve(bytes: Int) {
        text.reserveCapacity(bytes)
        tokens.reserveCapacity(bytes / 6)
        sentences.reserveCapacity(bytes / 120)
        sentenceStarts.reserveCapacity(bytes / 120)
        paragraphs.reserveCapacity(bytes / 300)
    }

    /// Records a problem found by a loader.
    mutating func warn(_ warning: LoadWarning) { warnings.append(warning) }

    /// Adds a document. `origin` names the file (and `line` the record of a CSV, TSV or JSON file).
    mutating func add(id rawID: String, origin: String, line: Int? = nil, bytes raw: [UInt8], metadata: DocumentMetadata) {
        let file = origin
        let cleaned = TextCleaner.clean(raw, file: file, line: line, warnings: &warnings)
        if cleaned.isEmpty {
            warnings.append(LoadWarning(file: file, line: line, "empty document"))
        }
        var id = rawID
        if ids.contains(id) {
            var n = 2
            while ids.contains("\(rawID)~\(n)") { n += 1 }
            id = "\(rawID)~\(n)"
            warnings.append(LoadWarning(file: file, line: line, "duplicate id '\(rawID)'; this document is '\(id)'"))
        }
        ids.insert(id)

        let base = text.count
        let docIndex = UInt32(documents.count)
        let firstParagraph = paragraphs.count, firstSentence = sentences.count, firstToken = tokens.count
        var lines: [String] = []
        var isASCII = true
        cleaned.withUnsafeBufferPointer { p in
            let pieces = TextScanner.pieces(p)
            var piece = 0
            var lineStart = 0
            let n = p.count
            while lineStart <= n {
                var lineEnd = lineStart
                while lineEnd < n && p[lineEnd] != 0x0A { if p[lineEnd] >= 0x80 { isASCII = false }; lineEnd += 1 }
                if lines.count < MetadataDeriver.headerLines * 3 && lineEnd - lineStart < 2000 {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: p[lineStart..<lineEnd]), as: UTF8.self))
                }
                addParagraph(p, pieces, &piece, lineStart, lineEnd, base: base, document: docIndex)
                lineStart = lineEnd + 1
            }
        }
        text.append(contentsOf: cleaned)
        var meta = metadata
        MetadataDeriver.derive(&meta, lines: lines)
        let date = meta.date.isEmpty ? nil : DateParser.parse(meta.date)
        if !meta.date.isEmpty && date == nil {
            warnings.append(LoadWarning(file: file, line: line, "date '\(meta.date)' is not a date crq can read"))
        }
        documents.append(DocumentRecord(
            id: id, shortID: id, origin: line.map { "\(origin):\($0)" } ?? origin, line: line, metadata: meta, date: date,
            bytes: base..<text.count, paragraphs: firstParagraph..<paragraphs.count,
            sentences: firstSentence..<sentences.count, tokens: firstToken..<tokens.count, isASCII: isASCII))
    }

    /// Adds the paragraph of line `start..<end` of document text `p`, its sentences and their tokens
    /// (the index view of `pieces`, the document's one scan; `piece` is the first piece not yet passed).
    private mutating func addParagraph(_ p: UnsafeBufferPointer<UInt8>, _ pieces: [TextPiece], _ piece: inout Int,
                                       _ start: Int, _ end: Int, base: Int, document: UInt32) {
        guard let (s, e) = SentenceSplitter.paragraph(p, line: start, end).map({ ($0.lowerBound, $0.upperBound) }) else { return }
        let paragraph = UInt32(paragraphs.count)
        paragraphs.append(ParagraphSpan(byteStart: UInt32(base + s), byteEnd: UInt32(base + e),
                                        firstSentence: UInt32(sentences.count), document: document))
        for range in SentenceSplitter.split(p, from: s, to: e) {
            sentences.append(SentenceSpan(byteStart: UInt32(base + range.lowerBound), byteEnd: UInt32(base + range.upperBound),
                                          paragraph: paragraph))
            sentenceStarts.append(UInt32(tokens.count))
            while piece < pieces.count && pieces[piece].end <= range.lowerBound { piece += 1 }
            var last = piece
            while last < pieces.count && pieces[last].start < range.upperBound { last += 1 }
            Tokenizer.forEachToken(in: p, pieces, piece..<last) { ts, te in
                tokens.append(vocabulary.intern(p, ts, te))
            }
        }
    }

    /// Whether a document has the id `id`.
    func hasDocument(id: String) -> Bool { ids.contains(id) }

    /// Appends the documents of `part` (built by an empty builder, over documents whose ids none here
    /// has) after this builder's, as if they had been added here one by one.
    mutating func append(_ part: consuming CorpusBuilder) {
        let base = text.count, firstParagraph = paragraphs.count, firstSentence = sentences.count
        let firstToken = tokens.count, firstDocument = documents.count
        text.append(contentsOf: part.text)
        paragraphs.append(contentsOf: part.paragraphs.lazy.map {
            ParagraphSpan(byteStart: $0.byteStart + UInt32(base), byteEnd: $0.byteEnd + UInt32(base),
                          firstSentence: $0.firstSentence + UInt32(firstSentence), document: $0.document + UInt32(firstDocument))
        })
        sentences.append(contentsOf: part.sentences.lazy.map {
            SentenceSpan(byteStart: $0.byteStart + UInt32(base), byteEnd: $0.byteEnd + UInt32(base),
                         paragraph: $0.paragraph + UInt32(firstParagraph))
        })
        sentenceStarts.append(contentsOf: part.sentenceStarts.lazy.map { $0 + UInt32(firstToken) })
        let terms = vocabulary.absorb(part.vocabulary)
        terms.withUnsafeBufferPointer { map in tokens.append(contentsOf: part.tokens.lazy.map { map[Int($0)] }) }
        documents.append(contentsOf: part.documents.lazy.map {
            $0.moved(bytes: base, paragraphs: firstParagraph, sentences: firstSentence, tokens: firstToken)
        })
        warnings.append(contentsOf: part.warnings)
        ids.formUnion(part.ids)
    }

    /// Finishes the corpus: assigns short ids (those in `fixedShortIDs` as given: a shard's ids in
    /// its whole corpus) and builds the inverted index.
    consuming func build(name: String, seconds: Double = 0, fixedShortIDs: [String: String] = [:]) -> Corpus {
        let shortIDs = ShortIDs.assign(documents.map(\.id))
        for i in documents.indices { documents[i].shortID = fixedShortIDs[documents[i].id] ?? shortIDs[i] }
        let index = InvertedIndex(vocabulary: vocabulary, tokens: tokens)
        return Corpus(name: name, documents: documents, text: FlatArray(text), paragraphs: FlatArray(paragraphs),
                      sentences: FlatArray(sentences), sentenceStarts: FlatArray(sentenceStarts), index: index, warnings: warnings,
                      loadSeconds: seconds)
    }
}

/// Abbreviated document ids, as git abbreviates commits: the shortest prefix that is unique in the
/// corpus and ends at a natural boundary (`_`, `-`, `.`, or the end), so `000_ba6514e35100d3d6` is `000`.
enum ShortIDs {
    static func assign(_ ids: [String]) -> [String] {
        let order = ids.indices.sorted { ids[$0] < ids[$1] }
        let sorted = order.map { Array(ids[$0].utf8) }
        var out = ids
        for (rank, i) in order.enumerated() {
            let me = sorted[rank]
            var need = 1
            if rank > 0 { need = max(need, commonPrefix(me, sorted[rank - 1]) + 1) }
            if rank + 1 < sorted.count { need = max(need, commonPrefix(me, sorted[rank + 1]) + 1) }
            var cut = min(need, me.count)
            while cut < me.count && ![UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(me[cut]) { cut += 1 }
            out[i] = String(decoding: me[..<cut], as: UTF8.self)
        }
        return out
    }

    private static func commonPrefix(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var n = 0
        while n < a.count && n < b.count && a[n] == b[n] { n += 1 }
        return n
    }
}

extension Corpus {
    /// A corpus of no documents but with the given extra metadata fields: what the merge of shards'
    /// results runs against.
    package static func empty(name: String, extraFields: [String] = []) -> Corpus {
        Corpus(name: name, documents: [], text: FlatArray([]), paragraphs: FlatArray([]), sentences: FlatArray([]),
               sentenceStarts: FlatArray([]), index: InvertedIndex(vocabulary: Vocabulary(), tokens: []), warnings: [],
               loadSeconds: 0, extraFields: extraFields)
    }
}
