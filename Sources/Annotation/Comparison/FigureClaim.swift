import TextAnalysis
import CorpusModel

/// A numeric claim found in a text ("at least seven militant sites", "nine deaths"), with what it
/// counts: the happening, the counted kind, place, agent, time and who gives it.
package struct FigureClaim: Sendable, Equatable {
    /// Byte offset in the document of the first character (the hedge if there is one).
    package var start: Int
    /// Byte offset just past the counted noun.
    package var end: Int
    /// The surface text of the span.
    package var text: String
    /// The number as written ("1,200" → 1200, "a dozen" → 12, "a day" → 1).
    package var value: Double
    /// The counted noun's singular lemma ("deaths" → "death", "children" → "child"); units of
    /// measurement use a fixed symbol or spelling ("kilometers" → "km", "hrs" → "hour", "%" → "percent").
    package var unit: String
    /// The hedge as written, lower-cased ("at least", "approximately", "within"), or nil.
    package var hedge: String?
    /// What happened to what is counted: killed, injured, arrested, displaced, hit, fired, interval
    /// (time between two events), duration, distance, money, weight, percent, otherwise the unit.
    package var happening: String = ""
    /// Who or what is counted: "people" for totals (people, civilians, deaths, casualties), a part's
    /// name ("child", "woman", "soldier"), "site", or the unit family ("days", "km", a currency).
    package var counted: String = ""
    /// True when `counted` is a part of a total (children, women, soldiers among the people killed).
    package var isPart = false
    /// The country (or region) where it happened, from the sentence or its neighbours.
    package var place: String?
    /// The country behind it: "by Pakistani strikes", "Iranian missiles", "Tehran launched".
    package var agent: String?
    /// The kind of event: attack, blast, crash, flood, earthquake, fire, storm, fighting, … (nil when unsaid).
    package var event: String?
    /// The day the sentence names, still to be resolved against the document's date.
    package var time: FigureTime?
    /// Who gives the figure: "according to X", or the speaker of the quotation that holds it.
    package var givenBy: String?
    /// True in a headline (a short first line without a full stop).
    package var isHeadline = false
    /// True for a revised figure: "the toll rose to", "climbed to", "revised".
    package var isRevision = false

    package init(start: Int, end: Int, text: String, value: Double, unit: String, hedge: String?) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.unit = unit
        self.hedge = hedge
    }

    /// How the hedge bounds the value.
    var bound: FigureBound { hedge.map(FigureBound.init(hedge:)) ?? .exact }

    /// The value in the unit family's base unit: days for durations, km for distances, kg for weights.
    package var amount: Double { value * (FigureLexicon.unitScales[unit]?.1 ?? 1) }

    /// The interval of true amounts the claim allows: "at least 7" is [7, ∞), "more than 7" is
    /// (7, ∞), "about 50" is 50 ± 10 %, "nearly 50" is [45, 50), "less than a day" is [0, 1); a
    /// calendar unit spans its shortest to its longest length ("two months" is [56, 62] days).
    package var interval: ClosedRange<Double> {
        guard let (shortest, longest) = FigureLexicon.calendarSpans[unit] else { return bound.interval(amount) }
        let low = bound.interval(value * shortest), high = bound.interval(value * longest)
        return min(low.lowerBound, high.lowerBound)...max(low.upperBound, high.upperBound)
    }
}

/// How a hedge bounds a figure.
enum FigureBound: String, Sendable, CaseIterable {
    case exact, atLeast, moreThan, atMost, lessThan, nearly, justOver, approximate

    /// Classifies a lower-cased hedge such as "more than" or "some"; unknown hedges are approximate.
    init(hedge: String) {
        let words = hedge.split(separator: " ").map { PackedWord(String($0)) }
        self = FigureLexicon.hedges.first { $0.0 == words }?.1 ?? .approximate
    }

    /// The interval of true amounts for `v` under this bound (open ends are nudged inwards).
    func interval(_ v: Double) -> ClosedRange<Double> {
        let nudge = Swift.max(abs(v) * 1e-6, 1e-9)
        switch self {
        case .exact: return v...v
        case .atLeast: return v...Double.infinity
        case .moreThan: return (v + nudge)...Double.infinity
        case .atMost: return 0...v
        case .lessThan: return 0...Swift.max(0, v - nudge)
        case .nearly: return (v * 0.9)...Swift.max(v * 0.9, v - nudge)
        case .justOver: return (v + nudge)...(v * 1.1 + nudge)
        case .approximate: return (v * 0.9)...(v * 1.1)
        }
    }
}

/// A day a sentence names ("on Thursday", "yesterday", "on January 18"), before it is resolved
/// against the document's date.
package enum FigureTime: Sendable, Equatable {
    /// 0 = Monday … 6 = Sunday.
    case weekday(Int)
    /// Days from the document's date: yesterday −1, today 0.
    case relative(Int)
    case monthDay(month: Int, day: Int)

    /// The Julian day this time names, given the document's date: a weekday is the latest such day
    /// on or before it, a month and day the latest such date on or before it unless one comes within
    /// `monthDayAhead` days (an article of February 10 writes of March 1 to come and of December 28 past;
    /// one of July 10 writes of January 5 past, not of the next January: figures count what happened; nil
    /// without a date).
    package func resolved(against date: PartialDate?) -> Int? {
        guard let date, let jd = date.julianDay else { return nil }
        switch self {
        case .weekday(let w): return jd - ((jd % 7 - w + 7) % 7)
        case .relative(let d): return jd + d
        case .monthDay(let m, let d):
            let days = [date.year - 1, date.year, date.year + 1].compactMap { PartialDate(year: $0, month: m, day: d)?.julianDay }
            return days.first { $0 > jd && $0 - jd <= Self.monthDayAhead } ?? days.last { $0 <= jd }
        }
    }

    /// The most days after the document's date that a month and day without a year names.
    static let monthDayAhead = 61

    /// As written for a label when unresolved: "Thursday", "yesterday", "01-18".
    package var label: String {
        switch self {
        case .weekday(let w): return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w]
        case .relative(let d): return d == 0 ? "today" : d == -1 ? "yesterday" : "\(d) days"
        case .monthDay(let m, let d): return (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
        }
    }
}
