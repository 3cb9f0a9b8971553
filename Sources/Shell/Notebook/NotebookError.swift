/// Why a notebook file could not be read or written; the file is unchanged.
package struct NotebookError: Error, Sendable {
    package let path: String
    package let message: String
    /// Whether the file could not be read (exit status 66) rather than written.
    package let isUnreadable: Bool
}
