/// A numeric claim found in a text: "at least seven militant sites", "nine deaths".
public struct FigureClaim: Sendable, Equatable {
    /// Unicode scalar offset of the first character (the hedge if there is one).
    public var start: Int
    /// Unicode scalar offset just past the counted noun.
    public var end: Int
    /// The surface text of the span.
    public var text: String
    /// The number as written ("1,200" → 1200, "a dozen" → 12, "a day" → 1).
    public var value: Double
    /// The counted noun's singular lemma ("deaths" → "death", "children" → "child"); units of
    /// measurement use a fixed symbol or spelling ("kilometers" → "km", "hrs" → "hour", "%" → "percent").
    public var unit: String
    /// What is measured, so that claims line up across outlets: "killed", "injured", "duration",
    /// "distance", "money", "weight", "percent", otherwise the unit itself.
    public var measure: String
    /// The hedge as written, lower-cased ("at least", "approximately"), or nil.
    public var hedge: String?

    public init(start: Int, end: Int, text: String, value: Double, unit: String, measure: String, hedge: String?) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.unit = unit
        self.measure = measure
        self.hedge = hedge
    }

    /// How the hedge bounds the value.
    public var bound: FigureBound { hedge.map(FigureBound.init(hedge:)) ?? .exact }

    /// The interval of true values compatible with the claim: exact values are a point, "at least"
    /// is open above, "up to" is open below, approximations allow ±25%.
    public var range: ClosedRange<Double> {
        switch bound {
        case .exact: return value...value
        case .atLeast: return value...Double.infinity
        case .atMost: return 0...value
        case .approximate: return (value * 0.75)...(value * 1.25)
        }
    }

    /// True when both claims measure the same thing and their ranges overlap.
    public func agrees(with other: FigureClaim) -> Bool {
        measure == other.measure && range.overlaps(other.range)
    }
}

/// The direction in which a hedge bounds a figure.
public enum FigureBound: String, Sendable, CaseIterable {
    case exact, atLeast, atMost, approximate

    /// Classifies a lower-cased hedge such as "more than" or "some"; unknown hedges are approximate.
    public init(hedge: String) {
        let words = hedge.split(separator: " ").map { PackedWord(String($0)) }
        self = FigureLexicon.hedges.first { $0.0 == words }?.1 ?? .approximate
    }
}
