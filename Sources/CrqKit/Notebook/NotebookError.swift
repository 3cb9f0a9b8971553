/// Why a notebook file could not be read or written; the file is unchanged.
public struct NotebookError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    /// Whether the file could not be read (exit status 66) rather than written.
    public let isUnreadable: Bool

    public var description: String { "\(path): error: \(message)" }
}
