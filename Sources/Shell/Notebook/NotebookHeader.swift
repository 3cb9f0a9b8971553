import CorpusModel
import Foundation
import QueryLanguage

/// The first line of a notebook: the corpus it was recorded on and the crq that recorded it.
///
///     -- crq notebook · corpus seeds · 5 documents · fingerprint 0123456789abcdef · crq 0.1.0
package struct NotebookHeader: Sendable, Equatable {
    var corpusName: String
    package var documents: Int
    package var fingerprint: String
    var version: String

    init(corpusName: String, documents: Int, fingerprint: String, version: String) {
        self.corpusName = corpusName
        self.documents = documents
        self.fingerprint = fingerprint
        self.version = version
    }

    /// The header for a run of `version` on `corpus`.
    package init(corpus: Corpus, version: String) {
        self.init(corpusName: corpus.name, documents: corpus.documents.count, fingerprint: corpus.fingerprintHex, version: version)
    }

    static let prefix = "-- crq notebook"
    private static let separator = " · "

    var line: String {
        [Self.prefix, "corpus \(corpusName)", "\(documents) document\(documents == 1 ? "" : "s")",
         "fingerprint \(fingerprint)", "crq \(version)"].joined(separator: Self.separator)
    }

    /// Reads a header line; nil if the line is not one.
    init?(line: String) {
        let parts = line.components(separatedBy: Self.separator)
        guard parts.count == 5, parts[0] == Self.prefix,
              let name = parts[1].dropPrefix("corpus "),
              let count = Int(parts[2].prefix { $0.isNumber }),
              let fingerprint = parts[3].dropPrefix("fingerprint "),
              let version = parts[4].dropPrefix("crq ")
        else { return nil }
        self.init(corpusName: name, documents: count, fingerprint: fingerprint, version: version)
    }

    /// How the corpus differs from the recorded one, or nil if it has the same fingerprint. Under
    /// another name it may be another corpus (`crq check` opens the seeds unless told): that is said.
    func corpusChange(to now: NotebookHeader) -> String? {
        guard fingerprint != now.fingerprint else { return nil }
        return "the corpus changed: recorded on \(corpusName) (\(documents) documents, fingerprint \(fingerprint)), "
            + "now \(now.corpusName) (\(now.documents) documents, fingerprint \(now.fingerprint))"
            + (corpusName == now.corpusName ? "" : "; to run it on \(corpusName), give its path with --corpus")
    }
}

private extension String {
    func dropPrefix(_ p: String) -> String? { hasPrefix(p) ? String(dropFirst(p.count)) : nil }
}
