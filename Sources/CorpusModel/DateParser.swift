import Foundation
import TextAnalysis

/// Finds dates written in English news text and in metadata.
///
/// Accepts `2024-01-18`, `2024-01`, `2024`, `18 January 2024`, `January 18, 2024`,
/// `February, 23, 2024`, `Jan. 18, 2024` and `18/01/2024`-free forms (day-month order is
/// ambiguous, so slashed dates are not guessed).
package enum DateParser {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Parses a whole string as a date (metadata values, query literals).
    package static func parse(_ text: String) -> PartialDate? {
        let t = text.trimmingBlanks()
        if let iso = parseISO(t) { return iso }
        let found = firstDate(in: t)
        return found.map { $0.date }
    }

    /// Parses `yyyy`, `yyyy-mm` or `yyyy-mm-dd` (also with a time part after `T` or a space, which is ignored).
    package static func parseISO(_ text: String) -> PartialDate? {
        var t = Substring(text)
        if let cut = t.firstIndex(where: { $0 == "T" || $0 == " " }) { t = t[..<cut] }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count <= 2 })
        else { return nil }
        let n = parts.map { Int($0)! }
        return PartialDate(year: n[0], month: n.count > 1 ? n[1] : nil, day: n.count > 2 ? n[2] : nil)
    }

    /// The first full date written in `text`, with the matched substring.
    static func firstDate(in text: String) -> (date: PartialDate, match: String)? {
        let words = wordsWithPunctuation(text)
        for i in words.indices {
            let w = words[i].lowercased()
            // ISO date as one word.
            if w.count == 10, let d = parseISO(w), d.day != nil { return (d, words[i]) }
            // Month day, year  /  Month, day, year  /  Mon. day, year
            if let m = months[w], i + 2 < words.count, let day = Int(words[i + 1]), let year = Int(words[i + 2]),
               let d = PartialDate(year: year, month: m, day: day) {
                return (d, words[i...i + 2].joined(separator: " "))
            }
            // day Month year
            if let day = Int(w), i + 2 < words.count, let m = months[words[i + 1].lowercased()],
               let year = Int(words[i + 2]), let d = PartialDate(year: year, month: m, day: day) {
                return (d, words[i...i + 2].joined(separator: " "))
            }
        }
        return nil
    }

    /// Splits on white space and strips `,` and `.` from word ends (so `Jan.` and `23,` parse).
    private static func wordsWithPunctuation(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()")) }
            .filter { !$0.isEmpty }
    }
}
