/// The kind of a named entity.
public enum EntityKind: String, Sendable, CaseIterable {
    case person, organisation, place
}

/// A named entity as it occurs in a document.
public struct EntityMention: Sendable, Equatable {
    public var kind: EntityKind
    /// Unicode scalar offset of the surface, inclusive.
    public var start: Int
    /// Unicode scalar offset after the surface.
    public var end: Int
    /// The mention as written, including any title or role ("UN Spokesperson Stéphane Dujarric").
    public var surface: String
    /// The name without title or role ("Stéphane Dujarric"); countries' possessives are folded
    /// into organisation names ("Pakistan’s Ministry of Foreign Affairs" → "Pakistan Ministry of Foreign Affairs").
    public var name: String
    /// The title or role given with the name, if any ("UN Spokesperson").
    public var role: String?

    public init(kind: EntityKind, start: Int, end: Int, surface: String, name: String, role: String? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.surface = surface
        self.name = name
        self.role = role
    }
}

/// Everything extracted from one document.
public struct DocumentAnalysis: Sendable {
    public var quotations: [Quotation]
    public var mentions: [EntityMention]

    public init(quotations: [Quotation], mentions: [EntityMention]) {
        self.quotations = quotations
        self.mentions = mentions
    }
}
