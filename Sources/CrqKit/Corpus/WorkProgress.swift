/// How far a long piece of work has got: extraction, comparison, saving. Reported through
/// `EvalContext.onProgress`; the shell decides whether and how to show it.
public struct WorkProgress: Sendable, Equatable {
    /// What is being done, in a few words ("finding quotations").
    public let task: String
    public let done: Int
    public let total: Int

    public init(task: String, done: Int, total: Int) {
        self.task = task
        self.done = done
        self.total = total
    }

    /// Sent when a statement ends: whatever was shown can go.
    public static let finished = WorkProgress(task: "", done: 0, total: 0)
}
