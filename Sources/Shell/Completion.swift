import Annotation
import CorpusModel
import Foundation
import QueryLanguage
import TextAnalysis

/// Tab completion for the shell: commands, verbs, units, fields, keywords, bound names, the comparisons
/// after a field name in a condition (`CompareOp.afterField`), and, inside quotes or after `=` and `~`,
/// the names the field holds (`FieldSpec.names`, `VerbSpec.valueNames`: document ids, outlets,
/// speakers; all of them where no field says). What it offers depends on where the cursor is: a unit or
/// name at the start of a statement, a verb after `|`, fields (of the unit piped in, when known) and keywords inside a stage.
package final class SessionCompleter: Completer {
    private let session: Session
    package init(session: Session) { self.session = session }

    /// Corpora smaller than this (bytes of text) have their quotations extracted for completion.
    static let quickExtraction = 20_000_000
    /// The words of every verb's clauses.
    static let keywords = Set(VerbRegistry.all.flatMap(\.keywords))
    /// Characters that end the word being completed.
    static let wordBreaks: Set<Character> = ["(", ")", "[", "]", "{", "}", ",", ";", "=", "|", "\"", "'", "<", ">", "~"]

    /// The word Tab completes at the end of `linePrefix`, which the line editor replaces: inside an open
    /// quotation mark, all that follows it (names have spaces: "Al Ara"); else what follows the last
    /// space or word break.
    package static func word(in linePrefix: String) -> Substring {
        var open: (mark: Character, at: String.Index)?
        for i in linePrefix.indices where linePrefix[i] == "\"" || linePrefix[i] == "'" {
            if let quote = open { if linePrefix[i] == quote.mark { open = nil } } else { open = (linePrefix[i], i) }
        }
        if let open { return linePrefix[linePrefix.index(after: open.at)...] }
        let start = linePrefix.lastIndex { $0.isWhitespace || wordBreaks.contains($0) }.map(linePrefix.index(after:))
        return linePrefix[(start ?? linePrefix.startIndex)...]
    }

    /// Whether the word at the end of `linePrefix` is a file's path: after `.load`, `.read` and `.output`,
    /// and inside `save "…`.
    package func completesPath(linePrefix: String) -> Bool {
        let word = Self.word(in: linePrefix)
        let trimmed = linePrefix.drop { $0 == " " }
        if trimmed.hasPrefix(".") {
            return trimmed.contains(" ") && Self.pathCommands.contains(String(trimmed.dropFirst().prefix { $0 != " " }))
        }
        let before = linePrefix.dropLast(word.count)
        guard let quote = before.last, quote == "\"" || quote == "'" else { return false }
        return Self.firstWord(before.split(separator: "|", omittingEmptySubsequences: false).last ?? "") == "save"
    }

    /// The commands whose argument is a file's path.
    private static let pathCommands: Set<String> = ["load", "read", "output"]

    package func completions(linePrefix: String) -> [String] {
        let word = String(Self.word(in: linePrefix))
        let before = linePrefix.dropLast(word.count)
        let trimmed = linePrefix.drop { $0 == " " }
        if completesPath(linePrefix: linePrefix) {
            // In `save "…` a file's name closes the quote; a folder's ends in '/', for the rest of the path.
            guard !trimmed.hasPrefix("."), let quote = before.last else { return Self.paths(word) }
            return Self.paths(word).map { $0.hasSuffix("/") ? $0 : $0 + String(quote) }
        }
        if trimmed.hasPrefix(".") { return metaCompletions(trimmed, word) }
        if let quote = before.last, quote == "\"" || quote == "'" {
            // Inside quotes: the names, closing the quote.
            let typed = WordKey.string(word)
            return (valuesCompared(before: before.dropLast()).map(Set.init) ?? names(namesCompared(before: before.dropLast()))).filter { name in
                let n = WordKey.string(name)
                return n.hasPrefix(typed) || n.split(separator: " ").contains { $0.hasPrefix(typed) }
            }.sorted().map { $0 + String(quote) }
        }
        let context = before.trimmingCharacters(in: .whitespaces)
        // After a comparison ("speaker = "): the names, in quotes.
        if word.isEmpty, context.hasSuffix("=") || context.hasSuffix("~") {
            return (valuesCompared(before: before).map(Set.init) ?? names(namesCompared(before: before))).sorted().map { "\"" + $0 + "\"" }
        }
        var candidates: Set<String>
        var whole = false
        if context.isEmpty {
            candidates = Set(UnitRegistry.all.map(\.name) + VerbRegistry.all.filter(\.canStart).map(\.name) + ["let"])
            candidates.formUnion(session.context.bindings.keys)
        } else if context.hasSuffix("|") {
            candidates = Set(VerbRegistry.all.filter(\.canFollow).map(\.name))
        } else if context.hasSuffix(" on"), context.contains("compare") {
            candidates = Set(CompareAspect.names)
        } else {
            // The clause words of the stage's verb (all of them when the stage starts with a unit or name),
            // and the fields of the unit piped in (of every unit when that is not known).
            let stages = context.split(separator: "|", omittingEmptySubsequences: false)
            let verb = stages.last.flatMap(Self.firstWord).flatMap(VerbRegistry.named(_:))
            let fields = fields(of: unit(before: stages.dropLast()).map { [$0] } ?? UnitRegistry.all)
            if verb?.takesCondition == true {
                // After a field name in a condition, what may follow it; a field name typed in full is
                // offered as it is, so that Tab adds the space after it.
                if word.isEmpty, let last = context.last, !Self.wordBreaks.contains(last),
                   let field = context.split(whereSeparator: { $0.isWhitespace || Self.wordBreaks.contains($0) }).last,
                   fields.contains(String(field)) {
                    return CompareOp.afterField
                }
                whole = fields.contains(word)
            }
            candidates = verb.map { Set($0.keywords) } ?? Self.keywords
            // Not the word just typed again (`group by by`); where a condition's term starts (after the
            // verb, one of its clause words, or '('), no word that joins it to something before.
            let previous = context.split(whereSeparator: { $0.isWhitespace }).last.map(String.init)
            // Right after `group` or `sort`, only the word that must come next.
            if let verb, previous == verb.name, let required = verb.requiredWord { return required.hasPrefix(word) ? [required] : [] }
            if let previous { candidates.remove(previous) }
            if let verb, verb.takesCondition, context.hasSuffix("(") || previous.map({ $0 == verb.name || verb.keywords.contains($0) }) == true {
                candidates.subtract(Parser.joiningWords)
            }
            candidates.formUnion(fields)
            candidates.formUnion(session.context.bindings.keys)
        }
        return candidates.filter { $0.hasPrefix(word) && ($0 != word || whole) }.sorted()
    }

    /// The field names of `units`, with the corpus's extra document fields (CSV columns) for units of the text.
    private func fields(of units: [UnitSpec]) -> Set<String> {
        var names = Set(units.flatMap { $0.fields.map(\.name) })
        if units.contains(where: { $0.fields.contains { $0.name == "doc" } }) { names.formUnion(session.corpus.extraFields) }
        return names
    }

    /// The unit of the rows that `stages` pass on: the unit (or unit rows bound with `let`) they start
    /// with or the one a verb produces (`quote`: quotes), while every verb after it keeps that unit
    /// (`quotes | sort by date |`); nil when not known.
    private func unit(before stages: ArraySlice<Substring>) -> UnitSpec? {
        guard var head = stages.first else { return nil }
        if Self.firstWord(head) == "let", let equals = head.firstIndex(of: "=") { head = head[head.index(after: equals)...] }
        guard let name = Self.firstWord(head) else { return nil }
        var unit: UnitSpec?
        if let bound = session.context.bindings[name] {
            guard case let .units(rows) = bound else { return nil }
            unit = rows.unit
        } else {
            unit = UnitRegistry.named(name) ?? VerbRegistry.named(name)?.producesUnit.flatMap(UnitRegistry.named)
        }
        for stage in stages.dropFirst() {
            guard let verb = Self.firstWord(stage).flatMap(VerbRegistry.named(_:)) else { return nil }
            unit = verb.unit(after: unit?.name).flatMap(UnitRegistry.named)
        }
        return unit
    }

    private static func firstWord(_ stage: Substring) -> String? { stage.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) }

    /// What a quoted value may name: the names of `only` when given, else outlets, document ids and,
    /// once quotations are extracted (or when extracting them is quick), speakers.
    private func names(_ only: FieldSpec.Names?) -> Set<String> {
        let corpus = session.corpus
        var names = Set<String>()
        if only == nil || only == .outlets { names.formUnion(corpus.documents.lazy.map(\.metadata.source).filter { !$0.isEmpty }) }
        if only == nil || only == .documents { names.formUnion(corpus.documents.lazy.map(\.shortID)) }
        if only == nil || only == .speakers, corpus.hasAnnotations || corpus.byteCount < Self.quickExtraction {
            names.formUnion(corpus.annotations.speakers.map { corpus.annotations.entities[$0].canonical })
        }
        return names
    }

    /// The names a value at the end of `text` may be: those of the clause word before it (`quote by `),
    /// or of the field compared or named there ("source = ", "speaker != ", `compare source `) when the
    /// fields of that name in the units it may belong to all name one kind of thing; else nil.
    private func namesCompared(before text: Substring) -> FieldSpec.Names? {
        guard let (stages, field) = fieldCompared(before: text) else { return nil }
        if let names = stages.last.flatMap(Self.firstWord).flatMap(VerbRegistry.named(_:))?.valueNames[field] { return names }
        let kinds = Set(fields(named: field, piped: stages).map(\.names))
        return kinds.count == 1 ? kinds.first! : nil
    }

    /// The fixed values of the field compared at the end of `text` ("kind = ", `sourcing = "`), when the
    /// fields of that name in the units it may belong to all hold the same few values; else nil.
    private func valuesCompared(before text: Substring) -> [String]? {
        guard let (stages, field) = fieldCompared(before: text) else { return nil }
        let values = Set(fields(named: field, piped: stages).map(\.values))
        return values.count == 1 ? values.first! : nil
    }

    /// The stages of `text` and the field name it ends in, past a comparison after it.
    private func fieldCompared(before text: Substring) -> (stages: [Substring], field: String)? {
        var rest = text.trimmingCharacters(in: .whitespaces)
        if let op = CompareOp.allCases.map(\.rawValue).sorted(by: { $0.count > $1.count }).first(where: { rest.hasSuffix($0) }) {
            rest = rest.dropLast(op.count).trimmingCharacters(in: .whitespaces)
        }
        guard let field = rest.split(whereSeparator: { $0.isWhitespace || Self.wordBreaks.contains($0) }).last else { return nil }
        return (rest.split(separator: "|", omittingEmptySubsequences: false), String(field))
    }

    /// The fields named `field` of the unit the stages before the last pipe in (of every unit when that is not known).
    private func fields(named field: String, piped stages: [Substring]) -> [FieldSpec] {
        let units = unit(before: stages.dropLast()).map { [$0] } ?? UnitRegistry.all
        return units.flatMap(\.fields).filter { $0.name == field }
    }

    private func metaCompletions(_ line: Substring, _ word: String) -> [String] {
        if !line.contains(" ") { return MetaCommands.allNames.map { "." + $0 }.filter { $0.hasPrefix(line) } }
        switch line.dropFirst().prefix(while: { $0 != " " }) {
        case "mode": return OutputMode.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }
        case "help": return Help.topics.filter { $0.hasPrefix(word) }
        case "show": return session.corpus.documents.map(\.shortID).filter { $0.hasPrefix(word) }.sorted()
        case "timer", "wrap": return ["on", "off"].filter { $0.hasPrefix(word) }
        default: return []
        }
    }

    /// The files and folders whose paths start with `typed` (as typed: relative, absolute or from `~`),
    /// a folder's with '/' after it; hidden ones only when their '.' is typed.
    static func paths(_ typed: String) -> [String] {
        let folder = typed.lastIndex(of: "/").map { String(typed[...$0]) } ?? ""
        let stem = typed.dropFirst(folder.count)
        let listed = folder.isEmpty ? "." : MetaCommands.expandTilde(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
        return names.filter { $0.hasPrefix(stem) && (!$0.hasPrefix(".") || stem.hasPrefix(".")) }.sorted().map { name in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: (listed as NSString).appendingPathComponent(name), isDirectory: &isFolder)
            return folder + name + (exists && isFolder.boolValue ? "/" : "")
        }
    }
}
