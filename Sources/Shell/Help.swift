import CorpusModel
import Foundation
import QueryLanguage
import TextAnalysis

/// The text of `.help`, built from the verb, unit and command registries so it cannot drift.
enum Help {
    static func text(for topic: String) throws(MetaError) -> String {
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
        case "corpus", "corpora", "formats", "loading": return corpus
        case "modes":
            return "Output modes (.mode, --mode, and save by file extension):\n"
                + OutputMode.allCases.map { "  \($0.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \($0.summary)" }.joined(separator: "\n")
                + "\nAn empty group key shows as (none) and a whole number grouped in thousands (1,139) in table, "
                + "markdown and line modes and in rendered notebooks; the data modes write them as they are.\n"
        case "aspects": return "What compare … on ASPECT compares (default terms):\n" + CompareAspect.helpRows + "\n"
        default:
            throw MetaError("no help on '\(topic)'", hint: topics.didYouMean(t, otherwise: "topics: " + topics.joined(separator: ", ")))
        }
    }

    /// Every topic `.help` knows, once each (`docs` is a unit and a command, `show` a verb and a command),
    /// in the order completion offers them.
    static let topics: [String] = {
        let names = VerbRegistry.all.map(\.name) + UnitRegistry.all.map(\.name) + MetaCommands.allNames
            + ["fields", "units", "aspects", "language", "modes", "notebooks", "corpus"]
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }()

    /// A unit's fields, one a line: name, kind, summary; the name column wider than the longest name,
    /// so a wrapped summary continues under the kind column on every line.
    static func fields(of unit: UnitSpec) -> String {
        let width = max(11, (unit.fields.map(\.name.count).max() ?? 0) + 1)
        return "\(unit.name): \(unit.summary)\n" + unit.fields.map {
            "  \($0.name.padding(toLength: width, withPad: " ", startingAt: 0)) \($0.kind.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \($0.summary)"
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
        s += "\n\n.help VERB, .help UNIT (its fields), .help aspects (of compare), .help language (the grammar), .help modes, .help notebooks, "
        s += ".help corpus (the files crq reads, --field, --quiet).\n"
        return s
    }

    static let language = """
    statement := 'let' NAME '=' pipeline | pipeline
    pipeline  := head ('|' stage)*   -- a line ending in '|' continues on the next
    head      := UNIT | NAME | terms | kwic …
    condition := condition 'or' condition | condition 'and' condition
               | 'not' condition | '(' condition ')'
               | "words" ['near' N "words"] | /regex/[c]
               | FIELD (= | != | < | <= | > | >= | ~) VALUE
               | FIELD 'in' '(' VALUE, … ')'
    VALUE     := "text" | NUMBER | DATE (2024-01-18, 2024-01) | /regex/
    Comments run from -- or # to the end of the line. Words match case- and \
    diacritic-insensitively; a regex is case-insensitive unless it has the flag c. See docs/language.md.

    """

    /// The formats crq loads and the field names it knows, from the loader's own tables.
    static var corpus: String {
        var s = """
        A corpus is a folder (read recursively) or one file:
          .txt, .md          one document per file; a metadata.tsv or metadata.csv at the top of the \
        folder, keyed by a file column, gives their fields; where it gives no date or source, a date in the file name \
        (reuters_2024-01-18_strikes.txt) gives the date; the source is the top folder when the files sit in \
        several (strikes/reuters/a.txt), else the words before the date when the names give two or more
          .csv, .tsv         a header line, then one article per row (RFC 4180 quoting: "…", "" for ", \
        line breaks inside quotes)
          .json              an array of articles, or an object holding one ({"articles": […]})
          .jsonl, .ndjson    one article per line
          any of them .gz    gzip-compressed (a cut or damaged file keeps its lines before the fault)
        The fields of an article, and the names crq looks for (case does not matter; nested objects \
        are read as source.name; a list of authors is joined):

        """
        s += FieldMapping.names.map { "  " + $0.field.padding(toLength: 8, withPad: " ", startingAt: 0) + $0.keys.joined(separator: ", ") }
            .joined(separator: "\n")
        s += """

        Other fields are fields of every unit of the text under their own names (docs | group by \
        section). A note says which name filled which field when it was not the field's own.
          crq export.csv --field text=body --field source=publication   any other name
          .load export.csv --field text=body                   the same in the shell
          crq corpus.jsonl.gz --quiet -c 'docs | count'        nothing said about the load
        Outside the shell, the warnings and notes about the load (three saying one thing, the rest \
        counted) and the summary go to standard error; in the shell the summary counts them and .warnings \
        lists them all. See docs/errors.md.

        """
        return s
    }

    static let notebooks = """
    A notebook is a .crq script that carries its results: under each statement, its output as \
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
      crq render --html FILE.crq -o OUT.html
                                        one self-contained page with SVG charts: bars for \
    group by, a line for group by day|week|month(date), a heatmap for compare … on speakers
    The header's fingerprint is a hash of the documents' text and metadata: check says first when \
    the corpus is not the one the notebook was recorded on. render re-runs the statements and draws \
    tables from their results when the corpus is the recorded one; otherwise it shows the recorded \
    text. Examples: scripts/examples/.

    """
}
