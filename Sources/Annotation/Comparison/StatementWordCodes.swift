import CorpusModel
import TextAnalysis

/// The words of many texts as small integer ids, found on all cores: their content words
/// (`StatementWords.content`, for matching) or the keys of all their words (`WordKey.key(ofStatementWord:)`,
/// for word diffs). Each distinct piece of text between white space is normalised once per slice of
/// texts, not once per occurrence: quotations repeat the same few thousand words millions of times.
///
/// Ids are numbered in order of first occurrence over the texts in order (as a single pass would).
package struct StatementWordCodes: Sendable {
    /// Which words of a text are coded.
    package enum Words: Sendable {
        /// `StatementWords.content`.
        case content
        /// `WordKey.key(ofStatementWord:)` of each of `StatementWords.surfaceWords`, empty keys included.
        case keys

        func of(_ text: String) -> [String] {
            switch self {
            case .content: return StatementWords.content(text)
            case .keys: return StatementWords.surfaceWords(text).map { WordKey.key(ofStatementWord: $0) }
            }
        }
    }

    /// Per text, its words' ids, in order.
    package let words: [[Int32]]
    /// The word of each id.
    package let vocabulary: [String]

    /// nil if `stop` turns true first (polled every 64 texts, and every 4096 while the slices are joined).
    package init?(_ count: Int, _ kind: Words = .content, text: (Int) -> String, unlessStopped stop: @escaping @Sendable () -> Bool) {
        let slices = Parallel.slices(count) { range -> Slice? in
            var slice = Slice(kind: kind)
            for i in range {
                if i & 63 == 0, stop() { return nil }
                slice.code(text(i))
            }
            return slice
        }
        var ids: [String: Int32] = [:], vocabulary: [String] = []
        var words: [[Int32]] = []
        words.reserveCapacity(count)
        for slice in slices {
            guard let slice else { return nil }
            let global = slice.vocabulary.map { word -> Int32 in
                if let id = ids[word] { return id }
                ids[word] = Int32(vocabulary.count)
                vocabulary.append(word)
                return Int32(vocabulary.count - 1)
            }
            for (n, w) in slice.words.enumerated() {
                if n & 4095 == 0, stop() { return nil }
                words.append(w.map { global[Int($0)] })
            }
        }
        self.words = words
        self.vocabulary = vocabulary
    }

    /// One slice's texts coded with its own ids.
    private struct Slice {
        let kind: Words
        var words: [[Int32]] = []
        var vocabulary: [String] = []
        private var ids: [String: Int32] = [:]
        /// Pieces of text between ASCII white space seen so far, and the content words of each
        /// (`coded[starts[p]..<starts[p + 1]]`).
        private var pieces = ByteStringTable()
        private var starts: [Int32] = [0]
        private var coded: [Int32] = []

        init(kind: Words) { self.kind = kind }

        mutating func code(_ text: String) {
            var text = text
            let found = text.withUTF8 { bytes in
                var out: [Int32] = []
                var start = 0
                for i in 0...bytes.count where i == bytes.count || CharacterClass.isSpace(bytes[i]) {
                    if start < i {
                        let piece = UnsafeBufferPointer(rebasing: bytes[start..<i])
                        let (p, inserted) = pieces.intern(piece)
                        if inserted { add(kind.of(String(decoding: piece, as: UTF8.self))) }
                        out += coded[Int(starts[p])..<Int(starts[p + 1])]
                    }
                    start = i + 1
                }
                return out
            }
            words.append(found)
        }

        private mutating func add(_ found: [String]) {
            for word in found {
                if let id = ids[word] { coded.append(id); continue }
                ids[word] = Int32(vocabulary.count)
                coded.append(Int32(vocabulary.count))
                vocabulary.append(word)
            }
            starts.append(Int32(coded.count))
        }
    }
}
