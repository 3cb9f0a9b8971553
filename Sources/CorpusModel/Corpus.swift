import TextAnalysis

/// An immutable, in-memory news corpus: documents → paragraphs → sentences → tokens, with an
/// inverted index. Built once by `CorpusBuilder`; every query reads it and none changes it.
///
/// All text lives in one UTF-8 buffer; paragraphs and sentences are byte spans into it, and tokens
/// are term ids in one global stream, so a 100,000-document corpus is a handful of flat arrays.
package final class Corpus: Sendable {
    package let name: String
    package let documents: [DocumentRecord]
    package let text: FlatArray<UInt8>
    let paragraphs: FlatArray<ParagraphSpan>
    let sentences: FlatArray<SentenceSpan>
    /// The first token of each sentence, paragraph and document.
    package let sentenceTokens: TokenStarts, paragraphTokens: TokenStarts, documentTokens: TokenStarts
    package let index: InvertedIndex
    package let warnings: [LoadWarning]
    /// Which terms word counts leave out (stop words, numbers, single characters).
    package let termFilter: TermFilter
    /// What higher layers derive from the corpus (its annotations, its reused passages), built on first use and kept here.
    package let derived = DerivedStore()
    /// How long loading and indexing took, in seconds.
    package let loadSeconds: Double
    /// The names of the documents' extra metadata fields (CSV columns, JSON keys, sidecar columns
    /// beyond the standard ones), in the order they first appear.
    package let extraFields: [String]
    /// Document indices by id, for exact lookups.
    private let byID: [String: Int]
    /// Document ids in sorted order with their indices, for prefix lookups.
    private let sortedIDs: [(id: String, index: Int)]

    init(name: String, documents: [DocumentRecord], text: FlatArray<UInt8>, paragraphs: FlatArray<ParagraphSpan>,
         sentences: FlatArray<SentenceSpan>, sentenceStarts: FlatArray<UInt32>, index: InvertedIndex, warnings: [LoadWarning],
         loadSeconds: Double, extraFields known: [String] = []) {
        self.loadSeconds = loadSeconds
        var seen = Set<String>()
        self.extraFields = (known + documents.flatMap { $0.metadata.extra.map(\.key) }).filter { seen.insert($0).inserted }
        self.name = name
        self.documents = documents
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.index = index
        let end = index.tokens.count
        let sentenceTokens = TokenStarts(starts: sentenceStarts, end: end)
        self.sentenceTokens = sentenceTokens
        self.paragraphTokens = TokenStarts(starts: FlatArray(paragraphs.map { UInt32(sentenceTokens.start(Int($0.firstSentence))) }), end: end)
        self.documentTokens = TokenStarts(starts: FlatArray(documents.map { UInt32($0.tokens.lowerBound) }), end: end)
        self.warnings = warnings
        self.termFilter = TermFilter(index.vocabulary)
        var byID: [String: Int] = [:]
        for (i, d) in documents.enumerated() { byID[d.id] = i }
        self.byID = byID
        self.sortedIDs = documents.enumerated().map { ($0.element.id, $0.offset) }.sorted { $0.id < $1.id }
    }

    package var paragraphCount: Int { paragraphs.count }
    package var sentenceCount: Int { sentences.count }
    package var tokenCount: Int { index.tokens.count }
    package var byteCount: Int { text.count }

    // MARK: Text

    /// The text of a byte range of the corpus buffer.
    package func string(_ range: Range<Int>) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    package func documentText(_ d: Int) -> String { string(documents[d].bytes) }
    package func paragraphText(_ p: Int) -> String { string(paragraphByteRange(p)) }
    package func sentenceText(_ s: Int) -> String { string(sentenceByteRange(s)) }

    package func paragraphByteRange(_ p: Int) -> Range<Int> { Int(paragraphs[p].byteStart)..<Int(paragraphs[p].byteEnd) }
    package func sentenceByteRange(_ s: Int) -> Range<Int> { Int(sentences[s].byteStart)..<Int(sentences[s].byteEnd) }

    /// Calls `body` with the whole corpus text; an error `body` throws is rethrown with its type.
    package func withText<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = text.withUnsafeBufferPointer { p in
            do throws(E) { return .success(try body(p)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    // MARK: Structure

    package func document(ofParagraph p: Int) -> Int { Int(paragraphs[p].document) }
    package func paragraph(ofSentence s: Int) -> Int { Int(sentences[s].paragraph) }
    package func document(ofSentence s: Int) -> Int { Int(paragraphs[Int(sentences[s].paragraph)].document) }

    /// The sentences of a paragraph.
    package func sentences(ofParagraph p: Int) -> Range<Int> {
        let start = Int(paragraphs[p].firstSentence)
        let end = p + 1 < paragraphs.count ? Int(paragraphs[p + 1].firstSentence) : sentences.count
        return start..<end
    }

    /// The global token positions of a sentence.
    package func tokens(ofSentence s: Int) -> Range<Int> { sentenceTokens.tokens(s) }

    /// The global token positions of a paragraph.
    package func tokens(ofParagraph p: Int) -> Range<Int> { paragraphTokens.tokens(p) }

    /// The global token positions of a document.
    func tokens(ofDocument d: Int) -> Range<Int> { documents[d].tokens }

    /// The sentence that holds the token at global position `t` (binary search).
    package func sentence(containingToken t: Int) -> Int { sentenceTokens.row(of: t) }

    /// The sentence that holds the byte at `b` of the corpus text, if any.
    package func sentence(containingByte b: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(sentences[mid].byteEnd) <= b { lo = mid + 1 } else { hi = mid }
        }
        guard lo < sentences.count, Int(sentences[lo].byteStart) <= b else { return nil }
        return lo
    }

    // MARK: Locators

    /// `doc:paragraph:sentence` with 1-based numbers within the document and paragraph (`000:5:2`).
    package func locator(sentence s: Int) -> String {
        let p = Int(sentences[s].paragraph)
        return "\(locator(paragraph: p)):\(s - Int(paragraphs[p].firstSentence) + 1)"
    }

    /// The locator of the sentence holding corpus byte `b` of document `d` (the document's id if none does):
    /// how quotations, figures and concordance lines point back to the text.
    package func locator(atByte b: Int, inDocument d: Int) -> String {
        sentence(containingByte: b).map { locator(sentence: $0) } ?? documents[d].shortID
    }

    /// `doc:paragraph` with a 1-based paragraph number (`000:5`).
    package func locator(paragraph p: Int) -> String {
        let d = Int(paragraphs[p].document)
        return "\(documents[d].shortID):\(p - documents[d].paragraphs.lowerBound + 1)"
    }

    /// Finds a document by exact id, short id, or unique id prefix (as git names commits).
    package func resolveDocument(_ name: String) throws(LocatorError) -> Int {
        if let i = byID[name] { return i }
        var lo = 0, hi = sortedIDs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sortedIDs[mid].id < name { lo = mid + 1 } else { hi = mid }
        }
        var matches: [Int] = []
        var k = lo
        while k < sortedIDs.count, sortedIDs[k].id.hasPrefix(name), matches.count < 6 {
            matches.append(sortedIDs[k].index)
            k += 1
        }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw .unknownDocument(name, hint: sortedIDs.map(\.id).didYouMean(name, otherwise: ".docs lists the documents"))
        }
        throw .ambiguousDocument(name, candidates: matches.prefix(5).map { documents[$0].id })
    }

    /// Resolves `doc`, `doc:paragraph` or `doc:paragraph:sentence` (also a quotation's `doc:paragraph:sentence.N`).
    package func resolve(locator: String) throws(LocatorError) -> LocatorTarget {
        let parts = locator.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), !parts[0].isEmpty else { throw .malformed(locator) }
        let d = try resolveDocument(parts[0])
        guard parts.count > 1 else { return .document(d) }
        let doc = documents[d]
        guard let pn = Int(parts[1]), pn >= 1, pn <= doc.paragraphs.count else {
            throw .outOfRange(locator, "document \(doc.shortID) has \(doc.paragraphs.count) paragraphs")
        }
        let p = doc.paragraphs.lowerBound + pn - 1
        guard parts.count > 2 else { return .paragraph(p) }
        let ss = sentences(ofParagraph: p)
        // A quotation's id is its sentence's locator, with `.N` for the sentence's Nth quotation: it names the sentence.
        let sentence = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard sentence.count == 1 || Int(sentence[1]).map({ $0 >= 2 }) == true else { throw .malformed(locator) }
        guard let sn = Int(sentence[0]), sn >= 1, sn <= ss.count else {
            throw .outOfRange(locator, "paragraph \(doc.shortID):\(pn) has \(ss.count) sentence\(ss.count == 1 ? "" : "s")")
        }
        return .sentence(ss.lowerBound + sn - 1)
    }

    // MARK: Offsets

    /// The offset of corpus byte `b` within document `d`, counted in Unicode scalars (as Python's str indexes).
    package func scalarOffset(ofByte b: Int, inDocument d: Int) -> Int {
        let start = documents[d].bytes.lowerBound
        if documents[d].isASCII { return b - start }
        return text.withUnsafeBufferPointer { UTF8Cursor.scalarCount($0, start..<b) }
    }

    /// Where a sentence of document `d` begins after another in its paragraph, as byte offsets from
    /// the document's start (what extraction refines its sentences from).
    package func innerSentenceStarts(ofDocument d: Int) -> [Int] {
        let base = documents[d].bytes.lowerBound
        return documents[d].sentences.compactMap { s in
            s == Int(paragraphs[Int(sentences[s].paragraph)].firstSentence) ? nil : Int(sentences[s].byteStart) - base
        }
    }

    /// The offset of byte `b` of document `d` (counted from the document's start), in Unicode scalars:
    /// annotations are found in bytes, and shown to users in scalars.
    package func scalarOffset(ofDocumentByte b: Int, inDocument d: Int) -> Int {
        scalarOffset(ofByte: documents[d].bytes.lowerBound + b, inDocument: d)
    }
}

/// What a locator names.
package enum LocatorTarget: Sendable, Equatable {
    case document(Int), paragraph(Int), sentence(Int)
}

/// Why a document name or locator could not be resolved.
package enum LocatorError: Error, Sendable, Equatable {
    case unknownDocument(String, hint: String?)
    case ambiguousDocument(String, candidates: [String])
    case malformed(String)
    case outOfRange(String, String)

    package var message: String {
        switch self {
        case let .unknownDocument(name, _):
            return "no document '\(name)'"
        case let .ambiguousDocument(name, candidates):
            return "'\(name)' names more than one document: \(candidates.joined(separator: ", "))"
        case let .malformed(text):
            return "'\(text)' is not a locator; write DOC, DOC:PARAGRAPH or DOC:PARAGRAPH:SENTENCE (e.g. 000:5:2; a quotation's 000:5:2.2 names its sentence)"
        case let .outOfRange(text, why):
            return "no \(text): \(why)"
        }
    }

    /// The nearest document ids, or where to find them.
    package var hint: String? {
        switch self {
        case let .unknownDocument(_, hint): return hint
        case .ambiguousDocument: return "type more of the id"
        case .malformed, .outOfRange: return nil
        }
    }
}
