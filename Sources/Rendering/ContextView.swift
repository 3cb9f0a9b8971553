import CorpusModel

/// What `.show` prints: a document with numbered paragraphs, or a paragraph or sentence in the
/// context of its neighbours, the target marked; each line fitted to `width` (0: as it is), its
/// further lines under its text.
package enum ContextView {
    package static func render(_ target: LocatorTarget, in c: Corpus, color: Bool, width: Int) -> String {
        func line(_ locator: String, _ text: String, target: Bool?) -> String {
            let fitted = HangingIndent.fit((target == nil ? "" : target! ? "» " : "  ") + "[\(locator)]  " + text, width: width)
            return (target == true && color ? fitted.split(separator: "\n").map { Style.bold + $0 + Style.reset }.joined(separator: "\n") : fitted) + "\n"
        }
        switch target {
        case let .document(d):
            let doc = c.documents[d]
            return header(doc, width) + doc.paragraphs.map { line(c.locator(paragraph: $0), c.paragraphText($0), target: nil) }.joined()
        case let .paragraph(p):
            let d = c.document(ofParagraph: p)
            let around = max(c.documents[d].paragraphs.lowerBound, p - 1)...min(c.documents[d].paragraphs.upperBound - 1, p + 1)
            return header(c.documents[d], width) + around.map { line(c.locator(paragraph: $0), c.paragraphText($0), target: $0 == p) }.joined()
        case let .sentence(s):
            let p = c.paragraph(ofSentence: s)
            return header(c.documents[c.document(ofParagraph: p)], width)
                + c.sentences(ofParagraph: p).map { line(c.locator(sentence: $0), c.sentenceText($0), target: $0 == s) }.joined()
        }
    }

    private static func header(_ doc: DocumentRecord, _ width: Int) -> String {
        let m = doc.metadata
        var fields = ["\(doc.shortID) (\(doc.id))"]
        if !m.title.isEmpty { fields.append(m.title) }
        let facts = [m.source, m.date, m.author].filter { !$0.isEmpty }
        if !facts.isEmpty { fields.append(facts.joined(separator: " · ")) }
        return HangingIndent.fit(fields.joined(separator: " — "), width: width) + "\n"
    }
}
