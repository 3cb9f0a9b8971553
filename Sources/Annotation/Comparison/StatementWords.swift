import CorpusModel
import Foundation
import TextAnalysis

/// Word normalisation shared by `QuoteMatcher` and `WordDiff`: splitting, case and accent
/// folding, British/American spelling, and a light plural/possessive stem.
enum StatementWords {
    /// The words of `text` as written (split at white space), with surrounding punctuation kept.
    static func surfaceWords(_ text: String) -> [Substring] {
        let u = text.utf8
        return surfaceWordRanges(Array(u)).map { text[u.index(u.startIndex, offsetBy: $0.lowerBound)..<u.index(u.startIndex, offsetBy: $0.upperBound)] }
    }

    /// `surfaceWords` as byte ranges of the UTF-8 text `bytes`.
    static func surfaceWordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        // Split at ASCII white space; a piece with other bytes is split again by Characters (for the
        // other white space Unicode has).
        var out: [Range<Int>] = []
        var start = 0, ascii = true
        for i in 0...bytes.count where i == bytes.count || CharacterClass.isSpace(bytes[i]) || bytes[i] >= 0x80 {
            if i < bytes.count, bytes[i] >= 0x80 {
                ascii = false
                continue
            }
            if start < i {
                if ascii {
                    out.append(start..<i)
                } else {
                    let piece = String(decoding: bytes[start..<i], as: UTF8.self), u = piece.utf8
                    for word in piece.split(whereSeparator: \.isWhitespace) {
                        out.append(start + u.distance(from: u.startIndex, to: word.startIndex)..<start + u.distance(from: u.startIndex, to: word.endIndex))
                    }
                }
            }
            start = i + 1
            ascii = true
        }
        return out
    }

    /// Normalised words of `text`: keys with hyphens removed ("de-escalate" and "deescalate" →
    /// "deescalate"), spelling-normalised and stemmed.
    static func normalised(_ text: String) -> [String] {
        surfaceWords(text).map { word in
            let k = WordKey.key(ofStatementWord: word)
            return stem(k.utf8.contains(0x2D) ? String(decoding: k.utf8.lazy.filter { $0 != 0x2D }, as: UTF8.self) : k)
        }
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
            for (british, american) in spellings where w.hasSuffix(british) {
                return String(w.dropLast(british.count)) + american
            }
        }
        return w
    }

    /// British endings and their American forms, in the order they are tried.
    private static let spellings: [(String, String)] = [("our", "or"), ("ise", "ize"), ("isation", "ization"), ("ising", "izing")].flatMap { b, a in
        ["", "ly", "ing", "ed", "ite", "hood", "able", "liness"].map { (b + $0, a + $0) }
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
