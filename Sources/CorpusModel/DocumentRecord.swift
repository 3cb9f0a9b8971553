/// One document of a corpus: its ids, metadata and where its parts sit in the corpus arrays.
package struct DocumentRecord: Sendable {
    /// The document id: the file name without extension, or the JSONL `id`.
    package let id: String
    /// The shortest unique prefix of the id that ends at a natural boundary, used in locators (`000`).
    package internal(set) var shortID: String
    /// Where the document came from (`path`, or `path:line` for a record of a CSV, TSV or JSON file).
    let origin: String
    /// The line its record starts on, for a document read from a CSV, TSV or JSON file.
    let line: Int?
    package let metadata: DocumentMetadata
    /// The parsed `metadata.date`, if it is a date.
    package let date: PartialDate?
    /// Byte range of the document in the corpus text.
    package let bytes: Range<Int>
    package let paragraphs: Range<Int>
    package let sentences: Range<Int>
    package let tokens: Range<Int>
    /// Whether the text is pure ASCII (then byte offsets are scalar offsets).
    package let isASCII: Bool

    /// The same document with its parts `bytes`, `paragraphs`, `sentences` and `tokens` further on
    /// in the corpus arrays (a document built apart, appended to a corpus).
    func moved(bytes b: Int, paragraphs p: Int, sentences s: Int, tokens t: Int) -> DocumentRecord {
        DocumentRecord(id: id, shortID: shortID, origin: origin, line: line, metadata: metadata, date: date,
                       bytes: (bytes.lowerBound + b)..<(bytes.upperBound + b), paragraphs: (paragraphs.lowerBound + p)..<(paragraphs.upperBound + p),
                       sentences: (sentences.lowerBound + s)..<(sentences.upperBound + s), tokens: (tokens.lowerBound + t)..<(tokens.upperBound + t),
                       isASCII: isASCII)
    }

    /// The name evaluation files give the document: its file name, or its id for a record.
    package var file: String { line == nil ? PathName.fileName(origin) : id }
}

/// A paragraph: a non-blank line of a document.
struct ParagraphSpan: Sendable {
    var byteStart: UInt32
    var byteEnd: UInt32
    var firstSentence: UInt32
    package var document: UInt32
}

/// A sentence (its first token is in `Corpus.sentenceTokens`).
struct SentenceSpan: Sendable {
    var byteStart: UInt32
    var byteEnd: UInt32
    package var paragraph: UInt32
}
