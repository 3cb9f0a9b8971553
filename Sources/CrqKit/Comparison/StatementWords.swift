import Foundation

/// Word normalisation shared by `QuoteMatcher` and `WordDiff`: splitting, case and accent
/// folding, British/American spelling, and a light plural/possessive stem.
enum StatementWords {
    /// The words of `text` as written (split at white space), with surrounding punctuation kept.
    static func surfaceWords(_ text: String) -> [Substring] {
        text.split { $0.isWhitespace }
    }

    /// A comparison key for a surface word: letters and digits only, lower-cased, accents
    /// removed ("“Avoid," → "avoid", "António" → "antonio"); empty for pure punctuation.
    static func key(_ word: Substring) -> String {
        let kept = word.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == "-" }
        var s = String(String.UnicodeScalarView(kept)).lowercased()
        if s.unicodeScalars.contains(where: { !$0.isASCII }) {
            s = s.folding(options: [.diacriticInsensitive], locale: nil)
        }
        while s.hasPrefix("-") { s.removeFirst() }
        while s.hasSuffix("-") { s.removeLast() }
        return s
    }

    /// Normalised words of `text`: keys with hyphens removed ("de-escalate" and "deescalate" →
    /// "deescalate"), spelling-normalised and stemmed.
    static func normalised(_ text: String) -> [String] {
        surfaceWords(text).map { stem(key($0).replacingOccurrences(of: "-", with: "")) }
    }

    /// Content words: normalised words without function words (negations included: they are
    /// rendered as often by "avoid" or "prevent" as by "not").
    static func content(_ text: String) -> [String] {
        normalised(text).filter { !$0.isEmpty && !stopWords.contains($0) }
    }

    /// Possessive and plural endings removed; -our/-or and -ise/-ize spellings unified.
    static func stem(_ word: String) -> String {
        var w = word
        if w.hasSuffix("’s") || w.hasSuffix("'s") { w.removeLast(2) }
        if w.count > 4, w.hasSuffix("ies") {
            w.removeLast(3)
            w += "y"
        } else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        if w.count >= 6 {
            for (british, american) in [("our", "or"), ("ise", "ize"), ("isation", "ization"), ("ising", "izing")] {
                for tail in ["", "ly", "ing", "ed", "ite", "hood", "able", "liness"] where w.hasSuffix(british + tail) {
                    w = String(w.dropLast(british.count + tail.count)) + american + tail
                    return w
                }
            }
        }
        return w
    }

    static let stopWords: Set<String> = Set("""
        a an the this that these those of in on at to for from with by as into onto upon about over \
        under after before since during within between among through and or but nor so if because \
        while than then is are was were be been being am has have had do doe does did will would can \
        could may might must shall should it its they them their he him his she her we us our you \
        your i me my not no never also too very just only such there here what which who whom whose \
        where when how all any both each other some more most said say says further certain again \
        mr mrs ms dr additionally
        """.split(separator: " ").map { stem(String($0)) })
}
