/// The kind of a quotation.
package enum QuoteKind: String, Sendable, CaseIterable {
    /// Words in quotation marks presented as speech or a written statement.
    case direct
    /// Reported speech without marks; the text is the reported clause.
    case indirect
    /// A short phrase in marks used as a label or scare quote.
    case term
}

/// A quotation found in a document.
package struct Quotation: Sendable, Equatable {
    package var kind: QuoteKind
    /// Byte offset in the document of the first character, inclusive.
    package var start: Int
    /// Byte offset after the last character; direct and term spans include their marks.
    package var end: Int
    /// The quoted words without the outer marks, or the reported clause.
    package var text: String
    /// The fullest name of the speaker as written in the document, nil when unknown.
    package var speaker: String?
    /// The cue as written ("said", "according to"), nil when the quotation has none.
    package var cue: String?
    /// The speaker as the document names them at this quotation ("he", "Sen. Smith"), nil when unknown.
    package var asWritten: String?
    /// The kind of the speaker, when known.
    var speakerKind: EntityKind?
    /// The index in `DocumentAnalysis.mentions` of the mention naming the speaker, when there is one.
    var speakerMention: Int?
    /// For a joint speaker ("Jo Hale and Ed Roe said"), each person it joins; empty for one speaker.
    var speakerMembers: [SpeakerMember] = []
    /// The pieces of a quotation interrupted by its attribution ("“A,” she said, “B.”"), each with
    /// its marks, in order; empty for a quotation in one piece (which spans `start..<end`).
    var parts: [Range<Int>] = []

    /// Every piece of the quotation (its whole span when it is in one piece).
    package var pieces: [Range<Int>] { parts.isEmpty ? [start..<end] : parts }

    init(kind: QuoteKind, start: Int, end: Int, text: String, speaker: String? = nil, asWritten: String? = nil,
                cue: String? = nil, speakerKind: EntityKind? = nil, speakerMention: Int? = nil, speakerMembers: [SpeakerMember] = []) {
        self.asWritten = asWritten ?? speaker
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.cue = cue
        self.speakerKind = speakerKind
        self.speakerMention = speakerMention
        self.speakerMembers = speakerMembers
    }
}

/// One of the people a joint speaker joins: the name as the document resolves it (as a quotation's
/// `speaker` is) and the index in `DocumentAnalysis.mentions` of the mention naming them.
struct SpeakerMember: Sendable, Equatable {
    var name: String
    var mention: Int
}
