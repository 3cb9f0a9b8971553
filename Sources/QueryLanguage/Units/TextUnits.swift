import CorpusModel

/// `docs`: one row per document.
enum DocsUnit {
    static let spec = UnitSpec(
        name: "docs",
        summary: "documents, with their metadata",
        fields: [
            FieldSpec("id", "the short id used in locators", document: { _, r in r }) { c, r in .string(c.documents[r].shortID) }.naming(.documents),
            FieldSpec("name", "the full document id (file name without extension, or JSONL id)", document: { _, r in r }) { c, r in .string(c.documents[r].id) },
        ] + documentFields { _, r in r } + [
            FieldSpec("url", "the article's address", document: { _, r in r }) { c, r in .string(c.documents[r].metadata.url) },
            FieldSpec("derived", "metadata fields read from the text or the file's name and folder", document: { _, r in r }) { c, r in
                .string(c.documents[r].metadata.derived.sorted().joined(separator: ","))
            },
            FieldSpec("paragraphs", "number of paragraphs", kind: .number, document: { _, r in r }) { c, r in .int(c.documents[r].paragraphs.count) },
            FieldSpec("sentences", "number of sentences", kind: .number, document: { _, r in r }) { c, r in .int(c.documents[r].sentences.count) },
            FieldSpec("words", "number of tokens", kind: .number, document: { _, r in r }) { c, r in .int(c.documents[r].tokens.count) },
            FieldSpec("text", "the whole text", document: { _, r in r }) { c, r in .string(c.documentText(r)) },
        ],
        defaultColumns: ["id", "source", "date", "title", "words"],
        count: { $0.documents.count },
        document: { _, r in r },
        text: .init(
            bytes: { c, r in c.documents[r].bytes },
            tokens: { c, r in c.documents[r].tokens },
            tokenStarts: { $0.documentTokens },
            rowOfByte: { c, b in c.sentence(containingByte: b).map { c.document(ofSentence: $0) } }
        ),
        rowsOfDocument: { _, d in d..<d + 1 }
    )
}

/// `paragraphs`: one row per non-blank line.
enum ParagraphsUnit {
    static let spec = UnitSpec(
        name: "paragraphs",
        summary: "paragraphs (non-blank lines)",
        fields: [
            FieldSpec("id", "locator doc:paragraph") { c, r in .string(c.locator(paragraph: r)) },
        ] + documentFields { c, r in c.document(ofParagraph: r) } + [
            FieldSpec("paragraph", "the paragraph's number in its document", kind: .number) { c, r in
                .int(r - c.documents[c.document(ofParagraph: r)].paragraphs.lowerBound + 1)
            },
        ] + spanFields(text: { c, r in c.paragraphText(r) }, tokens: { c, r in c.tokens(ofParagraph: r) },
                       bytes: { c, r in c.paragraphByteRange(r) }, document: { c, r in c.document(ofParagraph: r) }),
        defaultColumns: ["id", "source", "text"],
        count: { $0.paragraphCount },
        document: { c, r in c.document(ofParagraph: r) },
        text: .init(
            bytes: { c, r in c.paragraphByteRange(r) },
            tokens: { c, r in c.tokens(ofParagraph: r) },
            tokenStarts: { $0.paragraphTokens },
            rowOfByte: { c, b in c.sentence(containingByte: b).map { c.paragraph(ofSentence: $0) } }
        ),
        rowsOfDocument: { c, d in c.documents[d].paragraphs }
    )
}

/// `sentences`: one row per sentence.
enum SentencesUnit {
    static let spec = UnitSpec(
        name: "sentences",
        summary: "sentences",
        fields: [
            FieldSpec("id", "locator doc:paragraph:sentence") { c, r in .string(c.locator(sentence: r)) },
        ] + documentFields { c, r in c.document(ofSentence: r) } + [
            FieldSpec("paragraph", "the paragraph's number in its document", kind: .number) { c, r in
                .int(c.paragraph(ofSentence: r) - c.documents[c.document(ofSentence: r)].paragraphs.lowerBound + 1)
            },
            FieldSpec("sentence", "the sentence's number in its paragraph", kind: .number) { c, r in
                .int(r - c.sentences(ofParagraph: c.paragraph(ofSentence: r)).lowerBound + 1)
            },
        ] + spanFields(text: { c, r in c.sentenceText(r) }, tokens: { c, r in c.tokens(ofSentence: r) },
                       bytes: { c, r in c.sentenceByteRange(r) }, document: { c, r in c.document(ofSentence: r) }),
        defaultColumns: ["id", "source", "text"],
        count: { $0.sentenceCount },
        document: { c, r in c.document(ofSentence: r) },
        text: .init(
            bytes: { c, r in c.sentenceByteRange(r) },
            tokens: { c, r in c.tokens(ofSentence: r) },
            tokenStarts: { $0.sentenceTokens },
            rowOfByte: { c, b in c.sentence(containingByte: b) }
        ),
        rowsOfDocument: { c, d in c.documents[d].sentences }
    )
}

/// The fields of a span of text: `text`, `words`, and `start`/`end` in Unicode scalars.
private func spanFields(text: @escaping @Sendable (Corpus, Int) -> String, tokens: @escaping @Sendable (Corpus, Int) -> Range<Int>,
                        bytes: @escaping @Sendable (Corpus, Int) -> Range<Int>, document: @escaping @Sendable (Corpus, Int) -> Int) -> [FieldSpec] {
    [
        FieldSpec("text", "the text") { c, r in .string(text(c, r)) },
        FieldSpec("words", "number of tokens", kind: .number) { c, r in .int(tokens(c, r).count) },
        FieldSpec("start", "offset in the document, in Unicode scalars", kind: .number) { c, r in
            .int(c.scalarOffset(ofByte: bytes(c, r).lowerBound, inDocument: document(c, r)))
        },
        FieldSpec("end", "end offset (exclusive), in Unicode scalars", kind: .number) { c, r in
            .int(c.scalarOffset(ofByte: bytes(c, r).upperBound, inDocument: document(c, r)))
        },
    ]
}
