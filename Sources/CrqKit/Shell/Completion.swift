/// Tab completion for the shell: commands, verbs, units, fields, keywords, bound names, and, inside
/// quotes, document ids and outlet names.
public final class SessionCompleter: Completer {
    private let session: Session
    public init(session: Session) { self.session = session }

    static let keywords = ["by", "and", "or", "not", "near", "in", "asc", "desc", "width", "let"]

    public func completions(linePrefix: String) -> [String] {
        let trimmed = linePrefix.drop { $0 == " " }
        // The word being typed: after the last space, '(' , ',' or '|'.
        let word = String(linePrefix.reversed().prefix { !" (|,=".contains($0) }.reversed())
        if trimmed.hasPrefix(".") {
            if !trimmed.contains(" ") { return MetaCommands.all.map { "." + $0.name }.filter { $0.hasPrefix(word) } }
            let command = trimmed.dropFirst().prefix { $0 != " " }
            switch command {
            case "mode": return OutputMode.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }
            case "help": return (VerbRegistry.all.map(\.name) + UnitRegistry.all.map(\.name) + MetaCommands.all.map(\.name)
                                 + ["fields", "units", "language", "modes"]).filter { $0.hasPrefix(word) }
            case "show": return session.corpus.documents.map(\.shortID).filter { $0.hasPrefix(word) }.sorted()
            case "timer": return ["on", "off"].filter { $0.hasPrefix(word) }
            default: return []
            }
        }
        if let quote = word.first, quote == "\"" || quote == "'" {
            let partial = word.dropFirst().lowercased()
            let corpus = session.corpus
            let names = Set(corpus.documents.map(\.metadata.source).filter { !$0.isEmpty } + corpus.documents.map(\.shortID))
            return names.filter { $0.lowercased().hasPrefix(partial) }.sorted().map { "\(quote)\($0)\(quote)" }
        }
        var candidates = Set(VerbRegistry.all.map(\.name) + UnitRegistry.all.map(\.name) + Self.keywords + ["terms"])
        candidates.formUnion(session.context.bindings.keys)
        for unit in UnitRegistry.all { candidates.formUnion(unit.fields.map(\.name)) }
        return candidates.filter { $0.hasPrefix(word) && $0 != word }.sorted()
    }
}
