/// How far a long piece of work has got: extraction, comparison, saving. Reported through
/// `EvalContext.onProgress`; the shell decides whether and how to show it.
package struct WorkProgress: Sendable, Equatable {
    /// What is being done, in a few words ("finding quotations").
    package let task: String
    package let done: Int
    package let total: Int

    package init(task: String, done: Int, total: Int) {
        self.task = task
        self.done = done
        self.total = total
    }

    /// Sent when a statement ends: whatever was shown can go.
    package static let finished = WorkProgress(task: "", done: 0, total: 0)
}
