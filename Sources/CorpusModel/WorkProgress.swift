/// How far a long piece of work has got: loading, extraction, comparison, saving. Reported through
/// `CorpusLoader.onProgress` and `EvalContext.onProgress`; the shell decides whether and how to show it.
package struct WorkProgress: Sendable, Equatable {
    /// What is being done, in a few words ("finding quotations").
    package let task: String
    package let done: Int
    /// 0 for a step with no measure ("writing the snapshot…").
    package let total: Int
    /// More to show beside the share ("1,234 files · 50.0 MB · 12.5 MB/s"), or empty.
    package let detail: String

    package init(task: String, done: Int, total: Int, detail: String = "") {
        self.task = task
        self.done = done
        self.total = total
        self.detail = detail
    }

    /// Sent when a statement ends: whatever was shown can go.
    package static let finished = WorkProgress(task: "", done: 0, total: 0)
}
