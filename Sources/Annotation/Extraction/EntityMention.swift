import TextAnalysis

/// The kind of a named entity. Extraction finds people, organisations and places; `group` (several
/// people described rather than named: "observers", "senior officials", "Republicans", "the two") and
/// `document` (a text that speaks without a named author: "the lawsuit", "an email", "exit polls") are
/// given only when speakers merge into entities (`EntityResolver`). New kinds go last: files keep a kind's index.
package enum EntityKind: String, Sendable, CaseIterable {
    case person, organisation, place, group, document

    /// The kinds as a field's help lists them: "person, organisation, place, group or document".
    package static let listed = allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + allCases.last!.rawValue
}

/// A named entity as it occurs in a document.
struct EntityMention: Sendable, Equatable {
    var kind: EntityKind
    /// Byte offset of the surface in the document, inclusive.
    var start: Int
    /// Byte offset after the surface.
    var end: Int
    /// The mention as written, including any title or role ("UN Spokesperson Stéphane Dujarric").
    var surface: String
    /// The name without title or role ("Stéphane Dujarric"); countries' possessives are folded
    /// into organisation names ("Pakistan’s Ministry of Foreign Affairs" → "Pakistan Ministry of Foreign Affairs").
    let name: String
    /// The word key of the name (`WordKey.hash(name)`), made once: the steps that compare names read it.
    let key: UInt64
    /// The title or role given with the name, if any ("UN Spokesperson").
    package var role: String?

    /// `key`, when given, is the name's word key already made (from the document's bytes).
    init(kind: EntityKind, start: Int, end: Int, surface: String, name: String, role: String? = nil, key: UInt64? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.surface = surface
        self.name = name
        self.role = role
        self.key = key ?? WordKey.hash(name)
    }
}

/// Everything extracted from one document.
struct DocumentAnalysis: Sendable {
    var quotations: [Quotation]
    var mentions: [EntityMention]

    init(quotations: [Quotation], mentions: [EntityMention]) {
        self.quotations = quotations
        self.mentions = mentions
    }
}
