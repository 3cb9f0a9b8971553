/// A calendar date that may be partial (a year, a month or a day), as written in text or metadata.
///
/// Comparisons treat a partial date as the span it covers: `2024-01` is every day of January 2024.
package struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let year: Int
    package let month: Int?
    package let day: Int?

    package init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1000...9999).contains(year) else { return nil }
        if let m = month, !(1...12).contains(m) { return nil }
        if let d = day {
            guard let m = month, d >= 1, d <= PartialDate.daysIn(month: m, year: year) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The first day covered, as yyyymmdd.
    package var lowerKey: Int { year * 10000 + (month ?? 1) * 100 + (day ?? 1) }
    /// The last day covered, as yyyymmdd.
    package var upperKey: Int {
        let m = month ?? 12
        return year * 10000 + m * 100 + (day ?? PartialDate.daysIn(month: m, year: year))
    }

    package static func < (a: PartialDate, b: PartialDate) -> Bool { (a.lowerKey, a.upperKey) < (b.lowerKey, b.upperKey) }

    /// ISO form: `2024`, `2024-01` or `2024-01-18`.
    package var description: String {
        var s = String(year)
        if let m = month { s += "-" + (m < 10 ? "0" : "") + String(m) }
        if let d = day { s += "-" + (d < 10 ? "0" : "") + String(d) }
        return s
    }

    /// The Monday-based ISO week this date falls in, as `2024-W03` (nil without a day).
    package var isoWeek: String? {
        guard let jd = julianDay else { return nil }
        let ordinal = PartialDate.julianDay
        let weekday = jd % 7  // 0 = Monday for Julian day numbers
        let thursday = jd - weekday + 3
        // The ISO year is the year of that Thursday.
        var y = year
        if thursday < ordinal(year, 1, 1) { y -= 1 } else if thursday >= ordinal(year + 1, 1, 1) { y += 1 }
        let week = (thursday - ordinal(y, 1, 1)) / 7 + 1
        return "\(y)-W" + (week < 10 ? "0" : "") + String(week)
    }

    /// The Julian day number of a full date (nil without a day); weekday `jd % 7`, 0 = Monday.
    package var julianDay: Int? {
        guard let m = month, let d = day else { return nil }
        return PartialDate.julianDay(year, m, d)
    }

    static func julianDay(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3
        return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045
    }

    /// The date of a Julian day number.
    package init(julianDay jd: Int) {
        let a = jd + 32044, b = (4 * a + 3) / 146097, c = a - 146097 * b / 4
        let d = (4 * c + 3) / 1461, e = c - 1461 * d / 4, m = (5 * e + 2) / 153
        year = 100 * b + d - 4800 + m / 10
        month = m + 3 - 12 * (m / 10)
        day = e - (153 * m + 2) / 5 + 1
    }

    /// The date truncated to a month (`2024-01`).
    package var monthOnly: PartialDate { PartialDate(year: year, month: month)! }
}
