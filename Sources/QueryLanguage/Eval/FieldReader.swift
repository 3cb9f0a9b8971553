import Annotation
import CorpusModel
import TextAnalysis

/// Reads one field of a relation's rows by position, whether the rows are unit rows or a table.
struct FieldReader {
    private enum Backing {
        case unit(UnitRows, FieldSpec, Corpus)
        case column(Table, Int)
    }
    private let backing: Backing
    let name: String
    let kind: FieldSpec.Kind

    /// Finds the field, or throws an error with the nearest names.
    init(_ relation: Relation, _ name: String, at range: SourceRange, _ context: EvalContext) throws(QueryError) {
        self.name = name
        switch relation {
        case let .units(u):
            guard let f = u.unit.field(name, in: context.corpus) else { throw FieldReader.unknown(name, range, in: relation) }
            backing = .unit(u, f, context.corpus)
            kind = f.kind
        case let .table(t):
            guard let c = t.columnIndex(name) else { throw FieldReader.unknown(name, range, in: relation) }
            backing = .column(t, c)
            var k = FieldSpec.Kind.text
            for row in t.rows {
                switch row[c] {
                case .null: continue
                case .int, .number: k = .number
                case .date: k = .date
                case .string: k = .text
                }
                break
            }
            kind = k
        }
    }

    static func unknown(_ name: String, _ range: SourceRange, in relation: Relation) -> QueryError {
        let what = relation.describe == "a table" ? "this table has no column" : "\(relation.describe) have no field"
        return QueryError(.semantic, "\(what) '\(name)'", at: range,
                          hint: exportName(name, in: relation) ?? otherUnits(having: [name], besides: relation) ?? relation.fieldNames.didYouMean(name)
                              ?? otherUnits(having: nil, near: name, besides: relation) ?? "fields: " + relation.fieldNames.joined(separator: ", "))
    }

    /// "crq calls it 'source'", for a name news exports give a document field (`outlet`, `publication`,
    /// `outlets`; the loader's list) when the rows have that field.
    private static func exportName(_ name: String, in relation: Relation) -> String? {
        let key = name.lowercased(), singular = key.hasSuffix("s") ? String(key.dropLast()) : key
        guard let field = FieldMapping.names.first(where: { $0.keys.contains { [key, singular].contains($0.lowercased()) } })?.field,
              relation.fieldNames.contains(field) else { return nil }
        return "crq calls it '\(field)'"
    }

    /// "'speaker' is a field of quotes: start from quotes | …", for a unit's rows, when rows of other units have
    /// one of `names` (nil: the field of theirs nearest to `near`).
    private static func otherUnits(having names: [String]?, near: String = "", besides relation: Relation) -> String? {
        guard case let .units(rows) = relation else { return nil }
        let others = UnitRegistry.all.filter { $0.name != rows.unit.name }
        let candidates = names ?? others.flatMap { $0.fields.map(\.name) }.nearest(to: near, limit: 1)
        guard let field = candidates.first(where: { f in others.contains { $0.field(f) != nil } }) else { return nil }
        let units = others.filter { $0.field(field) != nil }.map(\.name)
        return "'\(field)' is a field of \(units.joined(separator: ", ")): start from \(units[0]) | …"
    }

    /// Reads the field from a document index, for unit fields that depend only on the row's document.
    var documentReader: ((Int) -> Value)? {
        guard case let .unit(_, f, c) = backing, let ofDocument = f.ofDocument else { return nil }
        return { ofDocument(c, $0) }
    }

    /// The value of the field for the `i`-th row of the relation.
    func value(at i: Int) -> Value {
        switch backing {
        case let .unit(u, f, c): return f.get(c, Int(u.rows[i]))
        case let .column(t, c): return t.rows[i][c]
        }
    }

    /// Whether some rows' values stand for several (`FieldSpec.members`).
    var hasMembers: Bool {
        if case let .unit(_, f, _) = backing { return f.members != nil }
        return false
    }

    /// The values the `i`-th row's value stands for, nil for a row of one value.
    func members(at i: Int) -> [Value]? {
        guard case let .unit(u, f, c) = backing else { return nil }
        return f.members?(c, Int(u.rows[i]))
    }

    /// The values the value of unit row number `row` stands for, nil for a row of one value.
    func members(ofUnitRow row: Int) -> [Value]? {
        guard case let .unit(_, f, c) = backing else { return nil }
        return f.members?(c, row)
    }

    /// The value of the field for unit row number `row` (not a position).
    func value(ofUnitRow row: Int) -> Value {
        switch backing {
        case let .unit(_, f, c): return f.get(c, row)
        case .column: preconditionFailure("value(ofUnitRow:) on a table")
        }
    }
}

/// A field, optionally through a date function: `date`, `month(date)`, `week(date)`.
struct FieldExpression: Sendable {
    enum DatePart: String, Sendable, CaseIterable { case day, week, month, year }
    let field: String
    let part: DatePart?
    let range: SourceRange

    /// The column name it produces (`month(date)` → `month`).
    var columnName: String { part?.rawValue ?? field }
    var summary: String { part.map { "\($0.rawValue)(\(field))" } ?? field }

    func apply(_ v: Value) -> Value {
        guard let part else { return v }
        guard case let .date(d) = v else { return .null }
        switch part {
        case .day: return d.day == nil ? .null : .date(d)
        case .week: return d.isoWeek.map(Value.string) ?? .null
        case .month: return d.month == nil ? .null : .date(d.monthOnly)
        case .year: return .date(PartialDate(year: d.year)!)
        }
    }
}

extension Parser {
    /// `FIELD` or `PART(FIELD)` with PART one of day, week, month, year.
    mutating func fieldExpression(_ what: String) throws(QueryError) -> FieldExpression {
        let t = try expectIdentifier(what)
        let name = t.identifier!
        guard peek.kind == .leftParen else { return FieldExpression(field: name, part: nil, range: t.range) }
        guard let part = FieldExpression.DatePart(rawValue: name) else {
            throw QueryError(.semantic, "unknown function '\(name)'", at: t.range,
                             hint: "date functions: " + FieldExpression.DatePart.allCases.map { "\($0.rawValue)(date)" }.joined(separator: ", "))
        }
        advance()
        let inner = try expectIdentifier("a field name inside \(name)(…)")
        try expect(.rightParen, "')' after \(name)(\(inner.identifier!)")
        return FieldExpression(field: inner.identifier!, part: part, range: t.range.to(previous.range))
    }

    /// A comma-separated list of field expressions.
    mutating func fieldExpressions(_ what: String) throws(QueryError) -> [FieldExpression] {
        var out: [FieldExpression] = [try fieldExpression(what)]
        while peek.kind == .comma {
            advance()
            out.append(try fieldExpression(what))
        }
        return out
    }
}
