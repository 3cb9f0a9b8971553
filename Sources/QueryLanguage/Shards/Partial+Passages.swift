import Annotation
import CorpusModel
import Foundation

/// Reuse clusters over shards (docs/scale.md): which passages are copies of which depends on every
/// document, and the candidate search hashes and ranks by the corpus's term ids. So every shard hands
/// on its documents' words in order (`wordLines`); the merge numbers them in corpus order, as one
/// process does, and finds the clusters once with the code one process uses (`corpusPassages`); each
/// shard is told its members, with where they stand in the whole corpus (`resolvePassages`).
extension Partial {
    /// The first pass of a statement on reused passages: the shard's terms, once, as
    /// `{"shard": K, "terms": [TERM, …]}` (by its term ids), then every document as
    /// `{"document": [DATE, SOURCE, ID], "i": D, "sentences": "S …", "shard": K, "tokens": "T …"}`: its
    /// tokens' term ids and where its sentences start (from its first token), in decimal, space-separated.
    package static func wordLines(shard: Int, _ context: EvalContext) throws(QueryError) -> [String] {
        let corpus = context.corpus, vocabulary = corpus.index.vocabulary
        var out = [encode(["shard": shard, "terms": (0..<vocabulary.count).map(vocabulary.term)])]
        for (d, document) in corpus.documents.enumerated() {
            if d & 255 == 0 { try context.checkCancelled(SourceRange(0, 0)) }
            let tokens = corpus.index.tokens[document.tokens].map { String($0) }.joined(separator: " ")
            let sentences = ReuseClusters.sentenceStarts(document.tokens, corpus.sentenceTokens).map(String.init).joined(separator: " ")
            out.append(encode(["shard": shard, "i": d, "tokens": tokens, "sentences": sentences,
                               "document": [document.date.map { json(.date($0)) } ?? NSNull(), document.metadata.source, document.shortID]]))
        }
        return out
    }

    /// Between the passes: the whole corpus's reuse clusters, from every shard's words (`wordLines`, in
    /// any order), found with the code one process uses on the same term ids. Lines in the clusters'
    /// order, `{"boilerplate": 0|1, "cluster": C, "first": ID, "members": [[SHARD, DOC, START, END,
    /// SIMILARITY], …]}`: each member's shard, document in it and tokens from the document's first, earliest first.
    package static func corpusPassages(_ lines: [String], _ context: EvalContext) throws(QueryError) -> [String] {
        var terms: [Int: [String]] = [:]
        var documents: [(shard: Int, i: Int, date: PartialDate?, source: String, id: String, tokens: String, sentences: String, line: Int)] = []
        for (number, line) in lines.enumerated() where !line.isEmpty {
            if number & 255 == 0 { try context.checkCancelled(SourceRange(0, 0)) }   // a document's words are a long line
            guard let o = JSONLine.parse(line) as? [String: Any], let shard = o["shard"] as? Int else {
                throw QueryError(.runtime, "word line \(number + 1) is not a shard's", at: SourceRange(0, 0))
            }
            if let list = o["terms"] as? [Any] {
                // A term that is not a string would shift every later term's number: refused, not dropped.
                guard let strings = list as? [String] else {
                    throw QueryError(.runtime, "word line \(number + 1) has a term that is not a string", at: SourceRange(0, 0))
                }
                terms[shard] = strings
            } else if let i = o["i"] as? Int, let d = o["document"] as? [Any], d.count == 3, let source = d[1] as? String, let id = d[2] as? String,
                      let tokens = o["tokens"] as? String, let sentences = o["sentences"] as? String {
                var date: PartialDate?
                if case let .date(x)? = value(d[0]) { date = x }
                documents.append((shard, i, date, source, id, tokens, sentences, number + 1))
            } else {
                throw QueryError(.runtime, "word line \(number + 1) is neither a shard's terms nor a document's words", at: SourceRange(0, 0))
            }
        }
        documents.sort { ($0.shard, $0.i) < ($1.shard, $1.i) }
        // Terms numbered in order of first occurrence in the corpus, as one process interns them.
        var ids: [String: UInt32] = [:], words: [String] = [], global: [Int: [UInt32]] = [:]
        var tokens: [UInt32] = [], ranges: [Range<Int>] = [], starts: [UInt32] = []
        for (k, doc) in documents.enumerated() {
            if k & 255 == 0 { try context.checkCancelled(SourceRange(0, 0)) }
            let shardTerms = terms[doc.shard] ?? []
            var map = global[doc.shard] ?? [UInt32](repeating: .max, count: shardTerms.count)
            let first = tokens.count
            guard let said = decimals(doc.tokens), let sentences = decimals(doc.sentences) else {
                throw QueryError(.runtime, "word line \(doc.line) (document \(doc.i) of shard \(doc.shard)) has words or sentence starts that are not numbers",
                                 at: SourceRange(0, 0))
            }
            for t in said {
                guard shardTerms.indices.contains(t) else {
                    throw QueryError(.runtime, "word line \(doc.line) (document \(doc.i) of shard \(doc.shard)) has a word its shard's terms lack",
                                     at: SourceRange(0, 0))
                }
                if map[t] == .max {
                    let term = shardTerms[t]
                    if let id = ids[term] { map[t] = id } else {
                        map[t] = UInt32(words.count)
                        ids[term] = map[t]
                        words.append(term)
                    }
                }
                tokens.append(map[t])
            }
            global[doc.shard] = map
            ranges.append(first..<tokens.count)
            var previous = 0
            for s in sentences {
                guard s >= previous, s < tokens.count - first else {
                    throw QueryError(.runtime, "word line \(doc.line) (document \(doc.i) of shard \(doc.shard)) has a sentence start out of order or past its words",
                                     at: SourceRange(0, 0))
                }
                starts.append(UInt32(first + s))
                previous = s
            }
        }
        let all = FlatArray(tokens)
        let input = ReuseClusters.Input(tokens: all, documents: ranges, dates: documents.map(\.date), sources: documents.map(\.source),
                                        functionWords: words.map(TermFilter.excludes), sentences: TokenStarts(starts: FlatArray(starts), end: tokens.count))
        guard let clusters = ReuseClusters.build(input, unlessStopped: { context.shouldStop }) else {
            try context.checkCancelled(SourceRange(0, 0))
            preconditionFailure("the passage search stopped with no reason to")
        }
        return (0..<clusters.isBoilerplate.count).map { c in
            let members = clusters.members(of: c)
            return encode(["cluster": c, "boilerplate": clusters.isBoilerplate[c] ? 1 : 0,
                           "first": documents[Int(clusters.members[members.lowerBound].document)].id,
                           "members": members.map { m -> [Any] in
                               let member = clusters.members[m], d = Int(member.document), from = ranges[d].lowerBound
                               return [documents[d].shard, documents[d].i, member.tokens.lowerBound - from, member.tokens.upperBound - from,
                                       json(.number(clusters.similarityToEarliest(m, all)))]
                           }])
        }
    }

    /// The second pass: makes the shard in `context` (its part `shard`) use the whole corpus's reuse
    /// clusters (the lines `corpusPassages` wrote), its own members in them, before they are first used;
    /// without them, a statement that reads them is refused (the shard alone would find others).
    package static func resolvePassages(for statement: Statement, shard: Int, _ context: EvalContext, lines: [String]?) throws(QueryError) {
        guard let lines else {
            guard try check(statement).contains(.passages) else { return }
            throw QueryError(.semantic, "reused passages are found across the whole corpus: give the corpus's clusters with --passages FILE",
                             at: statement.pipeline.source.range, hint: "crq worker --words on every shard, then crq merge --passages (scripts/crq-spark does both)")
        }
        let corpus = context.corpus
        var members: [ReuseClusters.Member] = [], boilerplate: [Bool] = [], standing = ReuseClusters.InCorpus(), place = 0
        for (number, line) in lines.enumerated() where !line.isEmpty {
            guard let o = JSONLine.parse(line) as? [String: Any], let c = o["cluster"] as? Int, (0...Int(Int32.max)).contains(c), let flag = o["boilerplate"] as? Int,
                  let first = o["first"] as? String, let list = o["members"] as? [Any] else {
                throw QueryError(.runtime, "line \(number + 1) of the passages is not a cluster", at: SourceRange(0, 0))
            }
            for item in list {
                defer { place += 1 }
                guard let m = item as? [Any], m.count == 5, let k = m[0] as? Int, let d = m[1] as? Int, let start = m[2] as? Int, let end = m[3] as? Int,
                      case let .number(similarity)? = value(m[4]) else {
                    throw QueryError(.runtime, "line \(number + 1) of the passages holds a member that is not one", at: SourceRange(0, 0))
                }
                guard k == shard else { continue }
                guard corpus.documents.indices.contains(d), 0 <= start, start <= end, end <= corpus.documents[d].tokens.count else {
                    throw QueryError(.runtime, "the passages given are not those of this shard's documents (part \(shard))", at: SourceRange(0, 0))
                }
                let from = corpus.documents[d].tokens.lowerBound
                members.append(ReuseClusters.Member(document: Int32(d), tokens: (from + start)..<(from + end)))
                boilerplate.append(flag == 1)
                standing.place.append(Int32(place))
                standing.cluster.append(Int32(c))
                standing.size.append(Int32(list.count))
                standing.first.append(first)
                standing.similarity.append(similarity)
            }
        }
        corpus.useReuse(ReuseClusters(shard: members, boilerplate: boilerplate, inCorpus: standing))
    }

    // MARK: The clusters the groups of `excluding shared` share

    /// The first pass of `compare by KEY … excluding shared`: per cluster the shard's groups touch, a count
    /// line `{"key": ["touch", CLUSTER, GROUP], "n": 1}` for each group (the clusters being the whole corpus's).
    package static func touchLines(of statement: Statement, shard: Int, _ context: EvalContext) throws(QueryError) -> [String] {
        let plan = try ShardPlan(statement)
        guard case let .compareBy(compare, _) = plan.merge else { return [] }
        let input = plan.source is CompareStage ? nil : try run(plan.source, plan.stages[..<plan.shardStages], context)
        let buckets = try compare.buckets(input, context)
        let sides = buckets.map(\.side)
        let clusters = try context.reuse(at: compare.range)
        let touched = try ComparePassages.groupsOfMembers(sides, clusters, context.corpus, disjoint: true, context, compare.range)
        return ComparePassages.groupsOfClusters(touched, clusters).sorted { $0.key < $1.key }.flatMap { c, groups in
            groups.sorted().map { encode(["key": ["touch", c, json(buckets[$0].key)], "n": 1]) }
        }
    }

    /// Between the passes: the clusters that two groups or more touch in the whole corpus, from every
    /// shard's `touchLines`, as one line `{"shared": [CLUSTER, …]}` (ascending).
    package static func sharedClusters(_ lines: [String]) throws(QueryError) -> [String] {
        var groups: [Int: Set<Value>] = [:]
        for (number, line) in lines.enumerated() where !line.isEmpty {
            guard let (key, _) = JSONLine.count(line), case let .values(v) = key, v.count == 3, v[0] == .string("touch"), case let .int(c) = v[1] else {
                throw QueryError(.runtime, "line \(number + 1) is not a cluster a group touches", at: SourceRange(0, 0))
            }
            groups[c, default: []].insert(v[2])
        }
        return [encode(["shared": groups.filter { $0.value.count >= 2 }.keys.sorted()])]
    }

    /// The clusters `sharedClusters` wrote.
    static func sharedSet(_ lines: [String], at range: SourceRange) throws(QueryError) -> Set<Int> {
        guard lines.count == 1, let o = JSONLine.parse(lines[0]) as? [String: Any], let list = o["shared"] as? [Int] else {
            throw QueryError(.runtime, "the shared clusters given are not one line of them", at: range)
        }
        return Set(list)
    }

    /// The numbers of a space-separated list; nil if one is not a number.
    private static func decimals(_ text: String) -> [Int]? {
        var out: [Int] = []
        for piece in text.split(separator: " ") {
            guard let n = Int(piece) else { return nil }
            out.append(n)
        }
        return out
    }
}
