/// Text segments (sentences or paragraphs) as integer token ids, stored flat for large corpora,
/// each with the document it comes from and the group it belongs to (an outlet, or one side of
/// an "A with B" comparison).
public struct PassageSegments: Sendable {
    /// All segments' tokens, one after the other.
    public private(set) var tokens: [UInt32] = []
    /// Segment `i` spans `tokens[bounds[i]..<bounds[i + 1]]`.
    public private(set) var bounds: [Int] = [0]
    public private(set) var documents: [Int] = []
    public private(set) var groups: [Int] = []

    public init() {}

    /// Adds a segment; returns its index.
    @discardableResult
    public mutating func append<C: Collection>(_ segment: C, document: Int, group: Int) -> Int
    where C.Element == UInt32 {
        tokens.append(contentsOf: segment)
        bounds.append(tokens.count)
        documents.append(document)
        groups.append(group)
        return documents.count - 1
    }

    public mutating func reserveCapacity(segments: Int, tokens count: Int) {
        tokens.reserveCapacity(count)
        bounds.reserveCapacity(segments + 1)
        documents.reserveCapacity(segments)
        groups.reserveCapacity(segments)
    }

    public var count: Int { documents.count }

    /// The tokens of segment `i`.
    public subscript(i: Int) -> ArraySlice<UInt32> { tokens[bounds[i]..<bounds[i + 1]] }
}
