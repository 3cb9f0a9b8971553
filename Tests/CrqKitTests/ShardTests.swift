@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
import Testing

/// `crq shard` and the partial results of `crq worker`, merged as `crq merge` does.
@Suite struct ShardTests {
    /// A folder corpus whose ids share prefixes, so the short ids of a shard alone would differ.
    static let corpus: URL = Fixtures.folder(text: [
        "a_1_x.txt": "Iran and Pakistan talk.\nThe talks on restraint went on. Restraint was urged.\n",
        "a_2_y.txt": "Officials met in Islamabad.\nRestraint, they said. Talks resumed on Monday.\n",
        "b_1.txt": "A second outlet reports.\nIran urged restraint. Pakistan agreed.\n",
        "c.txt": "Markets rose.\nNothing about talks here at all, only markets and more markets.\n",
        "d.txt": "Late news.\nIran and Pakistan restraint restraint.\n",
        "metadata.tsv": "file\tsource\tdate\tsection\na_1_x.txt\tWire\t2024-01-18\tone\na_2_y.txt\tDaily\t2024-01-19\ttwo\nb_1.txt\tWire\t2024-01\tthree\n"
            + "c.txt\tDaily\t2023-12-31\tfour\nd.txt\tWire\t\tfive\n",
    ])

    static func shards(_ parts: Int) throws -> [Corpus] {
        let out = Fixtures.folder().appendingPathComponent("shards").path
        let written = try CorpusSharder.shard(corpus.path, parts: parts, into: out)
        return try written.map { try CorpusLoader().load($0.path) }
    }

    @Test func shardsKeepOrderIdsAndMetadata() throws {
        let whole = try CorpusLoader().load(Self.corpus.path)
        let shards = try Self.shards(3)
        #expect(shards.count == 3)
        #expect(shards.allSatisfy { !$0.documents.isEmpty })
        let docs = shards.flatMap(\.documents)
        #expect(docs.map(\.id) == whole.documents.map(\.id))
        #expect(docs.map(\.shortID) == whole.documents.map(\.shortID))
        #expect(docs.map(\.metadata.source) == whole.documents.map(\.metadata.source))
        #expect(docs.map { $0.metadata.extra.map(\.value) } == whole.documents.map { $0.metadata.extra.map(\.value) })
        #expect(docs.map(\.date) == whole.documents.map(\.date))
        // Alone, the first shard's a_1_x would be "a"; its manifest keeps the whole corpus's id.
        #expect(whole.documents[0].shortID == "a_1")
        #expect(ShortIDs.assign(["a_1_x", "a_2_y"]) == ["a_1", "a_2"])
    }

    /// A shard holding one top folder's files still takes its outlet from the folder, as the whole does.
    @Test func shardsKeepOutletsTheFoldersGive() throws {
        let folder = Fixtures.folder(text: ["wire/a.txt": "Pier\nThe pier closed.\n", "wire/b.txt": "Levy\nThe levy rose.\n",
                                            "gazette/c.txt": "Quay\nThe quay opened.\n"])
        let whole = try CorpusLoader().load(folder.path)
        #expect(whole.documents.map(\.metadata.source) == ["gazette", "wire", "wire"])
        let out = Fixtures.folder().appendingPathComponent("shards").path
        let shards = try CorpusSharder.shard(folder.path, parts: 2, into: out).map { try CorpusLoader().load($0.path) }
        #expect(shards.map(\.documents.count) == [1, 2])
        #expect(shards.flatMap(\.documents).map(\.metadata.source) == ["gazette", "wire", "wire"])
    }

    @Test func cutsAreContiguousNonEmptyAndBalancedByBytes() {
        #expect(CorpusSharder.balancedCuts([10, 10, 10, 10], parts: 2) == [0, 2, 4])
        #expect(CorpusSharder.balancedCuts([100, 1, 1, 1], parts: 2) == [0, 1, 4])
        #expect(CorpusSharder.balancedCuts([1, 1, 1, 100], parts: 3) == [0, 2, 3, 4])
        #expect(CorpusSharder.balancedCuts([5, 5, 5], parts: 3) == [0, 1, 2, 3])
    }

    @Test func refusesWhatItCannotCut() throws {
        let out = Fixtures.folder().path
        #expect(throws: LoadError.self) { try CorpusSharder.shard(Self.corpus.path, parts: 2, into: out) }   // exists
        let fresh = Fixtures.folder().appendingPathComponent("s").path
        let tooMany = #expect(throws: LoadError.self) { try CorpusSharder.shard(Self.corpus.path, parts: 6, into: fresh) }
        #expect(tooMany?.message == "cannot cut 5 documents into 6 shards")
        let records = Fixtures.folder(text: ["a.jsonl": "{\"text\": \"x\"}\n"])
        let refused = #expect(throws: LoadError.self) { try CorpusSharder.shard(records.path, parts: 1, into: fresh) }
        #expect(refused?.message.contains("holds records") == true)
        #expect(!FileManager.default.fileExists(atPath: fresh))
    }

    /// The statement's output on the whole corpus and merged from shards' partials, as the table view prints them.
    static func both(_ statement: String, shards: [Corpus]) throws -> (whole: String, merged: String) {
        let whole = try CorpusLoader().load(corpus.path)
        let options = RenderOptions(width: 100, color: false, maxRows: 100)
        func render(_ r: Relation, _ c: EvalContext) throws -> String {
            var text = ""
            try RowStream.render(r, mode: .table, options: options, c, at: SourceRange(0, 0)) { text += $0 }
            return text
        }
        let parsed = try Parser.parse(SourceText(statement))
        let single = EvalContext(corpus: whole)
        let lines = try shards.enumerated().flatMap { k, shard in try Partial.lines(of: parsed, shard: k, EvalContext(corpus: shard)) }
        let empty = EvalContext(corpus: .empty(name: "shards"))
        return (try render(Evaluator.run(parsed, in: single), single),
                try render(Partial.merge(parsed, lines: lines.shuffled(), empty), empty))
    }

    @Test(arguments: [
        "docs | count", "sentences | filter \"restraint\" | count", "sentences | limit 3 | count",
        "sentences | filter \"restraint\" | group by source", "docs | group by month(date), source | top 2",
        "sentences | filter \"Iran\" | group by source, paragraph | top 2 per source",
        "terms | top 5", "sentences | filter \"Iran\" | terms", "paragraphs | filter /talk\\w*/",
        "sentences | filter \"restraint\" | sort by date desc, id | limit 3", "docs | show id, section, date | sort by section",
        "kwic \"restraint\" width 10 | sort by left", "sentences | kwic \"Pakistan\"", "docs | top 2",
        "sentences | sort by id desc | kwic \"Iran\" width 10",
        "compare by source", "sentences | filter \"restraint\" | compare by doc on terms | show group, term, count_a",
    ])
    func mergedPartialsPrintAsTheWholeCorpus(statement: String) throws {
        for parts in [2, 5] {
            let (whole, merged) = try Self.both(statement, shards: try Self.shards(parts))
            #expect(merged == whole, "\(parts) shards")
        }
    }

    @Test(arguments: [
        ("passages | kwic \"Iran\"", "'kwic' cannot run over shards yet: its lines would follow the passages' clusters"),
        ("compare doc \"c\" with rest", "'compare' cannot run over shards yet: its sets"),
        ("docs | limit 3 | compare by source excluding shared", "'compare' cannot run over shards yet: excluding shared after limit"),
        ("sentences | sort by date | quote", "'quote' cannot run over shards yet: it follows sort, limit or top"),
        ("speakers | filter kind = \"group\" | quote", "'quote' cannot run over shards yet: the merged speakers hold no quotations"),
        ("sentences | limit 4 | filter \"Iran\" | limit 2 | filter \"Pakistan\"", "'filter' cannot run over shards yet: it follows a second limit or top"),
        ("sentences | top 2 per source | count", "'top' cannot run over shards yet: top … per chooses rows of each group"),
    ])
    func refusesWhatItCannotMergeExactly(statement: String, message: String) throws {
        let parsed = try Parser.parse(SourceText(statement))
        let error = #expect(throws: QueryError.self) { try Partial.check(parsed) }
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    /// Speakers named in full in one shard and by surname in others are the whole corpus's speakers
    /// when every shard resolves against the corpus's name variants (the two passes of crq-spark).
    @Test func quotesNameTheWholeCorpusSpeakers() throws {
        let folder = Fixtures.folder(text: [
            "a.txt": "A briefing.\nUN Spokesperson Stéphane Dujarric said the talks would continue.\n",
            "b.txt": "Markets rose today.\nDujarric said aid was arriving in the north.\n",
            "c.txt": "Officials met.\nDujarric told reporters that the convoy had left.\n",
        ])
        let out = Fixtures.folder().appendingPathComponent("shards").path
        let shards = try CorpusSharder.shard(folder.path, parts: 3, into: out).map { try CorpusLoader().load($0.path) }
        let whole = try CorpusLoader().load(folder.path)
        for statement in ["quotes | group by speaker", "quotes | filter speaker = \"Stephane Dujarric\" | show id, speaker, text"] {
            let parsed = try Parser.parse(SourceText(statement))
            // Alone, a shard would call its speaker "Dujarric": without the corpus's variants it refuses.
            #expect(throws: QueryError.self) { try Partial.resolveEntities(for: parsed, shards[1], variantLines: nil) }
            let merged = try Self.mergedInTwoPasses(parsed, folder, parts: 3)
            let single = EvalContext(corpus: whole)
            let expected = try Materializer.table(Evaluator.run(parsed, in: single), single).rows
            #expect(merged.rows == expected)
            #expect(merged.rows.count == (statement.hasPrefix("quotes | group") ? 1 : 3))
            #expect(merged.rows.allSatisfy { $0.contains(.string("Stéphane Dujarric")) })
        }
    }

    /// The table `statement` gives merged from `parts` shards of `folder` that resolve names against
    /// the corpus's name variants, as crq-spark's two passes do.
    static func mergedInTwoPasses(_ statement: Statement, _ folder: URL, parts: Int) throws -> Table {
        let cut = { try CorpusSharder.shard(folder.path, parts: parts, into: Fixtures.folder().appendingPathComponent("s").path)
            .map { try CorpusLoader().load($0.path) } }
        let variants = try Partial.corpusVariants(try cut().enumerated().flatMap { k, s in
            try Partial.variantLines(shard: k, EvalContext(corpus: s))
        }.shuffled())
        // The quantities' pass, when the statement needs it: every shard's figures grouped once.
        let passes = try Partial.check(statement)
        let quantities = passes.contains(.figures) ? try Partial.corpusQuantities(try cut().enumerated().flatMap { k, s in
            try Partial.resolveEntities(for: statement, s, variantLines: variants)
            return try Partial.figureLines(shard: k, EvalContext(corpus: s))
        }.shuffled()) : nil
        // The reuse clusters' pass: every shard's words, the clusters found once; then, for excluding
        // shared, the clusters each shard's groups touch.
        let passages = passes.contains(.passages) ? try Partial.corpusPassages(try cut().enumerated().flatMap { k, s in
            try Partial.wordLines(shard: k, EvalContext(corpus: s))
        }.shuffled(), EvalContext(corpus: .empty(name: "shards"))) : nil
        func shard(_ k: Int, _ corpus: Corpus) throws -> EvalContext {
            try Partial.resolveEntities(for: statement, corpus, variantLines: variants)
            let context = EvalContext(corpus: corpus)
            try Partial.resolveQuantities(for: statement, shard: k, context, lines: quantities)
            try Partial.resolvePassages(for: statement, shard: k, context, lines: passages)
            return context
        }
        let shared = passes.contains(.shared) ? try Partial.sharedClusters(try cut().enumerated().flatMap { k, s in
            try Partial.touchLines(of: statement, shard: k, shard(k, s))
        }.shuffled()) : nil
        let selected = passes.contains(.select) ? try Partial.selection(statement, lines: try cut().enumerated().flatMap { k, s in
            try Partial.pickLines(of: statement, shard: k, shard(k, s))
        }.shuffled()) : nil
        let lines = try cut().enumerated().flatMap { k, s in
            try Partial.lines(of: statement, shard: k, shard(k, s), selected: selected, shared: shared)
        }
        let empty = EvalContext(corpus: .empty(name: "shards"))
        return try Materializer.table(Partial.merge(statement, lines: lines.shuffled(), empty), empty)
    }

    /// Speakers and entities merged from shards (counts added, sources joined, by the corpus's
    /// numbering) are the rows, order and fields of one process, whatever stages follow.
    @Test(arguments: [
        "speakers", "entities", "speakers | top 2", "entities | count", "speakers | count",
        "entities | sort by docs desc, name | limit 4", "entities | top 3 | show name, mentions, docs, sources",
        "speakers | filter kind = \"person\" | show name, quotes, mentions, docs, sources, roles, variants",
        "entities | filter mentions >= 2 | group by kind", "speakers | sort by name | top 2 | show name, quotes",
    ])
    func speakersAndEntitiesMergeAsTheWholeCorpus(statement: String) throws {
        let folder = Fixtures.folder(text: [
            "a.txt": "A briefing.\nUN Spokesperson Stéphane Dujarric said the talks would continue. Pakistan agreed.\n",
            "b.txt": "Markets rose today.\nDujarric said aid was arriving in Pakistan. Iran's Foreign Minister Abbas Araghchi said Iran wanted calm.\n",
            "c.txt": "Officials met.\nAraghchi told reporters that the convoy had left. \"We stay,\" said Dujarric.\n",
            "d.txt": "Late news.\nThe United Nations said Iran and Pakistan had talked. Araghchi said so too.\n",
            "metadata.tsv": "file\tsource\na.txt\tWire\nb.txt\tDaily\nc.txt\tWire\nd.txt\tHerald\n",
        ])
        try Self.expectMergedAsOneProcess(statement, folder)
    }

    /// Expects `statement` on `folder` cut into 2 and 4 shards (merged in two passes) to give one process's
    /// columns and rows, and those not to be empty.
    static func expectMergedAsOneProcess(_ statement: String, _ folder: URL) throws {
        let parsed = try Parser.parse(SourceText(statement))
        let single = EvalContext(corpus: try CorpusLoader().load(folder.path))
        let expected = try Materializer.table(Evaluator.run(parsed, in: single), single)
        #expect(!expected.rows.isEmpty && expected.rows != [[.int(0)]])
        for parts in [2, 4] {
            let merged = try Self.mergedInTwoPasses(parsed, folder, parts: parts)
            #expect(merged.columns.map(\.name) == expected.columns.map(\.name), "\(parts) shards")
            #expect(merged.rows == expected.rows, "\(parts) shards")
        }
    }

    /// Quotations and figures found in each shard, but grouped, matched or compared across all of them
    /// (quote, quantities, a figure's quantity and status, compare on quotes, speakers and figures),
    /// merge to the rows one process gives.
    @Test(arguments: [
        "sentences | filter \"killed\" | quote", "quote by \"Dujarric\" | show id, speaker, text", "compare by source on quotes",
        "compare by source on speakers", "figures | show id, text, quantity, status", "figures | group by quantity", "figures",
        "quantities", "quantities | filter status = \"clash\" | show quantity, values, outlets", "compare by source on figures",
    ])
    func quotationsAndFiguresMergeAcrossShards(statement: String) throws {
        let folder = Fixtures.folder(text: [
            "a.txt": "Strikes hit the border.\nAt least seven people were killed in Pakistan on Thursday, officials said. Dujarric said the talks would continue.\n",
            "b.txt": "Toll rises.\nNine people were killed in Pakistan on Thursday. UN Spokesperson Stéphane Dujarric said \"restraint is needed now\".\n",
            "c.txt": "Markets.\nSeven people were killed in Pakistan on Thursday, the ministry said. \"Restraint is needed now,\" Dujarric said.\n",
            "d.txt": "Late news.\nTwo children were killed in Pakistan by Iranian strikes, Dujarric said.\n",
            "metadata.tsv": "file\tsource\tdate\na.txt\tWire\t2024-01-19\nb.txt\tDaily\t2024-01-19\nc.txt\tHerald\t2024-01-20\nd.txt\tWire\t2024-01-20\n",
        ])
        try Self.expectMergedAsOneProcess(statement, folder)
    }

    /// A joint speaker's quotation counts for each of its people over shards as in one process, the
    /// people resolved against the whole corpus ("Ms. Voss" of one shard is the Lena Voss of another).
    @Test(arguments: [
        "quotes | group by speaker", "speakers | show name, kind, quotes, docs", "entities | show name, mentions, quotes",
        "compare by source on speakers", "quotes | filter speaker = \"Lena Voss\" | show id, speaker",
        "quotes | compare by speaker on speakers", "quotes | compare by speaker on quotes",
    ])
    func jointSpeakersMergeAcrossShards(statement: String) throws {
        let folder = Fixtures.folder(text: [
            "a.txt": "Harbour closes.\nPiet Grund and Lena Voss said the harbour would close on Friday.\n",
            "b.txt": "Ferries stop.\nMs. Voss said the ferries would stop as well.\n",
            "c.txt": "Market open.\nKarl Voss and Anna Brink said the fish market would stay open.\n",
            "d.txt": "Late news.\nPiet Grund and Ms. Voss said the ferries had lost money for years.\n",
            "metadata.tsv": "file\tsource\tdate\na.txt\tWire\t2024-01-19\nb.txt\tDaily\t2024-01-19\nc.txt\tHerald\t2024-01-20\nd.txt\tWire\t2024-01-20\n",
        ])
        try Self.expectMergedAsOneProcess(statement, folder)
    }

    /// Reused passages and boilerplate are found across the whole corpus (the shards' words numbered as
    /// one process numbers them, the clusters found once): their rows, in the clusters' order, the
    /// comparison of groups on them and the words left out by `excluding shared` merge to one process's.
    @Test(arguments: [
        "passages", "boilerplate", "passages | count", "passages | sort by words desc, id | limit 3 | show id, cluster, members, first, similarity",
        "passages | group by source", "boilerplate | show id, cluster, members, first, text", "passages | limit 2 | filter \"Pakistan\"",
        "compare by source on passages", "sentences | filter \"Pakistan\" | compare by date on passages",
        "compare by source on terms excluding shared | show group, term, count_a, total_a", // total_a: 112 words of Wire's 135
    ])
    func passagesMergeAcrossShards(statement: String) throws {
        let copy = "The foreign ministers of Iran and Pakistan agreed on Thursday to restore their ambassadors and to hold talks on border security next month."
        let footer = "Subscribe to the Wire newsletter for daily briefings on regional security, markets and diplomacy from our correspondents."
        let folder = Fixtures.folder(text: [
            "a.txt": "Ministers agree.\n\(copy) Officials welcomed the news.\n\n\(footer)\n",
            "b.txt": "Talks resume.\nMarkets were calm. \(copy) Both sides urged restraint.\n",
            "c.txt": "Border news.\nTraders in Quetta reopened their shops.\n\n\(footer)\n",
            "d.txt": "Restraint urged.\nThe region waited. \(copy.replacingOccurrences(of: "next month", with: "in February"))\n",
            "e.txt": "Weather.\nRain fell over Karachi and Lahore for most of the week. Rain, rain and more rain: rain fell and rain fell again, rain all "
                + "week, rain. Rain in Quetta, rain in Multan, rain in Peshawar, rain by the sea, rain on the hills, rain and rain.\n\n\(footer)\n",
            "metadata.tsv": "file\tsource\tdate\na.txt\tWire\t2024-01-18\nb.txt\tDaily\t2024-01-19\nc.txt\tWire\t2024-01-20\n"
                + "d.txt\tHerald\t2024-01-21\ne.txt\tWire\t2024-01-22\n",
        ])
        if statement.hasPrefix("passages | limit") { #expect(try Partial.check(Parser.parse(SourceText(statement))) == [.passages, .select]) }
        try Self.expectMergedAsOneProcess(statement, folder)
    }

    /// Without the whole corpus's reuse clusters a shard refuses a statement that reads them (it would
    /// find its own otherwise); clusters naming tokens its documents lack are refused too.
    @Test func passagesNeedTheCorpusClusters() throws {
        let parsed = try Parser.parse(SourceText("passages | count"))
        #expect(try Partial.check(parsed) == [.passages])
        #expect(try Partial.check(Parser.parse(SourceText("compare by source excluding shared"))) == [.passages, .shared])
        let shard = EvalContext(corpus: try Self.shards(2)[0])
        #expect(throws: QueryError.self) { try Partial.resolvePassages(for: parsed, shard: 0, shard, lines: nil) }
        let wrong = #expect(throws: QueryError.self) {
            try Partial.resolvePassages(for: parsed, shard: 0, shard, lines: [#"{"boilerplate":0,"cluster":0,"first":"a","members":[[0,0,0,9999,{"number":"1.0"}]]}"#])
        }
        #expect(wrong?.message.hasPrefix("the passages given are not those of this shard's documents") == true)
        let huge = #expect(throws: QueryError.self) {
            try Partial.resolvePassages(for: parsed, shard: 0, shard, lines: [#"{"boilerplate":0,"cluster":4294967296,"first":"a","members":[[0,0,0,1,{"number":"1.0"}]]}"#])
        }
        #expect(huge?.message == "line 1 of the passages is not a cluster")
    }

    /// A shard's terms with one that is not a string are refused (dropping it would renumber the rest).
    @Test func aTermThatIsNotAStringIsRefused() throws {
        let lines = [#"{"shard":0,"terms":["a",7,"b"]}"#, #"{"shard":0,"i":0,"tokens":"0 1","sentences":"0","document":[null,"s","d1"]}"#]
        let error = #expect(throws: QueryError.self) { try Partial.corpusPassages(lines, EvalContext(corpus: .empty(name: "shards"))) }
        #expect(error?.message == "word line 1 has a term that is not a string")
    }

    /// The shared clusters given to a shard are numbers, or refused (one left out would keep its words).
    @Test func sharedClustersThatAreNotNumbersAreRefused() throws {
        #expect(try Partial.sharedSet([#"{"shared":[1,4]}"#], at: SourceRange(0, 0)) == [1, 4])
        #expect(throws: QueryError.self) { try Partial.sharedSet([#"{"shared":[1,"4"]}"#], at: SourceRange(0, 0)) }
    }

    /// Reading the shards' word lines (a long line per document) stops when the statement is cancelled.
    @Test func readingWordLinesStopsWhenCancelled() throws {
        let word = #"{"shard":0,"i":0,"tokens":"0","sentences":"0","document":[null,"s","d1"]}"#
        let lines = [#"{"shard":0,"terms":["a"]}"#] + Array(repeating: word, count: 400) + ["not a word line"]
        let error = #expect(throws: QueryError.self) { try Partial.corpusPassages(lines, EvalContext(corpus: .empty(name: "shards"), isCancelled: { true })) }
        #expect(error?.message == "cancelled")
    }

    /// Damaged word lines (a negative word or sentence start, starts out of order or past the document)
    /// are refused with the line's number, never a trap.
    @Test(arguments: [("0 1 -1", "0"), ("0 1 1", "-5"), ("0 1 1", "2 1"), ("0 1 1", "0 3"), ("0 1 7", "0")])
    func damagedWordLinesAreRefused(tokens: String, sentences: String) throws {
        let lines = [#"{"shard":0,"terms":["a","b"]}"#, #"{"shard":0,"i":0,"tokens":"\#(tokens)","sentences":"\#(sentences)","document":[null,"s","d1"]}"#]
        let error = #expect(throws: QueryError.self) { try Partial.corpusPassages(lines, EvalContext(corpus: .empty(name: "shards"))) }
        #expect(error?.message.hasPrefix("word line 2 ") == true, "\(error?.message ?? "")")
    }

    /// Without the whole corpus's quantities a shard refuses a statement that shows them (it would group
    /// its own figures otherwise); quantities given for other figures are refused too.
    @Test func figuresQuantitiesNeedTheCorpusQuantities() throws {
        let parsed = try Parser.parse(SourceText("figures | group by quantity"))
        #expect(try Partial.check(parsed) == [.entities, .figures])
        #expect(try Partial.check(Parser.parse(SourceText("figures | show id, value, place"))) == [.entities])
        let shards = try Self.shards(2)
        #expect(throws: QueryError.self) { try Partial.resolveQuantities(for: parsed, shard: 0, EvalContext(corpus: shards[0]), lines: nil) }
        let wrong = #expect(throws: QueryError.self) {
            try Partial.resolveQuantities(for: parsed, shard: 0, EvalContext(corpus: shards[0]), lines: [#"{"of":[0,0,0],"shard":0}"#])
        }
        #expect(wrong?.message.hasPrefix("the quantities given are not those of this shard's") == true)
    }

    /// `save` merges every field of the rows and is run by the merge (on the driver): its file holds
    /// what one process writes; `let` reports the unit it binds.
    @Test(arguments: ["docs | filter source = \"Wire\" | save \"x.csv\"", "sentences | filter \"restraint\" | group by source | save \"x.csv\""])
    func saveWritesTheMergedRows(statement: String) throws {
        let parsed = try Parser.parse(SourceText(statement))
        let single = EvalContext(corpus: try CorpusLoader().load(Self.corpus.path))
        _ = try Evaluator.run(parsed, in: single)
        let expected = try #require(single.writeRequests.first)
        let lines = try Self.shards(2).enumerated().flatMap { k, s in try Partial.lines(of: parsed, shard: k, EvalContext(corpus: s)) }
        let empty = EvalContext(corpus: .empty(name: "shards"))
        _ = try Partial.merge(parsed, lines: lines.shuffled(), empty)
        let merged = try #require(empty.writeRequests.first)
        let wanted = Materializer.table(expected.relation, single, columns: expected.columns)
        let got = Materializer.table(merged.relation, empty, columns: merged.columns)
        #expect(got.columns.map(\.name) == wanted.columns.map(\.name) && got.rows == wanted.rows && !got.rows.isEmpty)
        #expect(got.columns.count > 5 || statement.contains("group"))
    }

    /// Stages after limit or top run on the rows it keeps, chosen first from every shard's candidates
    /// (merged by the sort's keys), each shard going on from those it holds, in their order.
    @Test(arguments: [
        "sentences | limit 3 | filter \"restraint\"", "sentences | sort by id desc | limit 5 | filter \"Iran\" | show id",
        "docs | sort by date desc | limit 3 | group by source", "sentences | sort by source | limit 6 | sort by id desc | limit 4",
        "sentences | sort by id desc | limit 6 | terms | top 3", "sentences | sort by id desc | limit 4 | kwic \"restraint\" width 10",
    ])
    func stagesAfterLimitRunOnTheRowsItKeeps(statement: String) throws {
        let parsed = try Parser.parse(SourceText(statement))
        #expect(try Partial.check(parsed) == [.select])
        let whole = EvalContext(corpus: try CorpusLoader().load(Self.corpus.path))
        let expected = try Materializer.table(Evaluator.run(parsed, in: whole), whole)
        #expect(!expected.rows.isEmpty)
        for parts in [2, 5] {
            let shards = try Self.shards(parts)
            let selected = try Partial.selection(parsed, lines: try shards.enumerated().flatMap { k, s in
                try Partial.pickLines(of: parsed, shard: k, EvalContext(corpus: s))
            }.shuffled())
            #expect(throws: QueryError.self) { try Partial.lines(of: parsed, shard: 0, EvalContext(corpus: shards[0])) }
            let lines = try shards.enumerated().flatMap { k, s in try Partial.lines(of: parsed, shard: k, EvalContext(corpus: s), selected: selected) }
            let empty = EvalContext(corpus: .empty(name: "shards"))
            let merged = try Materializer.table(Partial.merge(parsed, lines: lines.shuffled(), empty), empty)
            #expect(merged.rows == expected.rows, "\(parts) shards")
        }
    }

    @Test func compareByOneGroupFailsAsInOneProcess() throws {
        let shards = try Self.shards(2)
        let parsed = try Parser.parse(SourceText("docs | filter source = \"Wire\" | compare by source"))
        let lines = try shards.enumerated().flatMap { k, s in try Partial.lines(of: parsed, shard: k, EvalContext(corpus: s)) }
        let error = #expect(throws: QueryError.self) { try Partial.merge(parsed, lines: lines, EvalContext(corpus: .empty(name: "s"))) }
        #expect(error?.message == "the rows have 1 value of source: there is nothing to compare")
    }

    @Test func valuesSurviveTheirJSONLines() throws {
        let values: [Value] = [.null, .int(-42), .number(0.1), .number(1e-7), .string("a \"quoted\" \\ back\nslash\ttab\u{1}é😀"),
                               .date(try #require(PartialDate(year: 2024, month: 1))), .date(try #require(PartialDate(year: 2024, month: 2, day: 29)))]
        let line = Partial.encode(["key": values.map(Partial.json), "n": 7])
        let (key, n) = try #require(JSONLine.count(line))
        guard case let .values(read) = key else { Issue.record("a name, not values: \(line)"); return }
        #expect(read == values && n == 7)
        let row = try #require(JSONLine.parse(Partial.encode(["row": values.map(Partial.json)])) as? [String: Any])
        #expect(try #require(row["row"] as? [Any]).map { Partial.value($0) } == values)
        #expect(JSONLine.count(#"{"key":"rows","n":12}"#)?.n == 12)
        #expect(JSONLine.count(#"{"key":["x"],"n":1} trailing"#) == nil)
        #expect(JSONLine.parse(#"{"a":[1,"\ud83d\ude00"]}"#) != nil)
    }

    @Test func mergeRejectsPartialsOfAnotherStatement() throws {
        let shards = try Self.shards(2)
        let lines = try Partial.lines(of: Parser.parse(SourceText("docs | count")), shard: 0, EvalContext(corpus: shards[0]))
        let other = try Parser.parse(SourceText("sentences | count"))
        let error = #expect(throws: QueryError.self) { try Partial.merge(other, lines: lines, EvalContext(corpus: .empty(name: "s"))) }
        #expect(error?.message == "partial line 1 is the result of another statement")
    }
}
