import CorpusModel

/// One real-world quantity that several claims report: the same happening and counted kind, with
/// place, agent, event and day that do not contradict each other.
package struct FigureQuantity: Sendable {
    package var happening: String
    package var counted: String
    var isPart: Bool
    package var place: String?
    package var agent: String?
    var event: String?
    /// The Julian day of the event when a claim names it and its document is dated.
    var day: Int?
    /// 0 = Monday … 6 = Sunday, when a claim names the weekday.
    var weekday: Int?
    /// Indices of the claims, in corpus order.
    package var claims: [Int]
    /// How the claims relate, over all the outlets that report them.
    package var status: QuantityStatus = .oneReport
    /// The label, numbered when another quantity reads the same: unique in the corpus.
    package var name = ""

    /// "killed · child · in Pakistan · by Iran · attack"; an interval names the event it counts to
    /// and the one it counts from: "interval · to attack · from event in Pakistan by Iran".
    var label: String {
        // built in place: an array of parts joined cost most of numbering the quantities
        var label = happening
        func add(_ part: String) { label += " · " + part }
        if counted != "people", counted != "days", counted != happening { add(counted) }
        if happening == "interval" {
            if let event { add("to " + event) }
            if place != nil || agent != nil { add("from event" + (place.map { " in " + $0 } ?? "") + (agent.map { " by " + $0 } ?? "")) }
        } else {
            if let place { add("in " + place) }
            if let agent { add("by " + agent) }
            if let event { add(event) }
        }
        if let day {
            add("on " + PartialDate(julianDay: day).description)
        } else if let weekday {
            add("on " + FigureTime.weekday(weekday).label)
        }
        return label
    }
}

extension FigureQuantity {
    /// A quantity as a shard is told it (`CorpusQuantities`): its name, status and what it counts, without its claims.
    package init(name: String, status: QuantityStatus, happening: String, counted: String, place: String?, agent: String?) {
        (self.name, self.status, self.happening, self.counted, self.place, self.agent) = (name, status, happening, counted, place, agent)
        (isPart, claims) = (false, [])
    }
}

/// How the claims of a quantity relate.
package enum QuantityStatus: String, Sendable {
    /// Every claim gives the same value in the same words.
    case agree
    /// The values are compatible only through a hedge ("at least 7" and 9, "within 48 hours" and a day).
    case hedged = "hedged difference"
    /// Two claims cannot both be true (7 and 9; a day and two days).
    case clash
    /// Differences are explained by later, revised figures ("the toll rose to 12").
    case revised
    /// One outlet only.
    case oneReport = "one report"

    /// The status of `claims` reported by `outlets` distinct outlets; `days` are the claims'
    /// publication days (Julian, nil when undated), to tell successive revisions from a clash.
    package static func of(_ claims: [FigureClaim], days: [Int?], outlets: Int) -> QuantityStatus {
        guard outlets > 1 else { return .oneReport }
        func conflict(_ list: [FigureClaim]) -> Bool {
            // a conflict exists iff the largest lower bound lies above the smallest upper bound
            let intervals = list.map(\.interval)
            guard let low = intervals.map(\.lowerBound).max(), let high = intervals.map(\.upperBound).min() else { return false }
            return low > high * (1 + 1e-9) + 1e-12
        }
        if conflict(claims) {
            // explained by revisions: the first reports agree, every revision is above them, and
            // later revisions are not below earlier ones
            let first = claims.filter { !$0.isRevision }
            let revised = claims.indices.filter { claims[$0].isRevision }
                .sorted { (days[$0] ?? .min, claims[$0].amount) < (days[$1] ?? .min, claims[$1].amount) }.map { claims[$0].amount }
            if !revised.isEmpty, !first.isEmpty, !conflict(first), revised[0] >= first.map(\.amount).max()!,
               zip(revised, revised.dropFirst()).allSatisfy({ $0 <= $1 }) { return .revised }
            return .clash
        }
        let head = claims[0]
        let same = claims.allSatisfy { $0.bound == head.bound && abs($0.amount - head.amount) <= 1e-9 * max(1, abs(head.amount)) }
        return same ? .agree : .hedged
    }
}

/// Groups claims into quantities. A claim joins the one compatible quantity of its own document
/// if there is exactly one, else the one compatible quantity elsewhere that shares a place, agent
/// or day with it; when none fits it starts its own, and when two fit (or more than `maxCandidates`
/// share the cue) it starts one that no claim of another document joins. A part never joins its total (the
/// counted kind is part of the key), and a place, agent, event or day that differs keeps claims apart.
/// A loose claim (`isLoose`) joins only a quantity that shares two of those with it (at values less than
/// ten times apart) or has its value or values close to it. A claim of another document published more
/// than `reportWindow` days from the quantity's reports joins it only by naming the same day; a revision
/// ("the toll rose to") joins one reported first up to `revisionWindow` days before it. Of quantities kept apart
/// only by when they were reported, a claim joins the one reported nearest its own date.
enum QuantityGrouper {
    /// Money, percentages, durations and things counted with no happening ("11 states", "5 people")
    /// say too little of what they count for one shared place or day to make two claims one quantity:
    /// "40%" and "61%" of a poll in the United States, "$5,000" and "$1.1 million" in one article.
    static func isLoose(_ happening: String) -> Bool { !firmHappenings.contains(happening) }
    private static let firmHappenings: Set = ["killed", "injured", "arrested", "displaced", "hit", "fired", "interval", "distance", "weight"]

    /// The quantities of `claims` (most specific claims placed first) and, per claim, its quantity.
    static func group(_ claims: [FigureInput], unlessStopped stop: () -> Bool) -> ([FigureQuantity], [Int])? {
        var quantities: [FigureQuantity] = []
        var of = [Int](repeating: -1, count: claims.count)
        /// Quantities by (kind, slot, value) and by document, so a claim looks only at likely partners.
        var byCue: [Cue: [Int]] = [:], byDocument: [Int: [Int]] = [:]
        /// Per quantity, its `Slots` (as `quantities` holds them in words).
        var slots: [Slots] = []
        /// Per quantity, the slots already in `byCue` (bits: place, agent, day, weekday).
        var indexed: [UInt8] = []
        /// Per quantity, the last claim (its place in `order`) whose search looked at it.
        var visited: [Int] = []
        let days = claims.map { c in c.claim.time?.resolved(against: c.date) }
        func weekday(_ i: Int) -> Int? {
            if let d = days[i] { return d % 7 }
            if case .weekday(let w) = claims[i].claim.time { return w }
            return nil
        }
        func specificity(_ i: Int) -> Int {
            let c = claims[i].claim
            return [c.place != nil, c.agent != nil, days[i] != nil || weekday(i) != nil, c.event != nil].filter { $0 }.count
        }
        let specificities = claims.indices.map(specificity)
        /// The number of each kind (happening and counted) and of each name of a place, agent or event, -1 for none.
        var numbers: [String: Int] = [:]
        func number(_ name: String?) -> Int {
            guard let name else { return -1 }
            if let n = numbers[name] { return n }
            numbers[name] = numbers.count
            return numbers.count - 1
        }
        let claimSlots = claims.indices.map { i in
            let c = claims[i].claim
            return Slots(kind: number(c.happening + "\u{1F}" + c.counted), place: number(c.place), agent: number(c.agent),
                         event: number(c.event), day: days[i], weekday: weekday(i))
        }
        /// Per quantity, its smallest and largest amount, and the (quantity, interval) pairs its claims
        /// give, for `tied` to look at a quantity's values without going through its claims (a quantity
        /// of 10,000 claims of "40%" met by 10,000 more made the grouping quadratic: 22 s).
        let intervals = claims.map(\.claim.interval), amounts = claims.map(\.claim.amount)
        var amountSpans: [(low: Double, high: Double)] = []
        var heldValues = Set<HeldValue>()
        /// Per quantity, the first and last publication day of its dated claims but revisions.
        let published = claims.map { $0.date?.julianDay }
        var publishedSpans: [(low: Int, high: Int)?] = []
        let order = claims.indices.sorted { a, b in
            let (x, y) = (specificities[a], specificities[b])
            return x != y ? x > y : a < b
        }
        for (n, i) in order.enumerated() {
            if n & 1023 == 0, stop() { return nil }
            let c = claims[i].claim, s = claimSlots[i], isInterval = c.happening == "interval"
            func cues(_ s: Slots) -> [Cue] {
                [Cue(kind: s.kind, slot: 0, value: s.place), Cue(kind: s.kind, slot: 1, value: s.agent),
                 Cue(kind: s.kind, slot: 2, value: s.day ?? -1), Cue(kind: s.kind, slot: 3, value: s.weekday ?? -1)]
            }
            /// Whether slot `slot` of `cues(_:)` holds a value: place and agent are -1 when unknown, day and weekday nil.
            func known(_ s: Slots, _ slot: Int) -> Bool {
                switch slot {
                case 0: s.place >= 0
                case 1: s.agent >= 0
                case 2: s.day != nil
                default: s.weekday != nil
                }
            }
            func fits(_ q: Int) -> Bool {
                let g = slots[q]
                func ok(_ a: Int, _ b: Int) -> Bool { a < 0 || b < 0 || a == b }
                func ok(_ a: Int?, _ b: Int?) -> Bool { a == nil || b == nil || a == b }
                // an interval is known by the event it counts to: an unknown one matches only an unknown one
                let event = isInterval ? g.event == s.event : ok(g.event, s.event)
                return g.kind == s.kind && ok(g.place, s.place) && ok(g.agent, s.agent) && event && ok(g.day, s.day) && ok(g.weekday, s.weekday)
            }
            let loose = isLoose(c.happening)
            /// Whether a loose claim may join quantity `q`: two of place, agent, event and day shared, or
            /// one of its values, or (but for percentages and durations, which crowd together: polls, ages,
            /// terms) values all within a quarter of it (11 million and 11.7 million immigrants; 11 and 12 states).
            func tied(_ q: Int) -> Bool {
                guard loose else { return true }
                let g = slots[q]
                // counted, not filtered from an array: asked of every candidate quantity of every claim
                func same(_ a: Int, _ b: Int) -> Int { a >= 0 && a == b ? 1 : 0 }
                let shared = same(g.place, s.place) + same(g.agent, s.agent) + same(g.event, s.event) + (g.day != nil && g.day == s.day ? 1 : 0)
                let (a, span) = (amounts[i], amountSpans[q])
                /// Whether every value of the quantity is within `factor` times the claim's: the smallest and the largest are.
                func within(_ factor: Double) -> Bool { span.low > 0 && a > 0 && a <= factor * span.low && span.high <= factor * a }
                // (but not values ten times apart: "more than two decades" and "a two-hour" siege)
                if shared >= 2 { return within(10) || (span.low == a && span.high == a) }
                if heldValues.contains(HeldValue(quantity: q, intervals[i])) { return true }
                guard c.happening != "percent" && c.happening != "duration" else { return false }
                return within(1.25)
            }
            /// Whether the claim was published within a week of every dated claim of quantity `q`, or names the same
            /// day: reports weeks apart count at different times (delegates won so far, an estimate, a toll); a
            /// revision, within `revisionWindow` days after its first report.
            func contemporary(_ q: Int) -> Bool {
                guard let d = published[i], let span = publishedSpans[q] else { return true }
                if let day = s.day, slots[q].day == day { return true }
                if c.isRevision { return d >= span.low && d - span.low <= Self.revisionWindow }
                return max(span.high, d) - min(span.low, d) <= Self.reportWindow
            }
            /// Days between the claim's publication and quantity `q`'s reports (nil when either is undated).
            func distance(_ q: Int) -> Int? {
                guard let d = published[i], let span = publishedSpans[q] else { return nil }
                return max(0, span.low - d, d - span.high)
            }
            /// Whether quantities `a` and `b` differ only in when they were reported.
            func sameKey(_ a: Int, _ b: Int) -> Bool {
                let (x, y) = (slots[a], slots[b])
                return x.place == y.place && x.agent == y.agent && x.event == y.event && x.day == y.day && x.weekday == y.weekday
            }
            let own = (byDocument[claims[i].document] ?? []).filter { fits($0) && tied($0) }
            var target: Int?, ambiguous = own.count > 1
            if own.count == 1 {
                target = own[0]
            } else if own.isEmpty {
                search: for (slot, cue) in cues(s).enumerated() where known(s, slot) {
                    let list = byCue[cue] ?? []
                    // hundreds of quantities of this kind share the cue: too many to tell apart, so
                    // the claim stays on its own (and the search stays linear in large corpora)
                    if list.count > maxCandidates {
                        (target, ambiguous) = (nil, true)
                        break search
                    }
                    // each quantity once, though it shares several cues (a stamp, not a set hashed per claim)
                    for q in list where visited[q] != n {
                        visited[q] = n
                        guard fits(q) && tied(q) && contemporary(q) else { continue }
                        if let t = target {
                            // one figure's reports of different weeks: the nearer in time
                            guard sameKey(t, q), let near = distance(t), let far = distance(q) else {
                                (target, ambiguous) = (nil, true)
                                break search
                            }
                            if far < near { target = q }
                            continue
                        }
                        target = q
                    }
                }
            }
            let q: Int
            if let t = target {
                q = t
                quantities[q].claims.append(i)
                if slots[q].place < 0 { (quantities[q].place, slots[q].place) = (c.place, s.place) }
                if slots[q].agent < 0 { (quantities[q].agent, slots[q].agent) = (c.agent, s.agent) }
                if slots[q].event < 0 { (quantities[q].event, slots[q].event) = (c.event, s.event) }
                if slots[q].day == nil { (quantities[q].day, slots[q].day) = (s.day, s.day) }
                if slots[q].weekday == nil { (quantities[q].weekday, slots[q].weekday) = (s.weekday, s.weekday) }
                amountSpans[q] = (min(amountSpans[q].low, amounts[i]), max(amountSpans[q].high, amounts[i]))
                if let d = published[i], !c.isRevision { publishedSpans[q] = publishedSpans[q].map { (min($0.low, d), max($0.high, d)) } ?? (d, d) }
            } else {
                q = quantities.count
                slots.append(s)
                indexed.append(0)
                visited.append(n)
                amountSpans.append((amounts[i], amounts[i]))
                publishedSpans.append(published[i].map { ($0, $0) })  // a revision's own date, for the claims that follow
                quantities.append(FigureQuantity(happening: c.happening, counted: c.counted, isPart: c.isPart, place: c.place,
                                                 agent: c.agent, event: c.event, day: s.day, weekday: s.weekday, claims: [i]))
            }
            of[i] = q
            if loose { heldValues.insert(HeldValue(quantity: q, intervals[i])) }
            // a claim that fits two quantities stays on its own, and nothing joins it from elsewhere
            // (so the lists stay short); otherwise each slot that became known is indexed once
            if !ambiguous {
                let g = slots[q]
                for (slot, cue) in cues(g).enumerated() where known(g, slot) && indexed[q] & (1 << slot) == 0 {
                    indexed[q] |= 1 << slot
                    byCue[cue, default: []].append(q)
                }
            }
            if !(byDocument[claims[i].document]?.contains(q) ?? false) { byDocument[claims[i].document, default: []].append(q) }
        }
        for q in quantities.indices { quantities[q].claims.sort() }
        return (quantities, of)
    }

    /// More quantities of one kind sharing a place, agent or day than this make a claim ambiguous.
    static let maxCandidates = 256
    /// The most days between the publication of two reports of one quantity that name no day of it.
    static let reportWindow = 7
    /// The most days after a quantity's first report that a revision of it ("the toll rose to") joins it.
    static let revisionWindow = 31

    /// A quantity and the interval of one of its claims.
    private struct HeldValue: Hashable {
        var quantity: Int
        var low: Double, high: Double
        init(quantity: Int, _ interval: ClosedRange<Double>) {
            (self.quantity, low, high) = (quantity, interval.lowerBound, interval.upperBound)
        }
    }

    /// What keeps a claim or quantity apart from others, each name as its number in `group` (-1 for none): compared
    /// for every candidate quantity of every claim, where comparing the names in full cost most of the grouping.
    private struct Slots {
        /// The number of the happening and counted kind together.
        var kind: Int
        var place: Int, agent: Int, event: Int
        var day: Int?, weekday: Int?
    }

    /// A known slot of a kind of quantity: a place or agent by its number, a day or weekday as such.
    private struct Cue: Hashable {
        var kind: Int
        var slot: UInt8
        var value: Int
    }
}
