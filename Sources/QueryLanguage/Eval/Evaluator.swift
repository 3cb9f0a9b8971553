import CorpusModel

/// Runs statements: each stage gets the previous stage's rows; `let` binds the result to a name.
package enum Evaluator {
    /// Runs a statement and returns its result (a `let` returns what it bound). Its time limit,
    /// if the context has one, starts now.
    package static func run(_ statement: Statement, in context: EvalContext) throws(QueryError) -> Relation {
        context.deadline = context.timeLimit.map { .now + $0 }
        context.writeRequests = []
        context.notes = []
        defer { context.deadline = nil }
        let isOutput = if case .pipeline = statement.kind { true } else { false }
        let result = try run(statement.pipeline, in: context, isOutput: isOutput)
        if case let .binding(name, _) = statement.kind { context.bindings[name] = result }
        return result
    }

    /// Runs a pipeline; `isOutput` when its result is the statement's output.
    static func run(_ pipeline: Pipeline, in context: EvalContext, isOutput: Bool = false) throws(QueryError) -> Relation {
        defer { context.hints = StageHints() }
        context.hints = StageHints(nextKeepsAtMost: pipeline.stages.first?.keepsAtMost)
        try context.checkCancelled(pipeline.source.range)
        return try run(pipeline.stages[...], from: try pipeline.source.run(context), in: context, isOutput: isOutput)
    }

    /// Runs piped stages on `input` (the rows a source or a merge of shards made); `isOutput` when
    /// their result is the statement's output.
    static func run(_ stages: ArraySlice<any PipedStage>, from input: Relation, in context: EvalContext,
                    isOutput: Bool = false) throws(QueryError) -> Relation {
        var current = input
        for i in stages.indices {
            context.hints = StageHints(nextKeepsAtMost: i + 1 < stages.endIndex ? stages[i + 1].keepsAtMost : nil,
                                       resultIsOutput: isOutput && i + 1 == stages.endIndex)
            try context.checkCancelled(stages[i].range)
            current = try stages[i].run(current, context)
        }
        return current
    }

    /// Parses and runs one statement.
    package static func run(_ text: String, name: String = "<input>", firstLine: Int = 1,
                           in context: EvalContext) throws(QueryError) -> Relation {
        try run(Parser.parse(SourceText(text, name: name, firstLine: firstLine)), in: context)
    }
}
