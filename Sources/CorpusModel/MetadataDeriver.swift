import Foundation
import TextAnalysis

/// Fills metadata the sidecar did not give from what the text itself says: a title (the first line,
/// when it reads like a headline), a date written near the top, and an author byline.
enum MetadataDeriver {
    /// How many leading lines are searched for a date and a byline.
    static let headerLines = 6

    static func derive(_ metadata: inout DocumentMetadata, lines: [String]) {
        guard metadata.title.isEmpty || metadata.date.isEmpty || metadata.author.isEmpty else { return }
        var header: [String] = []
        for line in lines where header.count < headerLines {
            let t = line.trimmingBlanks()
            if !t.isEmpty { header.append(t) }
        }
        if metadata.date.isEmpty {
            for line in header where line.count <= 200 {
                if let found = DateParser.firstDate(in: line) {
                    metadata.date = found.date.description
                    metadata.derived.insert("date")
                    break
                }
            }
        }
        if metadata.title.isEmpty, let title = header.first(where: { isHeadline($0) }) {
            metadata.title = title
            metadata.derived.insert("title")
        }
        if metadata.author.isEmpty, let author = header.lazy.compactMap({ byline($0) }).first {
            metadata.author = author
            metadata.derived.insert("author")
        }
    }

    /// A headline: short, not a sentence of running text, and not just a date.
    static func isHeadline(_ line: String) -> Bool {
        guard line.count <= 160, line.count >= 3, !line.hasSuffix(".") || line.hasSuffix("..") else { return false }
        if let d = DateParser.firstDate(in: line), d.match.count + 4 >= line.count { return false }
        return line.split(separator: " ").count >= 2
    }

    /// Words that mark a line as an outlet or organisation rather than a person's name.
    static let organisationWords: Set<String> = [
        "group", "media", "news", "times", "post", "agency", "press", "newspaper", "international",
        "ministry", "daily", "journal", "tribune", "herald", "network", "service", "staff", "reuters",
    ]

    /// `By Jane Doe`, or a line of two to four capitalised words (`Lailuma Sadid`), optionally
    /// followed by `, Outlet`.
    static func byline(_ line: String) -> String? {
        var text = Substring(line)
        if text.lowercased().hasPrefix("by ") { text = text.dropFirst(3) }
        else if line.count > 60 { return nil }
        let name = text.split(separator: ",", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count),
              words.allSatisfy({ w in
                  w.first.map { $0.isUppercase } == true
                      && w.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "." || $0 == "'" }
                      && !organisationWords.contains(w.lowercased())
              })
        else { return nil }
        if DateParser.firstDate(in: name) != nil { return nil }
        return name
    }
}
