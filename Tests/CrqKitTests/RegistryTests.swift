@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis

/// The registries of verbs, units, compare aspects and commands are the one source for help,
/// completion and the documents: every example they show runs, and every name is documented.
@Suite struct RegistryTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let origin: String
        let statement: String
        var testDescription: String { "\(origin): \(statement)" }
    }

    /// The `Examples:` lines of every verb's help.
    static let helpExamples: [Example] = VerbRegistry.all.flatMap { verb in
        let lines = verb.details.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "Examples:") else { return [Example]() }
        return lines[(start + 1)...].prefix { $0.hasPrefix("  ") }.map {
            Example(origin: ".help \(verb.name)", statement: $0.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The statements of the README's code blocks that show the language (one per line, in order).
    static func readmeStatements() throws -> [String] {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        var out: [String] = [], inBlock = false, wanted = false
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("### ") { wanted = line.contains("language in one screen") || line.contains("Who said what") }
            if line.hasPrefix("```") { inBlock.toggle(); continue }
            guard inBlock, wanted else { continue }
            let statement = line.components(separatedBy: "  --").first!.trimmingCharacters(in: .whitespaces)
            if !statement.isEmpty && !statement.hasPrefix("--") { out.append(statement) }
        }
        return out
    }

    @Test func everyVerbHasExamples() {
        for verb in VerbRegistry.all {
            #expect(Self.helpExamples.contains { $0.origin == ".help \(verb.name)" }, "\(verb.name) has no Examples: lines")
        }
    }

    @Test(arguments: helpExamples)
    func helpExampleRuns(_ example: Example) throws {
        var output = "", errors = ""
        let session = Session(corpus: Fixtures.seeds, write: { output += $0 }, report: { errors += $0 })
        session.context.workingDirectory = Fixtures.folder().path
        #expect(session.execute(example.statement), "\(errors)")
        #expect(errors.isEmpty)
        #expect(!output.isEmpty)
    }

    @Test func readmeStatementsRunInOrder() throws {
        let statements = try Self.readmeStatements()
        #expect(statements.count >= 30, "the README's language blocks were not found")
        let folder = Fixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var errors = ""
        let session = Session(corpus: Fixtures.seeds, write: { _ in }, report: { errors += $0 })
        session.context.workingDirectory = folder.path
        for statement in statements {
            #expect(session.execute(statement), "README: \(statement)\n\(errors)")
        }
    }

    @Test func theLanguageReferenceNamesEveryVerbUnitAndAspect() throws {
        let doc = try String(contentsOf: Fixtures.root.appendingPathComponent("docs/language.md"), encoding: .utf8)
        for verb in VerbRegistry.all { #expect(doc.contains("`\(verb.name)"), "docs/language.md does not document the verb \(verb.name)") }
        for unit in UnitRegistry.all { #expect(doc.contains("`\(unit.name)`"), "docs/language.md does not document the unit \(unit.name)") }
        for aspect in CompareAspect.all { #expect(doc.contains("`\(aspect.name)`"), "docs/language.md does not document the aspect \(aspect.name)") }
        // The grammar names every verb and exactly the registered aspects.
        let grammar = doc.components(separatedBy: "## Grammar")[1].components(separatedBy: "```")[1]
        for verb in VerbRegistry.all { #expect(grammar.contains("'\(verb.name)'") || grammar.contains("\(verb.name) "), "grammar lacks \(verb.name)") }
        let aspectLine = try #require(grammar.components(separatedBy: "\n").first { $0.hasPrefix("aspect ") })
        #expect(aspectLine.components(separatedBy: "'").enumerated().filter { $0.offset % 2 == 1 }.map { $0.element } == CompareAspect.names)
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        for command in MetaCommands.all { #expect(readme.contains(".\(command.name)"), "the README does not mention .\(command.name)") }
    }

    /// The README's Loading section names every key the loader reads a field from, as `.help corpus` does.
    @Test func theReadmeNamesEveryFieldKey() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let loading = try #require(readme.components(separatedBy: "### Loading").dropFirst().first?.components(separatedBy: "\n### ").first)
        for (field, keys) in FieldMapping.names {
            for key in keys { #expect(loading.contains("`\(key)`"), "README's Loading section lacks `\(key)` (for \(field))") }
        }
    }

    /// The README links every example notebook `scripts/test` checks.
    @Test func theReadmeLinksEveryExampleNotebook() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("scripts/examples").path)
            .filter { $0.hasSuffix(".crq") }
        #expect(examples.count >= 9)
        for name in examples { #expect(readme.contains("(scripts/examples/\(name))"), "the README does not link scripts/examples/\(name)") }
    }

    @Test func everyHelpTopicRendersAndTheOverviewListsEveryVerb() throws {
        for topic in Help.topics { #expect(!(try Help.text(for: topic)).isEmpty, "\(topic)") }
        let overview = try Help.text(for: "")
        for verb in VerbRegistry.all { #expect(overview.contains(verb.usage), "\(verb.name)") }
        let compare = try Help.text(for: "compare")
        for aspect in CompareAspect.all { #expect(compare.contains("  \(aspect.name) "), "\(aspect.name)") }
        #expect(throws: MetaError.self) { try Help.text(for: "fliter") }
    }

    /// `.help quotes` showed `speaker_kind` cut to `speaker_kin`, its summary out of line with the others.
    @Test func everyFieldNameShowsWholeInItsUnitsHelp() throws {
        for unit in UnitRegistry.all {
            let help = try Help.text(for: unit.name)
            for field in unit.fields { #expect(help.contains("\n  \(field.name)  "), "\(unit.name): \(field.name)") }
        }
    }

    /// The topics an unknown `.help` topic lists, and completion offers, name `docs` and `show` once each.
    @Test func helpTopicsAreListedOnce() throws {
        #expect(Set(Help.topics).count == Help.topics.count, "\(Help.topics)")
        let hint = try #require(#expect(throws: MetaError.self) { try Help.text(for: "nothing") }?.hint)
        #expect(hint.components(separatedBy: " docs,").count == 2, "\(hint)")
    }

    @Test func completionOffersEveryClauseWordAndTheAspects() {
        let session = Session(corpus: Fixtures.seeds, write: { _ in }, report: { _ in })
        let completer = SessionCompleter(session: session)
        #expect(completer.completions(linePrefix: "compare by source on ") == CompareAspect.names.sorted())
        // After `group` and `sort`, only `by` (every field of quotes was offered too); after `quote`, fields still.
        #expect(completer.completions(linePrefix: "quotes | group ") == ["by"])
        #expect(completer.completions(linePrefix: "quotes | sort b") == ["by"])
        #expect(completer.completions(linePrefix: "quotes | group s") == [])
        #expect(completer.completions(linePrefix: "quotes | group by s") == ["source", "sourcing", "speaker", "speaker_kind", "start"])
        #expect(completer.completions(linePrefix: "sentences | quote ").contains("by"))
        #expect(completer.completions(linePrefix: "compare by source on fi") == ["figures"])
        #expect(completer.completions(linePrefix: #"compare doc "000" wi"#) == ["with"])
        #expect(completer.completions(linePrefix: #"compare source "ICARO" with re"#) == ["rest"])
        #expect(completer.completions(linePrefix: "compare by source on terms exc") == ["excluding"])
        #expect(completer.completions(linePrefix: "kwic \"restraint\" wid") == ["width"])
        #expect(completer.completions(linePrefix: "quotes | group by source, speaker | top 3 pe") == ["per"])
        #expect(completer.completions(linePrefix: ".help asp") == ["aspects"])
        // After a comparison, quoted names: those the field names (speakers, outlets, documents) when it
        // names some, else all of them; inside quotes, the names a word of which was typed.
        let values = completer.completions(linePrefix: "quotes | filter speaker = ")
        #expect(values.contains(#""Stéphane Dujarric""#) && !values.contains(#""Brussels Morning""#))
        #expect(values.allSatisfy { $0.hasPrefix("\"") && $0.hasSuffix("\"") })
        #expect(completer.completions(linePrefix: #"quotes | filter speaker = "Dujar"#) == [#"Stéphane Dujarric""#])
        let outlets = Set(Fixtures.seeds.documents.map(\.metadata.source).filter { !$0.isEmpty }.map { "\"\($0)\"" })
        #expect(Set(completer.completions(linePrefix: "sentences | filter source != ")) == outlets)
        #expect(completer.completions(linePrefix: "docs | filter id = ") == ["000", "001", "002", "003", "004"].map { "\"\($0)\"" })
        #expect(completer.completions(linePrefix: #"quotes | filter source = "Infostani" or speaker ~ "Stano"#) == [#"Peter Stano""#])
        // Inside an open quotation mark the word is all that follows it, spaces too; the line editor replaces as much.
        #expect(SessionCompleter.word(in: #"docs | filter source = "Brussels Mor"#) == "Brussels Mor")
        #expect(SessionCompleter.word(in: #"docs | filter "it's" and (dat"#) == "dat")
        #expect(SessionCompleter.word(in: #"docs | filter "it's" and "#) == "")
        #expect(completer.completions(linePrefix: #"docs | filter source = "Brussels Mor"#) == [#"Brussels Morning""#])
        #expect(completer.completions(linePrefix: #"quotes | filter speaker = "Peter "#) == [#"Peter Stano""#])
        // A verb's clause word names its value's kind (quote by: speakers); so does a field before a value (compare source "…").
        let speakers = completer.completions(linePrefix: #"quote by ""#)
        #expect(speakers.contains(#"Stéphane Dujarric""#) && !speakers.contains(#"Brussels Morning""#) && !speakers.contains(#"000""#))
        #expect(Set(completer.completions(linePrefix: #"compare source ""#)) == Set(outlets.map { String($0.dropFirst()) }))
        #expect(Set(completer.completions(linePrefix: #"sentences | filter ""#)).isSuperset(of: speakers + [#"000""#]))
        let any = Set(completer.completions(linePrefix: "quotes | filter text ~ "))
        #expect(any.isSuperset(of: outlets) && any.contains(#""Stéphane Dujarric""#) && any.contains(#""000""#))
    }

    /// Where a condition's term starts, Tab offers no word that joins it to something before (`filter and`
    /// is an error); after a term it does; a clause word just typed is not offered again.
    @Test func completionOffersJoiningWordsOnlyAfterATerm() {
        let session = Session(corpus: Fixtures.seeds, write: { _ in }, report: { _ in })
        let completer = SessionCompleter(session: session)
        for line in ["quotes | filter ", "quotes | filter not ", #"quotes | filter "a" and "#, #"quotes | filter "a" or ("#] {
            let offered = completer.completions(linePrefix: line)
            #expect(offered.contains("speaker") && offered.contains("not") != line.hasSuffix("not "), "\(line): \(offered)")
            #expect(Parser.joiningWords.isDisjoint(with: offered), "\(line): \(offered)")
        }
        #expect(Set(completer.completions(linePrefix: #"quotes | filter "a" "#)).isSuperset(of: Parser.joiningWords))
        #expect(completer.completions(linePrefix: #"quotes | filter "a" a"#) == ["and", "as_written", "author"])
        #expect(!completer.completions(linePrefix: "quotes | group by ").contains("by"))
        #expect(completer.completions(linePrefix: "quotes | sort by date ").contains("desc"))
    }

    @Test func completionOffersTheComparisonsAfterAFieldName() throws {
        let session = Session(corpus: Fixtures.seeds, write: { _ in }, report: { _ in })
        let completer = SessionCompleter(session: session)
        #expect(CompareOp.afterField == ["=", "!=", "<", "<=", ">", ">=", "~", "in"])
        for line in ["quotes | filter speaker ", "quotes | filter kind = \"direct\" and not speaker  ", "docs | filter (date ",
                     "speakers | filter quotes "] {
            #expect(completer.completions(linePrefix: line) == CompareOp.afterField, "\(line)")
        }
        // A field name typed in full is offered as it is, so Tab adds the space; so are the longer names
        // it begins (every unit's fields after a verb that makes a table: doc and docs).
        #expect(completer.completions(linePrefix: "quotes | filter speaker") == ["speaker", "speaker_kind"])
        #expect(completer.completions(linePrefix: "quotes | group by speaker | filter doc") == ["doc", "docs"])
        // Not after a quoted word, a value or a keyword, nor outside a condition.
        for line in [#"quotes | filter text ~ "speaker" "#, "docs | filter date > 2024-01 ", "quotes | filter not ",
                     "quotes | group by speaker ", "quotes | sort by date "] {
            #expect(!completer.completions(linePrefix: line).contains("="), "\(line)")
        }
        #expect(!completer.completions(linePrefix: "quotes | group by speaker").contains("speaker"))
        // The parser's message names the same comparisons.
        var errors = ""
        let reporting = Session(corpus: Fixtures.seeds, write: { _ in }, report: { errors += $0 })
        #expect(!reporting.execute(#"quotes | filter speaker "Jo""#))
        #expect(errors.contains("expected a comparison after 'speaker' (" + CompareOp.afterField.joined(separator: " ") + ")"), "\(errors)")
    }

    @Test func completionOffersTheFieldsOfTheUnitPipedIn() throws {
        let session = Session(corpus: Fixtures.seeds, write: { _ in }, report: { _ in })
        let completer = SessionCompleter(session: session)
        let quotes = try #require(UnitRegistry.named("quotes")), docs = try #require(UnitRegistry.named("docs"))
        let quoteFields = Set(quotes.fields.map(\.name)), docOnly = Set(docs.fields.map(\.name)).subtracting(quoteFields)
        let keywords = Set(FilterStage.spec.keywords).subtracting(Parser.joiningWords)  // a term starts: `not`, no `and`
        try #require(!docOnly.isEmpty)
        // After verbs that keep the unit, its fields only; the same for unit rows bound with let.
        for line in ["quotes | filter ", "let q = quotes | sort by date | limit 9 | filter ", "quotes | filter speaker = \"Jo\" and "] {
            #expect(Set(completer.completions(linePrefix: line)) == quoteFields.union(keywords), "\(line)")
        }
        try #require(session.execute("let q = quotes | filter speaker = \"Stéphane Dujarric\""))
        #expect(Set(completer.completions(linePrefix: "q | filter ")) == quoteFields.union(keywords).union(["q"]))
        // After a verb that makes a table, or on a table bound with let, every unit's fields.
        let every = Set(UnitRegistry.all.flatMap { $0.fields.map(\.name) })
        #expect(Set(completer.completions(linePrefix: "quotes | group by speaker | filter ")).isSuperset(of: every))
        try #require(session.execute("let t = quotes | group by speaker"))
        #expect(Set(completer.completions(linePrefix: "t | filter ")).isSuperset(of: every))
    }

    /// After a field of few fixed values, its values, not the corpus's names.
    @Test func completionOffersTheValuesOfAFieldOfFixedValues() {
        let completer = SessionCompleter(session: Session(corpus: Fixtures.seeds, write: { _ in }, report: { _ in }))
        #expect(completer.completions(linePrefix: "quotes | filter sourcing = ") == ["\"described\"", "\"named\"", "\"none\""])
        #expect(completer.completions(linePrefix: "quotes | filter kind != \"d") == ["direct\""])
        #expect(completer.completions(linePrefix: "quotes | filter speaker_kind = \"") == EntityKind.allCases.map { $0.rawValue + "\"" }.sorted())
        // A field of names still offers the names.
        #expect(completer.completions(linePrefix: "quotes | filter speaker = \"Dujar").contains("Stéphane Dujarric\""))
    }

    /// `.load`, `.read`, `.output` and `save "` complete paths, as shells do: a folder's with '/' (Tab
    /// goes on inside it), a file's as it is (closing the quote after save); hidden files only after a '.'.
    @Test func completionOffersPathsWhereAFileIsNamed() throws {
        let folder = Fixtures.folder(text: ["strikes/a.txt": "A.", "strikes/.crq-snapshot": "", "study.crq": "docs", "notes.md": "N."])
        defer { try? FileManager.default.removeItem(at: folder) }
        let completer = SessionCompleter(session: Session(corpus: Fixtures.seeds, write: { _ in }, report: { _ in }))
        let path = folder.path
        #expect(completer.completions(linePrefix: ".load \(path)/st") == ["\(path)/strikes/", "\(path)/study.crq"])
        #expect(completer.completions(linePrefix: ".read \(path)/strikes/") == ["\(path)/strikes/a.txt"])
        #expect(completer.completions(linePrefix: ".load \(path)/strikes/.") == ["\(path)/strikes/.crq-snapshot"])
        #expect(completer.completions(linePrefix: ".output \(path)/no") == ["\(path)/notes.md"])
        #expect(completer.completions(linePrefix: "quotes | save \"\(path)/st") == ["\(path)/strikes/", "\(path)/study.crq\""])
        #expect(completer.completions(linePrefix: ".load /nonexistent-crq/x").isEmpty)
        // Only paths are listed by their last part: an outlet named "AP/Wire" is not a path.
        #expect([".load \(path)/st", ".output x", "quotes | save \"o", "quotes | save 'o"].allSatisfy(completer.completesPath))
        #expect(![".mode c", ".load", "quotes | filter source = \"AP/W", "quotes | group by sp", "save"].contains(where: completer.completesPath))
    }
}
