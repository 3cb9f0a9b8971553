import Foundation

/// The text of `.help`, built from the verb, unit and command registries so it cannot drift.
public enum Help {
    public static func text(for topic: String) throws(MetaError) -> String {
        let t = topic.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if t.isEmpty { return overview }
        if let verb = VerbRegistry.named(t) {
            return "\(verb.usage)\n  \(verb.summary)\n\n\(verb.details)\n"
        }
        if let unit = UnitRegistry.named(t) { return fields(of: unit) }
        if let command = MetaCommands.named(t) { return "\(command.usage)\n  \(command.summary)\n" }
        switch t {
        case "fields": return UnitRegistry.all.map(fields(of:)).joined(separator: "\n")
        case "units": return UnitRegistry.all.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \($0.summary)" }.joined(separator: "\n") + "\n"
        case "language", "syntax", "grammar": return language
        case "notebook", "notebooks": return notebooks
        case "modes": return "Output modes (.mode, --mode, and save by file extension):\n" + OutputMode.allCases.map { "  \($0.rawValue)" }.joined(separator: "\n") + "\n"
        case "aspects": return "What compare … on ASPECT compares (default terms):\n" + CompareAspect.helpRows + "\n"
        default:
            let near = topics.nearest(to: t)
            throw MetaError("no help on '\(topic)'", hint: near.isEmpty ? "topics: " + topics.joined(separator: ", ")
                                                                         : "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?")
        }
    }

    /// Every topic `.help` knows, in the order completion offers them.
    static let topics = VerbRegistry.all.map(\.name) + UnitRegistry.all.map(\.name) + MetaCommands.all.map(\.name)
        + ["fields", "units", "aspects", "language", "modes", "notebooks"]

    static func fields(of unit: UnitSpec) -> String {
        "\(unit.name): \(unit.summary)\n" + unit.fields.map {
            "  \($0.name.padding(toLength: 11, withPad: " ", startingAt: 0)) \($0.kind.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \($0.summary)"
        }.joined(separator: "\n") + "\n"
    }

    /// `  usage   summary`, the summary on its own line when the usage is too long to share one.
    static func row(_ usage: String, _ summary: String) -> String {
        let column = 44
        return usage.count < column ? "  " + usage.padding(toLength: column, withPad: " ", startingAt: 0) + " " + summary
                                    : "  " + usage + "\n" + String(repeating: " ", count: column + 3) + summary
    }

    static var overview: String {
        var s = """
        crq answers questions about a corpus of news articles with pipelines:
          UNIT | VERB … | VERB …        e.g.  sentences | filter "restraint" | group by source

        Units:
        """
        s += "\n" + UnitRegistry.all.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \($0.summary)" }.joined(separator: "\n")
        s += "\n  terms        term frequencies (also a verb)\n  let NAME = PIPELINE   binds a result; NAME then starts a pipeline\n\nVerbs:\n"
        s += VerbRegistry.all.map { row($0.usage, $0.summary) }.joined(separator: "\n")
        s += "\n\nCommands:\n"
        s += MetaCommands.all.map { row($0.usage, $0.summary) }.joined(separator: "\n")
        s += "\n\n.help VERB, .help UNIT (its fields), .help aspects (of compare), .help language (the grammar), .help modes, .help notebooks.\n"
        return s
    }

    static let language = """
    statement := 'let' NAME '=' pipeline | pipeline
    pipeline  := head ('|' stage)*          -- a line ending in '|' continues on the next
    head      := UNIT | NAME | terms | kwic …
    condition := condition 'or' condition | condition 'and' condition | 'not' condition | '(' condition ')'
               | "words" ['near' N "words"] | /regex/[c]
               | FIELD (= | != | < | <= | > | >= | ~) VALUE | FIELD 'in' '(' VALUE, … ')'
    VALUE     := "text" | NUMBER | DATE (2024-01-18, 2024-01) | /regex/
    Comments run from -- or # to the end of the line. Words match case- and diacritic-insensitively;
    a regex is case-insensitive unless it has the flag c. See docs/language.md.

    """

    static let notebooks = """
    A notebook is a .crq script that carries its results: under each statement, its output as
    comment lines, so the file still runs with crq run and .read, and reads well in a diff.
      -- crq notebook · corpus seeds · 5 documents · fingerprint 0123456789abcdef · crq 0.1.0
      -- Prose is comment lines.
      sentences | filter "restraint" | count
      --> count
      --> ─────
      -->    18
    '--> ' lines are output, '--! ' lines an error. Output is rendered at 100 columns, without colour.
      crq run --update FILE.crq         run it and record each statement's output in the file (atomically)
      crq check FILE.crq …              re-run; exit 0 if every output matches, else a diff per statement
      crq render FILE.crq [-o OUT.md]   Markdown: prose, statements as code, results as tables
    The header's fingerprint is a hash of the documents' text and metadata: check says first when
    the corpus is not the one the notebook was recorded on. Examples: scripts/examples/.

    """
}
