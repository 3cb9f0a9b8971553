import Annotation
import CorpusModel
import Foundation
import QueryLanguage
import TextAnalysis

/// Tab completion for the shell: commands, verbs, units, fields, keywords, bound names, and, inside
/// quotes or after `=` and `~`, document ids, outlet and speaker names. What it offers depends on where the cursor is: a unit or
/// name at the start of a statement, a verb after `|`, fields (of the unit piped in, when known) and keywords inside a stage.
package final class SessionCompleter: Completer {
    private let session: Session
    package init(session: Session) { self.session = session }

    /// Corpora smaller than this (bytes of text) have their quotations extracted for completion.
    static let quickExtraction = 20_000_000
    /// The words of every verb's clauses.
    static let keywords = Set(VerbRegistry.all.flatMap(\.keywords))
    /// Characters that end the word being completed (the line editor uses the same set).
    package static let wordBreaks: Set<Character> = ["(", ")", "[", "]", "{", "}", ",", ";", "=", "|", "\"", "'", "<", ">", "~"]

    package func completions(linePrefix: String) -> [String] {
        let word = String(linePrefix.reversed().prefix { !$0.isWhitespace && !Self.wordBreaks.contains($0) }.reversed())
        let before = linePrefix.dropLast(word.count)
        let trimmed = linePrefix.drop { $0 == " " }
        if trimmed.hasPrefix(".") { return metaCompletions(trimmed, word) }
        if let quote = before.last, quote == "\"" || quote == "'" {
            // Inside quotes: the names, closing the quote.
            let typed = WordKey.string(word)
            return names().filter { name in
                let n = WordKey.string(name)
                return n.hasPrefix(typed) || n.split(separator: " ").contains { $0.hasPrefix(typed) }
            }.sorted().map { $0 + String(quote) }
        }
        let context = before.trimmingCharacters(in: .whitespaces)
        // After a comparison ("speaker = "): the names, in quotes.
        if word.isEmpty, context.hasSuffix("=") || context.hasSuffix("~") { return names().sorted().map { "\"" + $0 + "\"" } }
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
            let verb = stages.last.flatMap(Self.firstWord).flatMap(VerbRegistry.named)
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
    /// with, while every verb after it keeps that unit (`quotes | sort by date |`); nil when not known.
    private func unit(before stages: ArraySlice<Substring>) -> UnitSpec? {
        guard var head = stages.first else { return nil }
        if Self.firstWord(head) == "let", let equals = head.firstIndex(of: "=") { head = head[head.index(after: equals)...] }
        guard let name = Self.firstWord(head),
              stages.dropFirst().allSatisfy({ Self.firstWord($0).flatMap(VerbRegistry.named)?.keepsUnit ?? false }) else { return nil }
        if let bound = session.context.bindings[name] {
            guard case let .units(rows) = bound else { return nil }
            return rows.unit
        }
        return UnitRegistry.named(name)
    }

    private static func firstWord(_ stage: Substring) -> String? { stage.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) }

    /// What a quoted value may name: outlets, document ids and, once quotations are extracted (or
    /// when extracting them is quick), speakers.
    private func names() -> Set<String> {
        let corpus = session.corpus
        var names = Set(corpus.documents.map(\.metadata.source).filter { !$0.isEmpty } + corpus.documents.map(\.shortID))
        if corpus.hasAnnotations || corpus.byteCount < Self.quickExtraction {
            names.formUnion(corpus.annotations.speakers.map { corpus.annotations.entities[$0].canonical })
        }
        return names
    }

    private func metaCompletions(_ line: Substring, _ word: String) -> [String] {
        if !line.contains(" ") { return MetaCommands.all.map { "." + $0.name }.filter { $0.hasPrefix(line) } }
        switch line.dropFirst().prefix(while: { $0 != " " }) {
        case "mode": return OutputMode.allCases.map(\.rawValue).filter { $0.hasPrefix(word) }
        case "help": return Help.topics.filter { $0.hasPrefix(word) }
        case "show": return session.corpus.documents.map(\.shortID).filter { $0.hasPrefix(word) }.sorted()
        case "timer", "wrap": return ["on", "off"].filter { $0.hasPrefix(word) }
        default: return []
        }
    }
}
