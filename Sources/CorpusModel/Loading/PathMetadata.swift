import TextAnalysis

/// What a text file's place in the corpus says of it when no sidecar does: the date in its name
/// (`breitbart_2016-09-12_pence-says.txt`, `20240118-strikes.txt`), the outlet its name gives before
/// that date (`breitbart`) when the corpus's names give two or more, or the folder it sits in when the
/// corpus's files sit in several folders named like outlets (`strikes/reuters/a.txt`: `reuters`); see
/// `Sources`. Fields found so are listed in `derived`.
enum PathMetadata {
    /// What names the outlets of a corpus's files, decided once for the whole corpus: its top folders,
    /// the words before the dates of its file names, or neither.
    enum Sources: String, Codable, Sendable {
        case none, folders, fileNames

        /// Folders when `foldersNameSources`; else file names when they give two or more outlets
        /// (`nyt_2016-…`, `wapo_2016-…`): a name all the files share (`report_2016-…_v2.txt`) is the
        /// collection's, not an outlet's, and would make one outlet of many.
        init(_ relativePaths: [String]) {
            if PathMetadata.foldersNameSources(relativePaths) {
                self = .folders
                return
            }
            var outlets: Set<String> = []
            for path in relativePaths {
                if let outlet = PathMetadata.outlet(in: PathName.stem(path)) { outlets.insert(WordKey.string(outlet)) }
                if outlets.count >= 2 { break }
            }
            self = outlets.count >= 2 ? .fileNames : .none
        }
    }

    /// Fills the empty source and date of `metadata` from `relativePath`, the source as `sources` says.
    static func fill(_ metadata: inout DocumentMetadata, relativePath: String, sources: Sources) {
        guard metadata.source.isEmpty || metadata.date.isEmpty else { return }
        let stem = PathName.stem(relativePath)
        if metadata.date.isEmpty, let found = date(in: stem) {
            metadata.date = found.date
            metadata.derived.insert("date")
        }
        guard metadata.source.isEmpty else { return }
        switch sources {
        case .folders:
            guard let slash = relativePath.firstIndex(of: "/") else { return }
            metadata.source = String(relativePath[..<slash])
        case .fileNames:
            guard let outlet = outlet(in: stem) else { return }
            metadata.source = outlet
        case .none:
            return
        }
        metadata.derived.insert("source")
    }

    /// The outlet a file name gives before its date, if any.
    private static func outlet(in stem: String) -> String? {
        date(in: stem).flatMap { outlet(String(stem[..<$0.start])) }
    }

    /// Whether the top folders of the files name their outlets: the files sit in two or more of them,
    /// each name holding a letter and no date, and no file sits at the top.
    private static func foldersNameSources(_ relativePaths: [String]) -> Bool {
        var folders: Set<Substring> = []
        for path in relativePaths {
            guard let slash = path.firstIndex(of: "/") else { return false }
            folders.insert(path[..<slash])
        }
        return folders.count >= 2 && folders.allSatisfy { name in name.unicodeScalars.contains { CharacterClass.isLetterScalar($0.value) } && date(in: String(name)) == nil }
    }

    /// The first whole date in a file name (year 1900–2099, month and day of two digits, joined by
    /// '-', '_', '.' or nothing) as `YYYY-MM-DD`, and where it starts.
    static func date(in stem: String) -> (date: String, start: String.Index)? {
        let bytes = Array(stem.utf8), separators: Set<UInt8> = [0x2D, 0x5F, 0x2E]
        func digitAt(_ i: Int) -> Bool { i >= 0 && i < bytes.count && CharacterClass.isDigit(bytes[i]) }
        func number(_ i: Int, _ n: Int) -> Int? {
            (i..<i + n).allSatisfy(digitAt) ? (i..<i + n).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } : nil
        }
        for start in bytes.indices where digitAt(start) && !digitAt(start - 1) {
            guard let year = number(start, 4), (1900...2099).contains(year) else { continue }
            let separated = start + 4 < bytes.count && separators.contains(bytes[start + 4])
            let step = separated ? 1 : 0, monthAt = start + 4 + step, dayAt = monthAt + 2 + step
            guard !separated || (dayAt - 1 < bytes.count && bytes[dayAt - 1] == bytes[start + 4]),
                  let month = number(monthAt, 2), let day = number(dayAt, 2), !digitAt(dayAt + 2),
                  (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day) else { continue }
            return ("\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)", stem.utf8.index(stem.utf8.startIndex, offsetBy: start))
        }
        return nil
    }

    /// The days of a month of a year: February has 29 only in a leap year.
    private static func days(in month: Int, of year: Int) -> Int {
        guard month == 2 else { return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] }
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    }

    /// The outlet a file name gives before its date: letters, '-', '_' and '.' only ("wash-post",
    /// "nyt"), at most 40 characters, the separators around it left out.
    private static func outlet(_ prefix: String) -> String? {
        let joins: Set<Unicode.Scalar> = ["-", "_", "."]
        let scalars = prefix.unicodeScalars
        guard let first = scalars.firstIndex(where: { !joins.contains($0) }),
              let last = scalars.lastIndex(where: { !joins.contains($0) }) else { return nil }
        let name = scalars[first...last]
        guard name.count <= 40, name.allSatisfy({ joins.contains($0) || CharacterClass.isLetterScalar($0.value) }) else { return nil }
        return String(name)
    }
}
