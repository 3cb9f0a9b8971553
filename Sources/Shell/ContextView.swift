import CorpusModel

/// What `.show` prints: a document with numbered paragraphs, or a paragraph or sentence in the
/// context of its neighbours, the target marked.
enum ContextView {
    static func render(_ target: LocatorTarget, in c: Corpus, color: Bool) -> String {
        switch target {
        case let .document(d):
            let doc = c.documents[d]
            var out = header(doc)
            for p in doc.paragraphs { out += "[\(c.locator(paragraph: p))] \(c.paragraphText(p))\n" }
            return out
        case let .paragraph(p):
            let d = c.document(ofParagraph: p)
            var out = header(c.documents[d])
            for q in max(c.documents[d].paragraphs.lowerBound, p - 1)...min(c.documents[d].paragraphs.upperBound - 1, p + 1) {
                out += (q == p ? "» " : "  ") + "[\(c.locator(paragraph: q))] " + mark(c.paragraphText(q), q == p, color) + "\n"
            }
            return out
        case let .sentence(s):
            let p = c.paragraph(ofSentence: s)
            var out = header(c.documents[c.document(ofParagraph: p)])
            for t in c.sentences(ofParagraph: p) {
                out += (t == s ? "» " : "  ") + "[\(c.locator(sentence: t))] " + mark(c.sentenceText(t), t == s, color) + "\n"
            }
            return out
        }
    }

    private static func header(_ doc: DocumentRecord) -> String {
        let m = doc.metadata
        var fields = ["\(doc.shortID) (\(doc.id))"]
        if !m.title.isEmpty { fields.append(m.title) }
        let facts = [m.source, m.date, m.author].filter { !$0.isEmpty }
        if !facts.isEmpty { fields.append(facts.joined(separator: " · ")) }
        return fields.joined(separator: " — ") + "\n"
    }

    private static func mark(_ text: String, _ on: Bool, _ color: Bool) -> String {
        on && color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }
}
